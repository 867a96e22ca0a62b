/**
 * The run shown: what it loads (bot, mode, users, rate), its status and time, Stop while it runs,
 * a picker among the runs this core knows, then the verdict, the figures and the curve.
 */
import { useTranslation } from 'react-i18next'
import type { LoadReport } from '../../../../shared/control/load-schemas'
import { clockTime } from '../inspector/time-format'
import { formatDuration } from './format'
import { LiveFigures } from './LiveFigures'
import { LoadChart } from './LoadChart'
import { useLoadWords, useVerdictHead, VerdictText } from './VerdictText'

export function RunView(props: {
  report: LoadReport
  runs: readonly LoadReport[]
  onPick: (runId: string) => void
  onStop: (runId: string) => void
  stopping: boolean
}) {
  const { t, i18n } = useTranslation('load')
  const lang = i18n.language
  const r = props.report
  const loadWords = useLoadWords('run')
  const verdictHead = useVerdictHead()
  const running = r.status === 'running'
  return (
    <section
      className="lt-card lt-run"
      data-testid="load-run"
      data-run-id={r.runId}
      data-status={r.status}
      aria-labelledby="lt-run-title"
    >
      <div className="lt-run__head">
        <div className="lt-run__what">
          <h2 className="lt-card__title" id="lt-run-title">
            {t('run.title')}
            <span className={`lt-badge lt-badge_${r.status}`} data-testid="load-run-status">
              {t(`run.status.${r.status}`)}
            </span>
          </h2>
          <p className="lt-run__target">
            <span className="mono wrap">{r.botUrl}</span>
            {' · '}
            {t(`form.modes.${r.mode}`)}
            {' · '}
            {loadWords(r)}
            {' · '}
            {t('run.users', { count: r.users })}
          </p>
          <p className="lt-run__time" data-testid="load-run-time">
            {clockTime(Date.parse(r.startedAt))}
            {' · '}
            {running
              ? t('run.elapsed', { time: formatDuration(r.durationMs, lang) })
              : t('run.took', { time: formatDuration(r.durationMs, lang) })}
          </p>
        </div>
        <div className="lt-run__actions">
          {props.runs.length > 1 && (
            <label className="lt-run__pick">
              <span className="lt-sr">{t('run.pick')}</span>
              <select
                className="lt-input"
                data-testid="load-run-pick"
                aria-label={t('run.pick')}
                value={r.runId}
                onChange={(e) => props.onPick(e.target.value)}
              >
                {props.runs.map((run) => (
                  <option key={run.runId} value={run.runId}>
                    {t('run.option', {
                      time: clockTime(Date.parse(run.startedAt)),
                      status: t(`run.status.${run.status}`),
                      load: loadWords(run),
                    })}
                  </option>
                ))}
              </select>
            </label>
          )}
          {running && (
            <button
              type="button"
              className="weui-btn weui-btn_mini lt-stop-btn"
              data-testid="load-stop"
              disabled={props.stopping}
              onClick={() => props.onStop(r.runId)}
            >
              {props.stopping ? t('run.stopping') : t('run.stop')}
            </button>
          )}
        </div>
      </div>
      {/* Said once when the run ends, not at every progress event (the verdict updates live). */}
      <p className="lt-sr" role="status" data-testid="load-announce">
        {running ? '' : `${t(`run.status.${r.status}`)}. ${verdictHead(r)}`}
      </p>
      <VerdictText report={r} />
      <LiveFigures report={r} />
      <LoadChart report={r} />
    </section>
  )
}
