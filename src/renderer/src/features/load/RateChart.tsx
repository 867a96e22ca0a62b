/**
 * Latency against the offered rate, as SVG: each second of the run is a point (p50 and p99), the
 * 5 s deadline is drawn across, and a ramp's breaking rate is marked — the curve that shows at
 * which rate the bot stops keeping up. Points of a ramp are joined in time order (the rate rises
 * along the run); a fixed rate is a cloud around one rate, so its points stay unjoined.
 */
import { useTranslation } from 'react-i18next'
import {
  brokenPath,
  decadeTicks,
  latencyDomain,
  latencyTickLabel,
  linearScale,
  linearTicks,
  logScale,
  niceMax,
} from './chart-geometry'
import type { ChartSecond } from './chart-geometry'
import { formatCount, formatMs } from './format'
import { DeadlineLines } from './ChartParts'

const PAD = { left: 52, right: 20, top: 28, bottom: 40 }
export const RATE_CHART_HEIGHT = 320

export function RateChart(props: {
  width: number
  seconds: readonly ChartSecond[]
  ramp: boolean
  breakingRate?: number
  breakLabel?: string
  label: string
  /** The run's own per-attempt deadline, drawn when it is not WeChat's 5 s. */
  runDeadline?: { ms: number; label: string }
}) {
  const { t, i18n } = useTranslation('load')
  const lang = i18n.language
  const { width } = props
  // A second with nothing completed has no latency to place; one with nothing offered (the
  // last answers coming in after the schedule ended) has no rate: on this chart it would sit at
  // 0 msg/s with the run's worst latencies, as if the bot were slow when idle.
  const points = props.seconds.filter((s) => s.completed > 0 && s.offered > 0)
  const xMax = niceMax(Math.max(0, ...props.seconds.map((s) => s.offered), props.breakingRate ?? 0))
  const x = linearScale([0, xMax], [PAD.left, width - PAD.right])
  const domain = latencyDomain(points.flatMap((s) => [s.p50, s.p99]))
  const bottom = RATE_CHART_HEIGHT - PAD.bottom
  const y = logScale(domain, [bottom, PAD.top])
  return (
    <svg
      className="lt-chart__svg"
      width={width}
      height={RATE_CHART_HEIGHT}
      role="img"
      aria-label={props.label}
      data-testid="load-chart-rate"
    >
      {decadeTicks(domain).map((v) => (
        <g key={v}>
          <line className="lt-gridline" x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} />
          <text className="lt-axis" x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
            {latencyTickLabel(v)}
          </text>
        </g>
      ))}
      <text className="lt-axis lt-axis_title" x={PAD.left} y={PAD.top - 14}>
        {t('chart.latency')}
      </text>
      <line className="lt-axis-line" x1={PAD.left} x2={width - PAD.right} y1={bottom} y2={bottom} />
      {linearTicks(xMax, 5).map((v) => (
        <text key={`x-${v}`} className="lt-axis" x={x(v)} y={bottom + 16} textAnchor="middle">
          {formatCount(v, lang, 1)}
        </text>
      ))}
      <text
        className="lt-axis lt-axis_title"
        x={(PAD.left + width - PAD.right) / 2}
        y={bottom + 34}
        textAnchor="middle"
      >
        {t('chart.offeredRate')}
      </text>
      <DeadlineLines
        x1={PAD.left}
        x2={width - PAD.right}
        y={y}
        {...(props.runDeadline ? { run: props.runDeadline } : {})}
      />
      {props.breakingRate !== undefined && (
        <g data-testid="load-chart-broke">
          <line
            className="lt-broke"
            x1={x(props.breakingRate)}
            x2={x(props.breakingRate)}
            y1={PAD.top}
            y2={bottom}
          />
          <text className="lt-broke__label" x={x(props.breakingRate) + 4} y={PAD.top + 12}>
            {props.breakLabel}
          </text>
        </g>
      )}
      {props.ramp &&
        (['p50', 'p99'] as const).map((key) => (
          <path
            key={`line-${key}`}
            className={`lt-line lt-line_thin lt-c-${key}`}
            d={brokenPath(points.map((s) => ({ x: x(s.offered), y: y(s[key]) })))}
          />
        ))}
      {points.map((s) => (
        <g key={s.t} className={s.unavailable > 0 ? 'lt-point lt-point_bad' : 'lt-point'}>
          <circle className="lt-dot lt-c-p50" cx={x(s.offered)} cy={y(s.p50)} r={2.5} />
          <circle className="lt-dot lt-c-p99" cx={x(s.offered)} cy={y(s.p99)} r={3.5} />
          <title>
            {`${formatCount(s.t, lang)} ${t('chart.second')} · ${t('chart.offered')} ${formatCount(s.offered, lang, 1)} ${t('chart.perSecond')} · p50 ${formatMs(s.p50, lang)} · p99 ${formatMs(s.p99, lang)}`}
          </title>
        </g>
      ))}
    </svg>
  )
}
