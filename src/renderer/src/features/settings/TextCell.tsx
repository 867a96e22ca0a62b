/** One WeUI form cell of the account: label, input, optional buttons, help, and its error. */
import type { ReactNode } from 'react'

export function TextCell(props: {
  field: string
  label: string
  value: string
  onChange: (value: string) => void
  /** The error's words; the cell turns red and the input is marked invalid. */
  error?: string | undefined
  help?: ReactNode
  type?: 'text' | 'password'
  after?: ReactNode
  placeholder?: string
}) {
  const { field, error } = props
  const id = `s-${field}`
  const described = [error ? `${id}-error` : '', props.help ? `${id}-help` : '']
    .filter(Boolean)
    .join(' ')
  return (
    <div className={`weui-cell s-cell${error ? ' weui-cell_warn' : ''}`}>
      <div className="weui-cell__hd">
        <label className="weui-label s-label" htmlFor={id}>
          {props.label}
        </label>
      </div>
      <div className="weui-cell__bd">
        <div className="s-input-row">
          <input
            id={id}
            className="weui-input mono s-input"
            data-testid={`settings-account-${field}`}
            type={props.type ?? 'text'}
            spellCheck={false}
            autoComplete="off"
            placeholder={props.placeholder}
            value={props.value}
            aria-invalid={error ? true : undefined}
            aria-describedby={described || undefined}
            onChange={(e) => props.onChange(e.target.value)}
          />
          {props.after}
        </div>
        {props.help && (
          <div className="s-help" id={`${id}-help`}>
            {props.help}
          </div>
        )}
        {error && (
          <p className="s-error" id={`${id}-error`} data-testid={`settings-error-${field}`}>
            {error}
          </p>
        )}
      </div>
    </div>
  )
}
