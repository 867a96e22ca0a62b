/**
 * The attempts on the push clock: each attempt has its own window (the deadline recorded on the
 * exchange; WeChat's is 5 s), drawn from 0 on one axis with the deadline as a red line; bars past
 * it (or cut off by a timeout) are red. Network errors are named on the row, retries are
 * explained, and a delivery still running says which attempt it is waiting for.
 */
import { useTranslation } from 'react-i18next'
import type { Attempt, ExchangeKind } from '../../../../shared/model/exchange'
import { attemptBars, formatDuration, pctOf, timelineAxis } from './timeline-geometry'

export function Timeline(props: {
  attempts: readonly Attempt[]
  kind: ExchangeKind
  /** The per-attempt deadline in force when the exchange was recorded. */
  timeoutMs: number
  /** The delivery is still running: another attempt may follow. */
  inProgress: boolean
}) {
  const { t } = useTranslation('inspector')
  const deadlineMs = props.timeoutMs
  const seconds = Math.round(deadlineMs / 100) / 10
  const axis = timelineAxis(props.attempts, deadlineMs)
  const bars = attemptBars(props.attempts, axis, deadlineMs)
  const deadline = `${pctOf(deadlineMs, axis)}%`
  const deadlineLabel = t('timeline.deadline', { seconds })
  return (
    <div className="x-timeline" data-testid="inspector-timeline">
      {props.attempts.map((attempt, i) => {
        const bar = bars[i]!
        const status = attempt.error
          ? t(`timeline.error.${attempt.error.code}`)
          : `HTTP ${attempt.response?.status ?? '?'}`
        return (
          <div
            className="x-timeline__row"
            key={attempt.index}
            data-testid={`inspector-attempt-${attempt.index}`}
            data-late={bar.late ? 'true' : 'false'}
          >
            <span className="x-timeline__name">
              {props.kind === 'verify' && attempt.index === 2
                ? t('timeline.probeName')
                : t('timeline.attempt', { n: attempt.index })}
              {bar.offsetMs > 0 && (
                <span className="x-timeline__offset">+{formatDuration(bar.offsetMs)}</span>
              )}
            </span>
            <div className="x-timeline__track">
              <span
                className="x-timeline__deadline"
                style={{ left: deadline }}
                title={deadlineLabel}
              />
              <span
                className={`x-timeline__bar${bar.late || attempt.error ? ' x-timeline__bar_bad' : ''}`}
                style={{ width: `${bar.widthPct}%` }}
              />
            </div>
            <span className="x-timeline__ms">
              <strong>{formatDuration(attempt.durationMs)}</strong> · {status}
            </span>
          </div>
        )
      })}
      <div className="x-timeline__axis" aria-hidden="true">
        {axis.ticks
          .filter((s) => Math.abs(s * 1000 - deadlineMs) >= 500)
          .map((s) => (
            <span
              key={s}
              className={s % 2 === 1 ? 'x-timeline__tick_odd' : undefined}
              style={{ left: `${pctOf(s * 1000, axis)}%` }}
            >
              {`${s} s`}
            </span>
          ))}
        <span className="x-timeline__tick_deadline" style={{ left: deadline }}>
          {deadlineLabel}
        </span>
      </div>
      {props.inProgress && (
        <p className="hint" data-testid="inspector-timeline-waiting">
          {t('timeline.waiting', { n: props.attempts.length + 1, seconds })}
        </p>
      )}
      {/* Verification's second request is mpsim's forged-signature probe, not a WeChat retry. */}
      {props.attempts.length > 1 && (
        <p className="hint">
          {props.kind === 'verify' ? t('timeline.probe') : t('timeline.retried')}
        </p>
      )}
    </div>
  )
}
