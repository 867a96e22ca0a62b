/**
 * The simulated clock at hand: what time the mock thinks it is, how far ahead of real time, and
 * the three jumps the flow's lifetimes need (protocol.md §9.3, §9.4): a code's 5 minutes, an
 * access_token's 2 hours, a refresh_token's 30 days.
 */
import { useTranslation } from 'react-i18next'
import type { SimClock } from './use-sim-clock'

const JUMPS = [
  ['fiveMin', 5 * 60 * 1000],
  ['twoHours', 2 * 3600 * 1000],
  ['thirtyDays', 30 * 86400 * 1000],
] as const

/** "2 h 5 min", "30 d": the offset in the largest units that matter. */
function offsetText(ms: number): string {
  const minutes = Math.round(ms / 60000)
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const mins = minutes % 60
  return [days ? `${days} d` : '', hours ? `${hours} h` : '', mins ? `${mins} min` : '']
    .filter(Boolean)
    .join(' ')
}

export function ClockBar(props: { clock: SimClock }) {
  const { t, i18n } = useTranslation('oauth')
  const { reading } = props.clock
  const ahead = reading ? reading.nowMs - reading.readAt : 0
  return (
    <div
      className="oauth-clock"
      data-testid="oauth-clock"
      role="group"
      aria-label={t('clock.title')}
    >
      <span className="oauth-clock__label">{t('clock.title')}</span>
      <span
        className="oauth-clock__now"
        data-testid="oauth-clock-now"
        data-now-ms={reading?.nowMs ?? ''}
      >
        {reading
          ? t('clock.now', { time: new Date(reading.nowMs).toLocaleString(i18n.language) })
          : '…'}
      </span>
      <span className="oauth-clock__ahead" data-testid="oauth-clock-ahead">
        {Math.abs(ahead) < 30_000
          ? t('clock.inStep')
          : t('clock.ahead', { amount: offsetText(ahead) })}
      </span>
      <span className="oauth-clock__buttons">
        {JUMPS.map(([key, ms]) => (
          <button
            key={key}
            type="button"
            className="weui-btn weui-btn_mini weui-btn_default"
            data-testid={`oauth-clock-${key}`}
            title={t('clock.advanceHint', { label: t(`clock.${key}`) })}
            disabled={props.clock.busy}
            onClick={() => void props.clock.advance(ms).catch(() => undefined)}
          >
            {t('clock.advance', { label: t(`clock.${key}`) })}
          </button>
        ))}
      </span>
      {props.clock.error && <span className="oauth-clock__error">{t('clock.failed')}</span>}
    </div>
  )
}
