/**
 * The run over time, as SVG: latency percentiles per second on a log scale with WeChat's 5 s
 * deadline drawn across (top), and the offered rate, the completed rate and the seconds in which
 * users saw the error (bottom strip). Hovering a second names its figures (a native tooltip).
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
  timeStep,
} from './chart-geometry'
import type { ChartSecond } from './chart-geometry'
import { formatCount, formatMs } from './format'
import { DeadlineLines } from './ChartParts'

const PAD = { left: 52, right: 44, top: 26, bottom: 26 }
const LATENCY_HEIGHT = 190
const GAP = 22
const STRIP_HEIGHT = 76
export const TIME_CHART_HEIGHT = PAD.top + LATENCY_HEIGHT + GAP + STRIP_HEIGHT + PAD.bottom

export function TimeChart(props: {
  width: number
  seconds: readonly ChartSecond[]
  /** The second where the 5 s rule broke (a ramp's breaking rate), marked by a vertical line. */
  brokeAt?: { t: number; label: string }
  label: string
  /** The run's own per-attempt deadline, drawn when it is not WeChat's 5 s. */
  runDeadline?: { ms: number; label: string }
}) {
  const { t, i18n } = useTranslation('load')
  const lang = i18n.language
  const { width, seconds } = props
  const lastT = seconds.length > 0 ? Math.max(...seconds.map((s) => s.t + s.span)) : 1
  const x = linearScale([0, Math.max(lastT, 1)], [PAD.left, width - PAD.right])
  const done = seconds.filter((s) => s.completed > 0)
  const domain = latencyDomain(done.flatMap((s) => [s.p50, s.p99]))
  const yTop = PAD.top
  const yBottom = PAD.top + LATENCY_HEIGHT
  const y = logScale(domain, [yBottom, yTop])
  const stripTop = yBottom + GAP
  const stripBottom = stripTop + STRIP_HEIGHT
  const rateMax = niceMax(Math.max(0, ...seconds.map((s) => Math.max(s.offered, s.completed))))
  const yr = linearScale([0, rateMax], [stripBottom, stripTop])
  const mid = (s: ChartSecond) => x(s.t + s.span / 2)
  const line = (key: 'p50' | 'p95' | 'p99') =>
    brokenPath(seconds.map((s) => (s.completed > 0 ? { x: mid(s), y: y(s[key]) } : undefined)))
  const step = timeStep(lastT)
  const xTicks = Array.from({ length: Math.floor(lastT / step) + 1 }, (_, i) => i * step)
  const barWidth = Math.max(1, x(1) - x(0) - 1)

  return (
    <svg
      className="lt-chart__svg"
      width={width}
      height={TIME_CHART_HEIGHT}
      role="img"
      aria-label={props.label}
      data-testid="load-chart-time"
    >
      {/* Latency grid and axis (decades). */}
      {decadeTicks(domain).map((v) => (
        <g key={v}>
          <line className="lt-gridline" x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} />
          <text className="lt-axis" x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
            {latencyTickLabel(v)}
          </text>
        </g>
      ))}
      <text className="lt-axis lt-axis_title" x={PAD.left} y={yTop - 12}>
        {t('chart.latency')}
      </text>
      {/* The seconds that showed the error, shaded behind the lines. */}
      {seconds
        .filter((s) => s.unavailable > 0)
        .map((s) => (
          <rect
            key={`bad-${s.t}`}
            className="lt-bad-band"
            x={x(s.t)}
            y={yTop}
            width={barWidth}
            height={LATENCY_HEIGHT}
          />
        ))}
      <DeadlineLines
        x1={PAD.left}
        x2={width - PAD.right}
        y={y}
        {...(props.runDeadline ? { run: props.runDeadline } : {})}
      />
      {(['p50', 'p95', 'p99'] as const).map((key) => (
        <path
          key={key}
          className={`lt-line lt-c-${key}`}
          d={line(key)}
          data-testid={`load-chart-${key}`}
        />
      ))}
      {done.length === 1 &&
        (['p50', 'p95', 'p99'] as const).map((key) => (
          <circle
            key={`dot-${key}`}
            className={`lt-dot lt-c-${key}`}
            cx={mid(done[0]!)}
            cy={y(done[0]![key])}
            r={3}
          />
        ))}
      {/* Rate strip: offered (bars), completed (line), error seconds (red bars). */}
      {linearTicks(rateMax, 2).map((v) => (
        <g key={`r-${v}`}>
          <line
            className="lt-gridline"
            x1={PAD.left}
            x2={width - PAD.right}
            y1={yr(v)}
            y2={yr(v)}
          />
          <text className="lt-axis" x={width - PAD.right + 6} y={yr(v) + 4}>
            {formatCount(v, lang)}
          </text>
        </g>
      ))}
      <text
        className="lt-axis lt-axis_title"
        x={width - PAD.right}
        y={stripTop - 6}
        textAnchor="end"
      >
        {t('chart.perSecond')}
      </text>
      {seconds.map((s) => (
        <rect
          key={`o-${s.t}`}
          className="lt-offered"
          x={x(s.t)}
          y={yr(s.offered)}
          width={barWidth}
          height={Math.max(0, stripBottom - yr(s.offered))}
        />
      ))}
      {seconds
        .filter((s) => s.unavailable > 0)
        .map((s) => (
          <rect
            key={`u-${s.t}`}
            className="lt-unavailable"
            x={x(s.t)}
            y={yr(Math.min(s.unavailable / s.span, rateMax))}
            width={barWidth}
            height={Math.max(1, stripBottom - yr(Math.min(s.unavailable / s.span, rateMax)))}
          />
        ))}
      <path
        className="lt-line lt-c-completed"
        d={brokenPath(seconds.map((s) => ({ x: mid(s), y: yr(s.completed) })))}
      />
      {/* Time axis. */}
      <line
        className="lt-axis-line"
        x1={PAD.left}
        x2={width - PAD.right}
        y1={stripBottom}
        y2={stripBottom}
      />
      {xTicks.map((v) => (
        <text key={`x-${v}`} className="lt-axis" x={x(v)} y={stripBottom + 16} textAnchor="middle">
          {formatCount(v, lang)}
        </text>
      ))}
      <text
        className="lt-axis"
        x={width - PAD.right}
        y={stripBottom + 16}
        dx={18}
        textAnchor="start"
      >
        {t('chart.second')}
      </text>
      {props.brokeAt && (
        <g data-testid="load-chart-broke">
          <line
            className="lt-broke"
            x1={x(props.brokeAt.t)}
            x2={x(props.brokeAt.t)}
            y1={yTop}
            y2={stripBottom}
          />
          <text className="lt-broke__label" x={x(props.brokeAt.t) + 4} y={yTop + 12}>
            {props.brokeAt.label}
          </text>
        </g>
      )}
      {/* Hover targets: one per second, the figures as a native tooltip. */}
      {seconds.map((s) => (
        <rect
          key={`h-${s.t}`}
          className="lt-hover"
          x={x(s.t)}
          y={yTop}
          width={Math.max(1, x(s.t + s.span) - x(s.t))}
          height={stripBottom - yTop}
        >
          <title>
            {`${formatCount(s.t, lang)} ${t('chart.second')} · ${t('chart.offered')} ${formatCount(s.offered, lang, 1)} · ${t('chart.completed')} ${formatCount(s.completed, lang, 1)}` +
              (s.completed > 0
                ? ` · p50 ${formatMs(s.p50, lang)} · p95 ${formatMs(s.p95, lang)} · p99 ${formatMs(s.p99, lang)}`
                : '') +
              (s.unavailable > 0
                ? ` · ${t('chart.unavailable')} ${formatCount(s.unavailable, lang)}`
                : '')}
          </title>
        </rect>
      ))}
    </svg>
  )
}
