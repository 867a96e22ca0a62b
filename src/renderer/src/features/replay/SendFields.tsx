/**
 * The values a catalogue step sends (`send: {type, fields}`), editable: Content of a text message,
 * an event's EventKey … Variables such as {{user.openid}} are kept as typed. Captured XML and
 * capture files are shown, not edited: the file keeps the captured bytes.
 */
import { useTranslation } from 'react-i18next'
import type { SuiteStep } from '../../../../shared/model/suite'

/** Given as a value, not in the words: i18next would read the braces as its own. */
const EXAMPLES = '{{user.openid}}, {{now}}, {{row.name}}'

type TypeSend = Extract<SuiteStep['send'], { type: string }>

export function SendFields(props: {
  id: string
  send: TypeSend
  onChange: (send: TypeSend) => void
}) {
  const { t } = useTranslation('replay')
  const fields = Object.entries(props.send.fields ?? {})
  if (fields.length === 0) return null
  return (
    <div className="replay-send-fields">
      {fields.map(([name, value]) => (
        <div className="replay-send-fields__row" key={name}>
          <label className="replay-label mono" htmlFor={`${props.id}-send-${name}`}>
            {name}
          </label>
          <input
            id={`${props.id}-send-${name}`}
            className="replay-input mono"
            data-testid="replay-step-send-field"
            data-field={name}
            title={t('editor.variablesHint', { examples: EXAMPLES })}
            value={value}
            onChange={(e) =>
              props.onChange({
                ...props.send,
                fields: { ...props.send.fields, [name]: e.target.value },
              })
            }
          />
        </div>
      ))}
    </div>
  )
}
