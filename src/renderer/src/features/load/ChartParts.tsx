/**
 * Lines both charts draw: WeChat's 5 s deadline across the latency axis, and the run's own
 * deadline when it was given another (a shorter one to test quickly, say).
 */
import { useTranslation } from 'react-i18next'
import type { Scale } from './chart-geometry'
import { DEADLINE_MS } from './verdict'

export function DeadlineLines(props: {
  x1: number
  x2: number
  y: Scale
  /** The run's per-attempt deadline, when not WeChat's 5 s, with its label. */
  run?: { ms: number; label: string }
}) {
  const { t } = useTranslation('load')
  const lines = [{ ms: DEADLINE_MS, label: t('chart.deadline'), own: false }]
  if (props.run && props.run.ms !== DEADLINE_MS) {
    lines.push({ ms: props.run.ms, label: props.run.label, own: true })
  }
  return (
    <>
      {lines.map((line) => {
        const y = props.y(line.ms)
        return (
          <g
            key={line.ms}
            data-testid={line.own ? 'load-chart-run-deadline' : 'load-chart-deadline'}
          >
            <line
              className={line.own ? 'lt-deadline lt-deadline_run' : 'lt-deadline'}
              x1={props.x1}
              x2={props.x2}
              y1={y}
              y2={y}
            />
            <text
              className={
                line.own ? 'lt-deadline__label lt-deadline__label_run' : 'lt-deadline__label'
              }
              x={props.x1 + 6}
              y={y - 5}
            >
              {line.label}
            </text>
          </g>
        )
      })}
    </>
  )
}
