/**
 * One step of the suite editor: its name, tags and list actions, what it sends (a catalogue
 * message's values editable; captured XML shown, not edited: the file keeps the captured bytes)
 * and its assertions — verdict, reply type, reply fields, time limit, no retry, same reply
 * as recorded. API-call assertions are kept as written in the file and counted here.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StepExpect, SuiteStep } from '../../../../shared/model/suite'
import { SendFields } from './SendFields'
import { StepActions } from './StepActions'
import type { StepAction } from './StepActions'
import { FieldRows } from './FieldRows'
import { withExpect, withTags } from './suite-draft'

const VERDICTS = ['reply', 'no-reply', 'service-unavailable'] as const

export function StepForm(props: {
  step: SuiteStep
  index: number
  count: number
  onChange: (step: SuiteStep) => void
  onAction: (action: StepAction) => void
}) {
  const { t } = useTranslation('replay')
  const id = useId()
  const { step } = props
  const expect: StepExpect = step.expect ?? {}
  // The editor remounts this form when the suite changes under it (revert, a step added,
  // copied, moved or removed), so typed-but-not-yet-saved state starts again from the file.
  // Typed as text ("smoke, slow"); the file keeps the list.
  const [tagsText, setTagsText] = useState(() => (step.tags ?? []).join(', '))
  const set = <K extends keyof StepExpect>(key: K, value: StepExpect[K] | undefined) =>
    props.onChange(withExpect(step, key, value))

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
        <StepActions index={props.index} count={props.count} onAction={props.onAction} />
      </div>
      <p className="replay-step__send">
        <span className="replay-step__label">{t('editor.send')}</span> {sends}
      </p>
      {'type' in send && (
        <SendFields
          id={id}
          send={send}
          onChange={(next) => props.onChange({ ...step, send: next })}
        />
      )}
      {'xml' in send && (
        <details className="replay-details">
          <summary>{t('editor.showXml')}</summary>
          <pre className="replay-pre mono">{send.xml}</pre>
        </details>
      )}
      <div className="replay-step__tags">
        <label className="replay-label" htmlFor={`${id}-tags`}>
          {t('editor.tags')}
        </label>
        <input
          id={`${id}-tags`}
          className="replay-input mono"
          data-testid="replay-step-tags"
          placeholder={t('editor.tagsPlaceholder')}
          value={tagsText}
          onChange={(e) => {
            setTagsText(e.target.value)
            props.onChange(withTags(step, e.target.value))
          }}
        />
      </div>
      <fieldset className="replay-expect">
        <legend className="replay-step__label">{t('editor.expect')}</legend>
        {step.expect === undefined && (
          <p className="hint replay-expect__default" data-testid="replay-step-default-expect">
            {t('editor.defaultExpect')}
          </p>
        )}
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
        <FieldRows
          expect={step.expect}
          onChange={(fields) => props.onChange(withExpect(step, 'fields', fields))}
        />
        {expect.apiCalls && expect.apiCalls.length > 0 && (
          <p className="hint">{t('editor.apiCalls', { count: expect.apiCalls.length })}</p>
        )}
      </fieldset>
    </li>
  )
}
