/**
 * The Load panel (负载测试): the form that starts a run against the bot, and the run shown live —
 * its verdict under WeChat's 5 s rule, figures and the curve of latency against rate. Runs that
 * `mpsim load` started against this core show here too (listLoadRuns when the panel opens, then
 * `loadProgress` events). The form is kept while the user visits other panels.
 */
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RequestError } from '../../components/RequestError'
import { useEngineStore } from '../../state/engine-store'
import { useCatalog } from '../composer/use-catalog'
import { DEFAULT_DRAFT } from './load-draft'
import type { LoadDraft } from './load-draft'
import { LoadForm } from './LoadForm'
import { RunView } from './RunView'
import { useLoadRuns } from './use-load-runs'
import './load.css'

/** The form as last edited, for the next visit of the panel (not saved to disk). */
let keptDraft: LoadDraft = DEFAULT_DRAFT

export function LoadPanel() {
  const { t } = useTranslation('load')
  const store = useEngineStore()
  const { catalog } = useCatalog()
  const runs = useLoadRuns()
  const [draft, setDraftState] = useState<LoadDraft>(keptDraft)
  const setDraft = (next: LoadDraft) => {
    keptDraft = next
    setDraftState(next)
  }
  const account = store.setup?.accounts.find((a) => a.id === store.accountId)
  const waiting = runs.starting !== undefined && runs.shown?.runId !== runs.starting
  const shown = waiting ? undefined : runs.shown
  const anyRunning = runs.runs.some((r) => r.status === 'running')
  const runArea = useRef<HTMLDivElement>(null)

  // A run started here is watched: on a narrow window the run sits under the form.
  useEffect(() => {
    if (runs.starting) runArea.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' })
  }, [runs.starting])

  return (
    <div className="page lt-page" data-testid="load-panel" data-listed={runs.listed}>
      <header className="page__hd">
        <h1 className="page__title">{t('title')}</h1>
        <p className="page__desc">{t('intro')}</p>
      </header>
      {/* On a narrow window the run goes above the form once there is one to watch. */}
      <div className={shown || waiting ? 'lt-grid lt-grid_run' : 'lt-grid'}>
        <LoadForm
          draft={draft}
          onChange={setDraft}
          catalog={catalog}
          account={account}
          busy={runs.starting ? 'starting' : anyRunning ? 'running' : undefined}
          onStart={(input) =>
            void runs.start(store.accountId ? { ...input, accountId: store.accountId } : input)
          }
        />
        <div className="lt-main" ref={runArea}>
          {runs.failure && <RequestError error={runs.failure} testId="load-failed" />}
          {waiting && (
            <section className="lt-card lt-run lt-run_waiting" data-testid="load-starting">
              <p className="lt-hint" role="status">
                {t('run.starting')}
              </p>
            </section>
          )}
          {shown && (
            <RunView
              report={shown}
              runs={runs.runs}
              onPick={runs.show}
              onStop={(runId) => void runs.stop(runId)}
              stopping={runs.stopping}
            />
          )}
          {!shown && !waiting && (
            <section className="lt-card lt-run lt-run_none" data-testid="load-none">
              <p className="lt-none__line">
                <WithCode text={t('run.none', { command: SLOT })} code="mpsim load" />
              </p>
              <p className="lt-hint">{t('run.noneWhat')}</p>
            </section>
          )}
        </div>
      </div>
    </div>
  )
}

/** Stands for the command in a sentence, so each language places it where its grammar wants. */
const SLOT = '\u0000'

function WithCode(props: { text: string; code: string }) {
  const [before, after] = props.text.split(SLOT)
  return (
    <>
      {before}
      <code className="inline-code">{props.code}</code>
      {after}
    </>
  )
}
