/**
 * A run: live progress while it goes, then pass/fail per step with each failed assertion
 * (expected, actual, the diff) and a link to the step's exchange in the inspector; re-run only
 * the failures; export the results as JSON or JUnit XML.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssertionFailure, StepResult } from '../../../../shared/model/suite'
import { ControlClientError } from '../../api/control-client'
import { useRequestErrorText } from '../../components/RequestError'
import { useNavigation } from '../../state/navigation'
import { downloadText } from '../inspector/download'
import { useReplay } from './replay-state'
import { resultsFileName, resultsJson, resultsJunit } from './results-export'

const ICON: Record<StepResult['status'], string> = {
  passed: 'weui-icon-success-no-circle',
  failed: 'weui-icon-warn',
  error: 'weui-icon-info-circle',
  skipped: 'weui-icon-circle',
}

export function RunView() {
  const { t } = useTranslation('replay')
  const replay = useReplay()
  const errorText = useRequestErrorText()
  const [exported, setExported] = useState<string>()
  const { run } = replay
  if (run.status === 'idle') return null

  if (run.status === 'failed') {
    const reason =
      run.error instanceof ControlClientError ? errorText(run.error) : run.error.message
    return (
      <section className="replay-card" data-testid="replay-run" data-status="failed">
        <h2 className="replay-card__title">{t('run.title')}</h2>
        <p className="replay-notice replay-notice_bad" role="alert">
          {t('run.failedToRun', { reason })}
        </p>
      </section>
    )
  }

  if (run.status === 'running') {
    const percent = run.total > 0 ? Math.round((run.done / run.total) * 100) : 0
    return (
      <section
        className="replay-card"
        data-testid="replay-run"
        data-status="running"
        aria-busy="true"
        aria-labelledby="replay-run-title"
      >
        <h2 className="replay-card__title" id="replay-run-title">
          {t('run.title')}
        </h2>
        {!run.local && <p className="hint">{t('run.external')}</p>}
        <p role="status" data-testid="replay-run-progress-text">
          {run.total > 0
            ? t('run.running', { done: run.done, total: run.total })
            : t('run.starting')}
        </p>
        <div
          className="replay-progress"
          role="progressbar"
          aria-label={t('run.progress')}
          aria-valuemin={0}
          aria-valuemax={run.total}
          aria-valuenow={run.done}
          data-testid="replay-run-progress"
        >
          <div className="replay-progress__bar" style={{ width: `${percent}%` }} />
        </div>
        <StepResults steps={sortSteps(run.steps)} />
      </section>
    )
  }

  const { result } = run
  const failing = [
    ...new Set(
      result.steps.filter((s) => s.status === 'failed' || s.status === 'error').map((s) => s.index),
    ),
  ]
  const save = (format: 'json' | 'xml') => {
    const file = resultsFileName(result, format)
    if (format === 'json') downloadText(file, 'application/json', resultsJson(result))
    else downloadText(file, 'application/xml', resultsJunit(result))
    setExported(file)
  }
  const allPassed = result.counts.failed === 0 && result.counts.error === 0
  return (
    <section
      className="replay-card"
      data-testid="replay-run"
      data-status="done"
      data-passed={result.counts.passed}
      data-failed={result.counts.failed + result.counts.error}
      aria-labelledby="replay-run-title"
    >
      <div className="replay-card__head">
        <h2 className="replay-card__title" id="replay-run-title">
          {t('run.title')}
          <span className="replay-card__file">
            {t('run.of', { suite: result.suite })}
            {run.only && ` · ${t('run.onlyFailures')}`}
          </span>
        </h2>
        <div className="replay-card__buttons">
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_primary"
            data-testid="replay-rerun-failures"
            disabled={failing.length === 0 || !result.file}
            onClick={() => void replay.startRun({ file: result.file, only: failing })}
          >
            {t('run.rerun')}
          </button>
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_default"
            data-testid="replay-export-json"
            onClick={() => save('json')}
          >
            {t('run.exportJson')}
          </button>
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_default"
            data-testid="replay-export-junit"
            onClick={() => save('xml')}
          >
            {t('run.exportJunit')}
          </button>
        </div>
      </div>
      <p
        className={`replay-summary replay-summary_${allPassed ? 'ok' : 'bad'}`}
        role="status"
        data-testid="replay-run-summary"
      >
        <i className={allPassed ? 'weui-icon-success' : 'weui-icon-warn'} aria-hidden="true" />{' '}
        {t('run.summary', result.counts)} ·{' '}
        {result.durationMs < 1000
          ? t('run.ms', { ms: Math.round(result.durationMs) })
          : t('run.duration', { seconds: (result.durationMs / 1000).toFixed(2) })}
      </p>
      {exported && (
        <p className="replay-notice replay-notice_ok" role="status">
          {t('run.exported', { file: exported })}
        </p>
      )}
      <StepResults steps={sortSteps(result.steps)} />
    </section>
  )
}

function sortSteps(steps: readonly StepResult[]): StepResult[] {
  return [...steps].sort((a, b) => a.index - b.index || (a.row ?? 0) - (b.row ?? 0))
}

function StepResults(props: { steps: readonly StepResult[] }) {
  if (props.steps.length === 0) return null
  return (
    <ol className="replay-results" data-testid="replay-results">
      {props.steps.map((step) => (
        <StepResultItem key={`${step.index}-${step.row ?? ''}`} step={step} />
      ))}
    </ol>
  )
}

function StepResultItem(props: { step: StepResult }) {
  const { t } = useTranslation('replay')
  const { inspect } = useNavigation()
  const { step } = props
  const bad = step.status === 'failed' || step.status === 'error'
  return (
    <li
      className={`replay-result replay-result_${step.status}`}
      data-testid="replay-result"
      data-status={step.status}
      data-index={step.index}
    >
      <div className="replay-result__head">
        <i className={`${ICON[step.status]} replay-result__icon`} aria-hidden="true" />
        <span className="replay-result__status">{t(`run.status.${step.status}`)}</span>
        <span className="replay-result__name">
          {step.index + 1}. {step.name}
          {step.row !== undefined && ` · ${t('run.row', { n: step.row + 1 })}`}
        </span>
        <span className="replay-result__time mono">
          {t('run.ms', { ms: Math.round(step.durationMs) })}
        </span>
        {step.exchangeId && (
          <button
            type="button"
            className="x-link"
            data-testid="replay-result-inspect"
            data-exchange-id={step.exchangeId}
            onClick={() => step.exchangeId && inspect(step.exchangeId)}
          >
            {t('run.inspect')}
          </button>
        )}
      </div>
      {step.error && (
        <p className="replay-result__error" data-testid="replay-result-error">
          {step.error}
        </p>
      )}
      {bad && step.failures.length > 0 && (
        <ul className="replay-failures">
          {step.failures.map((failure, i) => (
            <FailureView key={i} failure={failure} />
          ))}
        </ul>
      )}
    </li>
  )
}

function FailureView(props: { failure: AssertionFailure }) {
  const { t } = useTranslation('replay')
  const { failure } = props
  return (
    <li className="replay-failure" data-testid="replay-failure" data-assertion={failure.assertion}>
      <dl className="replay-failure__kv">
        <dt>{t('run.assertion')}</dt>
        <dd className="mono">{failure.assertion}</dd>
        <dt>{t('run.expected')}</dt>
        <dd className="mono" data-testid="replay-failure-expected">
          {failure.expected}
        </dd>
        <dt>{t('run.actual')}</dt>
        <dd className="mono" data-testid="replay-failure-actual">
          {failure.actual}
        </dd>
      </dl>
      {failure.diff && (
        <div className="replay-diff" data-testid="replay-failure-diff">
          <span className="replay-step__label">{t('run.diff')}</span>
          <pre className="replay-pre mono" tabIndex={0}>
            {failure.diff.split('\n').map((line, i) => (
              <span key={i} className={`replay-diff__line${diffClass(line)}`}>
                {line}
                {'\n'}
              </span>
            ))}
          </pre>
        </div>
      )}
    </li>
  )
}

/** Lines of a unified-style diff: "-" what was expected, "+" what came. */
function diffClass(line: string): string {
  if (line.startsWith('-')) return ' replay-diff__line_del'
  if (line.startsWith('+')) return ' replay-diff__line_add'
  return ''
}
