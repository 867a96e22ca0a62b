/**
 * The attempts on WeChat's clock: each attempt has its own 5-second window, drawn from 0 on one
 * axis with the deadline as a red line; bars past it (or cut off by a timeout) are red. Network
 * errors are named on the row, and retries are explained.
 */
import { useTranslation } from 'react-i18next'
import type { Attempt, ExchangeKind } from '../../../../shared/model/exchange'
import { attemptBars, DEADLINE_MS, formatDuration, pctOf, timelineAxis } from './timeline-geometry'

export function Timeline(props: { attempts: readonly Attempt[]; kind: ExchangeKind }) {
  const { t } = useTranslation('inspector')
  const axis = timelineAxis(props.attempts)
  const bars = attemptBars(props.attempts, axis)
  const deadline = `${pctOf(DEADLINE_MS, axis)}%`
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
                title={t('timeline.deadline')}
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
        {axis.ticks.map((s) => (
          <span
            key={s}
            className={s * 1000 === DEADLINE_MS ? 'x-timeline__tick_deadline' : undefined}
            style={{ left: `${pctOf(s * 1000, axis)}%` }}
          >
            {s * 1000 === DEADLINE_MS ? t('timeline.deadline') : `${s} s`}
          </span>
        ))}
      </div>
      {/* Verification's second request is mpsim's forged-signature probe, not a WeChat retry. */}
      {props.attempts.length > 1 && (
        <p className="hint">
          {props.kind === 'verify' ? t('timeline.probe') : t('timeline.retried')}
        </p>
      )}
    </div>
  )
}
