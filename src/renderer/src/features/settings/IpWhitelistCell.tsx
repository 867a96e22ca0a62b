/**
 * IP 白名单 as one comma-separated line. The text is kept as typed (a trailing comma or space
 * must survive a keystroke); the list is what is saved.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TextCell } from './TextCell'

function parse(text: string): string[] {
  return text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
}

export function IpWhitelistCell(props: {
  value: readonly string[]
  error: string | undefined
  onChange: (list: string[]) => void
}) {
  const { t } = useTranslation('settings')
  const [text, setText] = useState(props.value.join(', '))
  // The list changed from outside (undo, save, another account): show it.
  if (parse(text).join(',') !== props.value.join(',')) setText(props.value.join(', '))
  return (
    <TextCell
      field="ipWhitelist"
      label={t('account.ipWhitelist')}
      value={text}
      error={props.error}
      placeholder="203.0.113.7, 198.51.100.20"
      help={t('account.ipWhitelistHelp')}
      onChange={(next) => {
        setText(next)
        props.onChange(parse(next))
      }}
    />
  )
}
