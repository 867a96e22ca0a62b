/**
 * One step of the suite editor: what it sends (shown, not edited: the file keeps the captured
 * bytes) and its assertions — verdict, reply type, reply fields, time limit, no retry, same reply
 * as recorded. API-call assertions are kept as written in the file and counted here.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StepExpect, SuiteStep } from '../../../../shared/model/suite'
import { fieldRows, fieldsOf, withExpect } from './suite-draft'
import type { FieldRow, How } from './suite-draft'

const VERDICTS = ['reply', 'no-reply', 'service-unavailable'] as const
const HOWS: readonly How[] = ['equals', 'matches', 'contains']

export function StepForm(props: {
  step: SuiteStep
  index: number
  canRemove: boolean
  onChange: (step: SuiteStep) => void
  onRemove: () => void
}) {
  const { t } = useTranslation('replay')
  const id = useId()
  const { step } = props
  const expect: StepExpect = step.expect ?? {}
  // Rows are kept here while typed: a row whose element is still empty is not in the file yet.
  // The editor remounts this form when the suite changes under it (revert, a removed step).
  const [rows, setRowsState] = useState<readonly FieldRow[]>(() => fieldRows(step.expect))
  const set = <K extends keyof StepExpect>(key: K, value: StepExpect[K] | undefined) =>
    props.onChange(withExpect(step, key, value))
  const setRows = (next: readonly FieldRow[]) => {
    setRowsState(next)
    set('fields', fieldsOf(next))
  }
  const setRow = (i: number, patch: Partial<FieldRow>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))

  const send = step.send
  const sends =
    'type' in send
      ? t('editor.sendType', { type: send.type })
      : 'xml' in send
        ? t('editor.sendXml')
        : t('editor.sendCapture', { file: send.capture })

  return (
    <li className="replay-step" data-testid="replay-step" data-index={props.index}>
      <div className="replay-step__head">
        <span className="replay-step__num">{t('editor.step', { n: props.index + 1 })}</span>
        <label className="replay-sr" htmlFor={`${id}-name`}>
          {t('editor.stepName')}
        </label>
        <input
          id={`${id}-name`}
          className="replay-input replay-step__name"
          data-testid="replay-step-name"
          value={step.name ?? ''}
          onChange={(e) => {
            const next: SuiteStep = { ...step, name: e.target.value }
            if (e.target.value === '') delete next.name
            props.onChange(next)
          }}
        />
        {props.canRemove && (
          <button
            type="button"
            className="x-link x-link_danger"
            data-testid="replay-step-remove"
            onClick={props.onRemove}
          >
            {t('editor.removeStep')}
          </button>
        )}
      </div>
      <p className="replay-step__send">
        <span className="replay-step__label">{t('editor.send')}</span> {sends}
        {'fields' in send && send.fields && (
          <span className="mono replay-step__values">
            {Object.entries(send.fields)
              .map(([k, v]) => `${k}=${v}`)
              .join('  ')}
          </span>
        )}
      </p>
      {'xml' in send && (
        <details className="replay-details">
          <summary>{t('editor.showXml')}</summary>
          <pre className="replay-pre mono">{send.xml}</pre>
        </details>
      )}
      <fieldset className="replay-expect">
        <legend className="replay-step__label">{t('editor.expect')}</legend>
        <div className="replay-expect__grid">
          <label className="replay-label" htmlFor={`${id}-verdict`}>
            {t('editor.verdict')}
          </label>
          <select
            id={`${id}-verdict`}
            className="replay-input"
            data-testid="replay-step-verdict"
            value={expect.verdict ?? ''}
            onChange={(e) =>
              set('verdict', e.target.value === '' ? undefined : (e.target.value as 'reply'))
            }
          >
            <option value="">{t('editor.verdictAny')}</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {t(`editor.verdicts.${v}`)}
              </option>
            ))}
          </select>
          <label className="replay-label" htmlFor={`${id}-type`}>
            {t('editor.replyType')}
          </label>
          <input
            id={`${id}-type`}
            className="replay-input mono"
            data-testid="replay-step-reply-type"
            placeholder={t('editor.replyTypePlaceholder')}
            value={expect.replyType ?? ''}
            onChange={(e) => set('replyType', e.target.value === '' ? undefined : e.target.value)}
          />
          <label className="replay-label" htmlFor={`${id}-within`}>
            {t('editor.withinMs')}
          </label>
          <input
            id={`${id}-within`}
            className="replay-input mono"
            data-testid="replay-step-within"
            type="number"
            min={1}
            step={100}
            value={expect.withinMs ?? ''}
            onChange={(e) => {
              const ms = Number.parseInt(e.target.value, 10)
              set('withinMs', Number.isFinite(ms) && ms > 0 ? ms : undefined)
            }}
          />
        </div>
        <div className="replay-expect__checks">
          <label className="replay-check">
            <input
              type="checkbox"
              data-testid="replay-step-no-retry"
              checked={expect.noRetry === true}
              onChange={(e) => set('noRetry', e.target.checked ? true : undefined)}
            />
            {t('editor.noRetry')}
          </label>
          {(step.recordedReply !== undefined || expect.sameReplyAsRecorded !== undefined) && (
            <label className="replay-check">
              <input
                type="checkbox"
                data-testid="replay-step-same-reply"
                checked={expect.sameReplyAsRecorded === true}
                onChange={(e) => set('sameReplyAsRecorded', e.target.checked ? true : undefined)}
              />
              {t('editor.sameReply')}
            </label>
          )}
        </div>
        <div className="replay-fields" role="group" aria-label={t('editor.fields')}>
          <span className="replay-step__label">{t('editor.fields')}</span>
          {rows.map((row, i) => (
            <div className="replay-fields__row" key={i} data-testid="replay-field">
              <input
                className="replay-input mono"
                aria-label={t('editor.field')}
                data-testid="replay-field-element"
                placeholder={t('editor.fieldPlaceholder')}
                value={row.element}
                onChange={(e) => setRow(i, { element: e.target.value })}
              />
              <select
                className="replay-input"
                aria-label={t('editor.how')}
                data-testid="replay-field-how"
                value={row.how}
                onChange={(e) => setRow(i, { how: e.target.value as How })}
              >
                {HOWS.map((h) => (
                  <option key={h} value={h}>
                    {t(`editor.hows.${h}`)}
                  </option>
                ))}
              </select>
              <input
                className="replay-input mono"
                aria-label={t('editor.value')}
                data-testid="replay-field-value"
                value={row.value}
                onChange={(e) => setRow(i, { value: e.target.value })}
              />
              <button
                type="button"
                className="x-link x-link_danger"
                data-testid="replay-field-remove"
                onClick={() => setRows(rows.filter((_, j) => j !== i))}
              >
                {t('editor.removeField')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="x-link"
            data-testid="replay-field-add"
            onClick={() =>
              setRows([
                ...rows,
                { element: rows.length === 0 ? 'Content' : '', how: 'equals', value: '' },
              ])
            }
          >
            {t('editor.addField')}
          </button>
        </div>
        {expect.apiCalls && expect.apiCalls.length > 0 && (
          <p className="hint">{t('editor.apiCalls', { count: expect.apiCalls.length })}</p>
        )}
      </fieldset>
    </li>
  )
}
