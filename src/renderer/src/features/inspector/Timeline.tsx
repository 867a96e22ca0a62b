/**
 * The attempts on WeChat's clock: each attempt is a bar from 0 to its duration on a 0–5 s axis
 * (longer ones run off the deadline line), with its outcome; retries are explained.
 */
import { useTranslation } from 'react-i18next'
import type { Attempt } from '../../../../shared/model/exchange'

const DEADLINE_MS = 5000

export function Timeline(props: { attempts: readonly Attempt[]; outcomes?: readonly string[] }) {
  const { t } = useTranslation('inspector')
  const scale = Math.max(DEADLINE_MS * 1.2, ...props.attempts.map((a) => a.durationMs))
  const pct = (ms: number) => `${Math.min(100, (ms / scale) * 100)}%`
  return (
    <div className="x-timeline" data-testid="inspector-timeline">
      {props.attempts.map((attempt) => {
        const late = attempt.durationMs > DEADLINE_MS || attempt.error?.code === 'timeout'
        const label = attempt.error
          ? t(`timeline.error.${attempt.error.code}`)
          : `HTTP ${attempt.response?.status ?? '?'}`
        return (
          <div
            className="x-timeline__row"
            key={attempt.index}
            data-testid={`inspector-attempt-${attempt.index}`}
          >
            <span className="x-timeline__name">{t('timeline.attempt', { n: attempt.index })}</span>
            <div className="x-timeline__track">
              <span
                className="x-timeline__deadline"
                style={{ left: pct(DEADLINE_MS) }}
                title={t('timeline.deadline')}
              />
              <span
                className={`x-timeline__bar${late ? ' x-timeline__bar_late' : ''}${attempt.error ? ' x-timeline__bar_error' : ''}`}
                style={{ width: pct(Math.max(attempt.durationMs, scale / 200)) }}
              />
            </div>
            <span className="x-timeline__ms">
              {Math.round(attempt.durationMs)} ms · {label}
            </span>
          </div>
        )
      })}
      <div className="x-timeline__axis" aria-hidden="true">
        <span>0 s</span>
        <span style={{ left: pct(DEADLINE_MS) }}>{t('timeline.deadline')}</span>
      </div>
      {props.attempts.length > 1 && <p className="hint">{t('timeline.retried')}</p>}
    </div>
  )
}
