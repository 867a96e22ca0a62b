/**
 * The Replay panel (docs/replay.md): import captures and see what was found and skipped; the
 * workspace's suites; the open suite's steps and assertions; its run, live, then pass/fail per
 * step. What it keeps across panels lives in ReplayProvider (replay-state.tsx).
 */
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ImportCard } from './ImportCard'
import { ImportReportView } from './ImportReportView'
import { RunView } from './RunView'
import { SuiteEditor } from './SuiteEditor'
import { SuiteList } from './SuiteList'
import { useReplay } from './replay-state'
import { useReplayClient } from './replay-client'
import type { SuiteList as Listed } from './replay-client'
import { useErrorWords } from './use-error-words'
import './replay.css'

export function ReplayPanel() {
  const { t } = useTranslation('replay')
  const client = useReplayClient()
  const replay = useReplay()
  const wordError = useErrorWords()
  const [list, setList] = useState<Listed>()
  const [listFailed, setListFailed] = useState<string>()
  const [refreshes, setRefreshes] = useState(0)

  useEffect(() => {
    let live = true
    client.listSuites({}).then(
      (answer) => {
        if (!live) return
        setList(answer)
        setListFailed(undefined)
      },
      (error: unknown) => {
        if (!live) return
        setListFailed(wordError(error))
      },
    )
    return () => {
      live = false
    }
  }, [client, wordError, replay.suitesVersion, refreshes])

  const refresh = useCallback(() => setRefreshes((n) => n + 1), [])
  const { imported } = replay
  const taken = list?.suites.map((s) => s.file) ?? []

  return (
    <div className="replay page" data-testid="replay-panel">
      <header className="page__hd">
        <h1 className="page__title">{t('title')}</h1>
        <p className="page__desc">{t('intro')}</p>
      </header>
      <div className="replay__grid">
        <div className="replay__side">
          <ImportCard />
          <SuiteList
            list={list}
            failed={listFailed}
            current={replay.file}
            onOpen={replay.openFile}
            onRefresh={refresh}
          />
        </div>
        <div className="replay__main">
          {imported.status === 'reading' && (
            <p className="replay-card hint" role="status" data-testid="replay-import-reading">
              {t('import.reading', { count: imported.files })}
            </p>
          )}
          {imported.status === 'failed' && (
            <p
              className="replay-notice replay-notice_bad"
              role="alert"
              data-testid="replay-import-failed"
            >
              {t('import.failed', {
                reason: wordError(imported.error),
              })}
            </p>
          )}
          {imported.status === 'done' && (
            <ImportReportView
              key={imported.seq}
              report={imported.report}
              origin={imported.origin}
              takenFiles={taken}
            />
          )}
          <RunView />
          {replay.file ? (
            <SuiteEditor key={replay.file} file={replay.file} onSaved={refresh} />
          ) : (
            imported.status !== 'done' && (
              <section className="replay-card replay-card_empty" data-testid="replay-editor-none">
                <p className="hint">{t('editor.none')}</p>
              </section>
            )
          )}
        </div>
      </div>
    </div>
  )
}
