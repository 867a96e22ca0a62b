/**
 * JS接口安全域名 (protocol.md §11) as one comma-separated line, like the IP whitelist: the text is
 * kept as typed, the list is what is saved. Left empty, the account has no list of its own and the
 * OAuth callback domain stands in (shown as the placeholder), as older workspaces always had.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { JS_DOMAINS_MAX } from '../../../../shared/model/identifier-schemas'
import { TextCell } from './TextCell'

function parse(text: string): string[] {
  return text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
}

export function JsDomainsCell(props: {
  value: readonly string[]
  /** The callback domain: what applies while the list is empty. */
  fallback: string
  error: string | undefined
  onChange: (list: string[]) => void
}) {
  const { t } = useTranslation('settings')
  const [text, setText] = useState(props.value.join(', '))
  // The list changed from outside (undo, save, another account): show it.
  if (parse(text).join(',') !== props.value.join(',')) setText(props.value.join(', '))
  return (
    <TextCell
      field="jsDomains"
      label={t('account.jsDomains')}
      value={text}
      error={props.error}
      placeholder={props.fallback}
      help={t('account.jsDomainsHelp', {
        max: JS_DOMAINS_MAX,
        domain: props.fallback === '' ? t('account.jsDomainsNone') : props.fallback,
      })}
      onChange={(next) => {
        setText(next)
        props.onChange(parse(next))
      }}
    />
  )
}
