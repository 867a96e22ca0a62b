/**
 * What an import found and what it skipped, each skip with its reason; the messages found become
 * a suite (saved in suites/) or are replayed at once.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SkippedList } from './SkippedList'
import { useErrorWords } from './use-error-words'
import { captureLabel, suiteFileName, suiteFromCaptures } from './captures-suite'
import type { ImportOrigin } from './replay-state'
import { useReplay } from './replay-state'
import { useReplayClient } from './replay-client'
import type { ImportReport } from './replay-client'

/** Long imports list this many found (and of each skip reason), then "… and N more". */
const SHOWN = 50

export function ImportReportView(props: {
  report: ImportReport
  origin: ImportOrigin
  takenFiles: readonly string[]
}) {
  const { t } = useTranslation('replay')
  const replay = useReplay()
  const client = useReplayClient()
  const wordError = useErrorWords()
  const { messages, skipped } = props.report
  const firstName = messages[0]?.source.name.split('/')[0]?.replace(/\.[a-z]+$/i, '')
  const [name, setName] = useState(firstName ?? 'import')
  const [notice, setNotice] = useState<{ tone: 'ok' | 'bad'; text: string }>()
  const suite = suiteFromCaptures(props.report, name.trim() || 'import')

  const save = async () => {
    if (!suite) return
    const file = suiteFileName(suite.name, props.takenFiles)
    try {
      await client.saveSuite({ file, suite })
      setNotice({ tone: 'ok', text: t('import.saved', { file }) })
      replay.suitesChanged()
      replay.openFile(file)
    } catch (error) {
      const text = wordError(error)
      setNotice({ tone: 'bad', text })
    }
  }

  return (
    <section
      className="replay-card"
      data-testid="replay-import-report"
      data-found={messages.length}
      data-skipped={skipped.length}
      aria-labelledby="replay-report-title"
    >
      <h2 className="replay-card__title" id="replay-report-title">
        {t('import.found', { count: messages.length })}
        {skipped.length > 0 && (
          <span className="replay-report__skipcount">
            {' · '}
            {t('import.skipped', { count: skipped.length })}
          </span>
        )}
      </h2>
      <p className="hint">{t(`import.origin.${props.origin}`)}</p>
      {messages.length === 0 && <p data-testid="replay-import-nothing">{t('import.nothing')}</p>}
      {messages.length > 0 && (
        <>
          <h3 className="replay-subtitle">{t('import.foundTitle')}</h3>
          <ul className="replay-list" data-testid="replay-found">
            {messages.slice(0, SHOWN).map((m) => (
              <li key={m.id} className="replay-list__item" data-testid="replay-found-item">
                <i className="weui-icon-success-no-circle replay-list__icon" aria-hidden="true" />
                <span className="replay-list__name mono">{captureLabel(m)}</span>
                <span className="replay-tag">{m.typeId ?? m.msgType}</span>
                {m.encrypted && (
                  <span className="replay-tag replay-tag_info">{t('import.encrypted')}</span>
                )}
                {m.recordedReply && (
                  <span className="replay-tag replay-tag_info">{t('import.recorded')}</span>
                )}
              </li>
            ))}
          </ul>
          {messages.length > SHOWN && (
            <p className="hint">{t('import.more', { count: messages.length - SHOWN })}</p>
          )}
        </>
      )}
      {skipped.length > 0 && (
        <>
          <h3 className="replay-subtitle">{t('import.skippedTitle')}</h3>
          <SkippedList skipped={skipped} shown={SHOWN} />
        </>
      )}
      {suite && (
        <div className="replay-report__actions">
          <label className="replay-label" htmlFor="replay-import-name">
            {t('import.suiteName')}
          </label>
          <input
            id="replay-import-name"
            className="replay-input"
            data-testid="replay-import-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_primary"
            data-testid="replay-import-save"
            onClick={() => void save()}
          >
            {t('import.save')}
          </button>
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_default"
            data-testid="replay-import-run"
            disabled={replay.run.status === 'running' && replay.run.local}
            onClick={() => void replay.startRun({ suite })}
          >
            {t('import.replayNow')}
          </button>
        </div>
      )}
      {notice && (
        <p
          className={`replay-notice replay-notice_${notice.tone}`}
          role={notice.tone === 'bad' ? 'alert' : 'status'}
          data-testid="replay-import-notice"
        >
          {notice.text}
        </p>
      )}
    </section>
  )
}
