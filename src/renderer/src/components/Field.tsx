/**
 * A WeUI form cell: label, input or textarea, optional hint and character counter.
 * The counter warns (but never blocks): a wrong length is sent as typed, so the core's own
 * typed error is what the user sees, exactly as their SDK would report it.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'

interface FieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  testId: string
  hint?: string
  optional?: boolean
  multiline?: boolean
  rows?: number
  /** Expected length; shows a counter that turns orange when the value differs. */
  expectLength?: number
  placeholder?: string
  mono?: boolean
}

export function Field(props: FieldProps) {
  const { t } = useTranslation()
  const id = useId()
  const hintId = `${id}-hint`
  // An empty optional field is fine: only a value of the wrong length is flagged.
  const off =
    props.expectLength !== undefined &&
    props.value.length !== props.expectLength &&
    !(props.optional && props.value === '')
  const common = {
    id,
    value: props.value,
    placeholder: props.placeholder,
    'data-testid': props.testId,
    'aria-describedby': props.hint || props.expectLength ? hintId : undefined,
    spellCheck: false,
    autoComplete: 'off',
    onChange: (e: { target: { value: string } }) => props.onChange(e.target.value),
  }
  return (
    <div className="weui-cell weui-cell_active field">
      <div className="weui-cell__hd">
        <label className="weui-label" htmlFor={id}>
          {props.label}
          {props.optional && <span className="field__optional">{t('common.optional')}</span>}
        </label>
      </div>
      <div className="weui-cell__bd">
        {props.multiline ? (
          <textarea
            className={`weui-textarea${props.mono ? ' mono' : ''}`}
            rows={props.rows ?? 3}
            {...common}
          />
        ) : (
          <input className={`weui-input${props.mono ? ' mono' : ''}`} type="text" {...common} />
        )}
        {(props.hint || props.expectLength !== undefined) && (
          <div id={hintId} className="field__hint">
            {props.hint}
            {props.expectLength !== undefined && (
              <span className={off ? 'field__count field__count_off' : 'field__count'}>
                {t('common.chars', { count: props.value.length, max: props.expectLength })}
              </span>
            )}
          </div>
        )}
      </div>
    </div>
  )
}
