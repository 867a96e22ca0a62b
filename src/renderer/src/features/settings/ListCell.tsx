/**
 * A list of values edited as one comma-separated line (IP 白名单, JS接口安全域名). The text is kept
 * as typed, since a trailing comma or space must survive a keystroke; the list is what is saved.
 */
import { useState, type ReactNode } from 'react'
import { TextCell } from './TextCell'

function parse(text: string): string[] {
  return text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
}

export function ListCell(props: {
  field: string
  label: string
  value: readonly string[]
  error: string | undefined
  placeholder: string
  help: ReactNode
  onChange: (list: string[]) => void
}) {
  const [text, setText] = useState(props.value.join(', '))
  // The list changed from outside (undo, save, another account): show it.
  if (parse(text).join(',') !== props.value.join(',')) setText(props.value.join(', '))
  return (
    <TextCell
      field={props.field}
      label={props.label}
      value={text}
      error={props.error}
      placeholder={props.placeholder}
      help={props.help}
      onChange={(next) => {
        setText(next)
        props.onChange(parse(next))
      }}
    />
  )
}
