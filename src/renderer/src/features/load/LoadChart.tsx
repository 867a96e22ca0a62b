/**
 * The curve of latency against rate from a run's seconds (perSecond rows), in two views — over
 * time, and latency against the offered rate — with a legend, and the figures per second in a
 * table under a disclosure for those who do not read charts.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { KeyboardEvent, RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { LoadReport } from '../../../../shared/control/load-schemas'
import { bucketSeconds } from './chart-geometry'
import { formatCount, formatDeadline, formatMs, formatRate } from './format'
import { RateChart, RATE_CHART_HEIGHT } from './RateChart'
import { TimeChart, TIME_CHART_HEIGHT } from './TimeChart'
import { DEADLINE_MS, firstBadSecond } from './verdict'

const VIEWS = ['time', 'rate'] as const
type View = (typeof VIEWS)[number]

export function LoadChart(props: { report: LoadReport }) {
  const { t, i18n } = useTranslation('load')
  const lang = i18n.language
  const r = props.report
  const [view, setView] = useState<View>(r.rampTo !== undefined ? 'rate' : 'time')
  const box = useRef<HTMLDivElement>(null)
  const width = useWidth(box)
  const tabs = useRef<Partial<Record<View, HTMLButtonElement | null>>>({})
  // While running, the last row is the second under way: only part of its messages are in, and
  // drawn it would look like the rate dropping.
  const rows = r.status === 'running' ? r.perSecond.slice(0, -1) : r.perSecond
  // At most two points per pixel column: a long run's seconds are merged, worst latency kept.
  const seconds = bucketSeconds(
    rows.map((s) => ({ ...s, span: 1 })),
    Math.max(60, Math.floor(width / 2)),
  )
  const done = rows.filter((s) => s.completed > 0)
  const brokeSecond = r.breakingRate !== undefined ? (r.breakingAt ?? firstBadSecond(r)) : undefined
  const breakLabel =
    r.breakingRate !== undefined
      ? t('chart.broke', { rate: formatRate(r.breakingRate, lang) })
      : undefined
  const runDeadline =
    r.timeoutMs !== undefined && r.timeoutMs !== DEADLINE_MS
      ? {
          ms: r.timeoutMs,
          label: t('chart.runDeadline', { time: formatDeadline(r.timeoutMs, lang) }),
        }
      : undefined
  const deadlineProp = runDeadline ? { runDeadline } : {}
  const summary =
    done.length > 0
      ? t('chart.summary', {
          seconds: rows.length,
          min: formatMs(Math.min(...done.map((s) => s.p99)), lang),
          max: formatMs(Math.max(...done.map((s) => s.p99)), lang),
          rate: formatRate(Math.max(...rows.map((s) => s.offered)), lang),
        })
      : t('chart.empty')
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return
    e.preventDefault()
    const next = view === 'time' ? 'rate' : 'time'
    setView(next)
    tabs.current[next]?.focus()
  }
  return (
    <section className="lt-chart" data-testid="load-chart" aria-labelledby="lt-chart-title">
      <div className="lt-chart__head">
        <h3 className="lt-section-title" id="lt-chart-title">
          {t('chart.title')}
        </h3>
        <div className="lt-tabs" role="tablist" aria-label={t('chart.views')} onKeyDown={onKeyDown}>
          {VIEWS.map((id) => (
            <button
              key={id}
              ref={(el) => {
                tabs.current[id] = el
              }}
              type="button"
              role="tab"
              id={`lt-tab-${id}`}
              aria-selected={view === id}
              aria-controls="lt-chart-view"
              tabIndex={view === id ? 0 : -1}
              className={`lt-tab${view === id ? ' lt-tab_on' : ''}`}
              data-testid={`load-chart-view-${id}`}
              onClick={() => setView(id)}
            >
              {t(`chart.${id}`)}
            </button>
          ))}
        </div>
      </div>
      <div
        className="lt-chart__box"
        id="lt-chart-view"
        role="tabpanel"
        aria-labelledby={`lt-tab-${view}`}
        ref={box}
        data-seconds={r.perSecond.length}
        style={{ minHeight: view === 'time' ? TIME_CHART_HEIGHT : RATE_CHART_HEIGHT }}
      >
        {rows.length === 0 ? (
          <p className="lt-hint lt-chart__empty" data-testid="load-chart-empty">
            {t('chart.empty')}
          </p>
        ) : width === 0 ? null : view === 'time' ? (
          <TimeChart
            width={width}
            seconds={seconds}
            label={summary}
            {...deadlineProp}
            {...(brokeSecond !== undefined && breakLabel
              ? { brokeAt: { t: brokeSecond, label: breakLabel } }
              : {})}
          />
        ) : (
          <RateChart
            width={width}
            seconds={seconds}
            ramp={r.rampTo !== undefined}
            label={summary}
            {...deadlineProp}
            {...(r.breakingRate !== undefined ? { breakingRate: r.breakingRate, breakLabel } : {})}
          />
        )}
      </div>
      <Legend view={view} runDeadline={runDeadline?.label} />
      {r.perSecond.length > 0 && <SecondsTable report={r} />}
    </section>
  )
}

function Legend(props: { view: View; runDeadline: string | undefined }) {
  const { t } = useTranslation('load')
  const items: { key: string; label: string; shape: 'line' | 'dash' | 'bar' }[] = [
    { key: 'p50', label: 'p50', shape: 'line' },
    { key: 'p95', label: 'p95', shape: 'line' },
    { key: 'p99', label: 'p99', shape: 'line' },
    { key: 'deadline', label: t('chart.deadline'), shape: 'dash' },
  ]
  if (props.runDeadline)
    items.push({ key: 'run-deadline', label: props.runDeadline, shape: 'dash' })
  if (props.view === 'time') {
    items.push(
      { key: 'offered', label: t('chart.offered'), shape: 'bar' },
      { key: 'completed', label: t('chart.completed'), shape: 'line' },
      { key: 'unavailable', label: t('chart.unavailable'), shape: 'bar' },
    )
  }
  const shown = props.view === 'rate' ? items.filter((i) => i.key !== 'p95') : items
  return (
    <ul className="lt-legend" aria-hidden="true">
      {shown.map((item) => (
        <li key={item.key} className="lt-legend__item">
          <span className={`lt-swatch lt-swatch_${item.shape} lt-s-${item.key}`} />
          {item.label}
        </li>
      ))}
    </ul>
  )
}

/** The figures per second, newest first, for reading rather than seeing. */
function SecondsTable(props: { report: LoadReport }) {
  const { t, i18n } = useTranslation('load')
  const lang = i18n.language
  const rows = [...props.report.perSecond].reverse()
  const columns = [
    't',
    'offered',
    'completed',
    'p50',
    'p95',
    'p99',
    'unavailable',
    'retries',
  ] as const
  return (
    <details className="lt-seconds" data-testid="load-seconds">
      <summary>{t('chart.table')}</summary>
      <div className="lt-seconds__scroll">
        <table className="lt-seconds__table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {t(`chart.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.t}>
                <td>{formatCount(s.t, lang)}</td>
                <td>{formatCount(s.offered, lang)}</td>
                <td>{formatCount(s.completed, lang)}</td>
                <td>{s.completed > 0 ? formatMs(s.p50, lang) : '—'}</td>
                <td>{s.completed > 0 ? formatMs(s.p95, lang) : '—'}</td>
                <td>{s.completed > 0 ? formatMs(s.p99, lang) : '—'}</td>
                <td>{formatCount(s.unavailable, lang)}</td>
                <td>{formatCount(s.retries, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}

/** The element's content width, followed as the window or the layout changes. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    if (ref.current) setWidth(Math.floor(ref.current.clientWidth))
  }, [ref])
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const observer = new ResizeObserver(() => setWidth(Math.floor(el.clientWidth)))
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  return width
}
