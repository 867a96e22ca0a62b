/** A number cell that saves on blur or Enter, clamped to sensible bounds (Escape puts it back). */
import { useState } from 'react'

export function NumberCell(props: {
  id: string
  label: string
  help?: string
  /** The input's accessible name when it says more than the visible label. */
  inputLabel?: string
  helpTestId?: string
  value: number
  min: number
  max: number
  onCommit: (value: number) => void
}) {
  const [text, setText] = useState(String(props.value))
  // The stored value changed elsewhere (another window, a reload of the settings): show it.
  const [shown, setShown] = useState(props.value)
  if (shown !== props.value) {
    setShown(props.value)
    setText(String(props.value))
  }
  const commit = () => {
    const n = Math.min(props.max, Math.max(props.min, Math.round(Number(text) || props.min)))
    setText(String(n))
    if (n !== props.value) props.onCommit(n)
  }
  return (
    <div className="weui-cell s-cell">
      <div className="weui-cell__hd">
        <label className="weui-label s-label" htmlFor={props.id}>
          {props.label}
        </label>
      </div>
      <div className="weui-cell__bd">
        <input
          id={props.id}
          className="weui-input s-input s-input_short"
          data-testid={`settings-${props.id.replace(/^s-/, '')}`}
          type="number"
          min={props.min}
          max={props.max}
          value={text}
          aria-label={props.inputLabel}
          aria-describedby={props.help ? `${props.id}-help` : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              commit()
            } else if (e.key === 'Escape') setText(String(props.value))
          }}
        />
        {props.help && (
          <p className="s-help" id={`${props.id}-help`} data-testid={props.helpTestId}>
            {props.help}
          </p>
        )}
      </div>
    </div>
  )
}
