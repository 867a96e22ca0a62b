/**
 * The suite open in the panel: its settings and steps as a form (steps added, copied, moved and
 * removed), the file's own text beside it (what a reviewer diffs), Save, and Run with the run
 * bar's choices — which saves first, so what runs is what is on disk.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Suite } from '../../../../shared/model/suite'
import { StepForm } from './StepForm'
import type { StepAction } from './StepActions'
import { SuiteSettings } from './SuiteSettings'
import { RunBar } from './RunBar'
import { DEFAULT_CHOICES, runInput } from './run-choices'
import type { RunChoices } from './run-choices'
import { copyStep, insertStep, moveStep, removeStep, replaceStep, textStep } from './step-list'
import { useStepEdits } from './use-step-edits'
import './step-editing.css'
import { useReplay } from './replay-state'
import { useReplayClient } from './replay-client'
import { useErrorWords } from './use-error-words'
import type { SuiteFile } from './replay-client'

type Tab = 'form' | 'text'

export function SuiteEditor(props: { file: string; onSaved: () => void }) {
  const { t } = useTranslation('replay')
  const client = useReplayClient()
  const replay = useReplay()
  const wordError = useErrorWords()
  const [loaded, setLoaded] = useState<SuiteFile>()
  const [draft, setDraft] = useState<Suite>()
  const [revision, setRevision] = useState(0)
  const [tab, setTab] = useState<Tab>('form')
  const [notice, setNotice] = useState<{ tone: 'ok' | 'bad'; text: string }>()
  const [choices, setChoices] = useState<RunChoices>(DEFAULT_CHOICES)

  // The panel keys this editor by file: one load per mount.
  useEffect(() => {
    let live = true
    client.getSuite({ file: props.file }).then(
      (answer) => {
        if (!live) return
        setLoaded(answer)
        setDraft(answer.suite)
        setRevision((r) => r + 1)
      },
      (error: unknown) => live && setNotice({ tone: 'bad', text: wordError(error) }),
    )
    return () => {
      live = false
    }
  }, [client, props.file, wordError])

  const { stepsRef, edit, announced } = useStepEdits(setDraft, setRevision)
  const stepAction = (index: number, action: StepAction) => {
    if (!draft) return
    const n = index + 1
    if (action === 'up' || action === 'down') {
      const to = action === 'up' ? index - 1 : index + 1
      edit(moveStep(draft, index, to - index), to, action, t('editor.moved', { n, to: to + 1 }))
    } else if (action === 'copy') {
      const copy = copyStep(draft, index, (name) => t('editor.copyName', { name }))
      edit(copy, index + 1, 'name', t('editor.copied', { n, to: n + 1 }))
    } else {
      edit(
        removeStep(draft, index),
        Math.min(index, draft.steps.length - 2),
        'name',
        t('editor.removed', { n }),
      )
    }
  }
  const dirty = draft !== undefined && JSON.stringify(draft) !== JSON.stringify(loaded?.suite)
  const running = replay.run.status === 'running' && replay.run.local

  const save = async (): Promise<boolean> => {
    if (!draft) return false
    try {
      const answer = await client.saveSuite({ file: props.file, suite: draft })
      setLoaded(answer)
      if (answer.suite) setDraft(answer.suite)
      setNotice({ tone: 'ok', text: t('editor.saved') })
      props.onSaved()
      return true
    } catch (error) {
      setNotice({ tone: 'bad', text: wordError(error) })
      return false
    }
  }

  const run = async () => {
    if (dirty && !(await save())) return
    setNotice(undefined)
    await replay.startRun(runInput(props.file, choices, draft))
  }

  if (!loaded) {
    return (
      <section className="replay-card" data-testid="replay-editor" aria-busy={!notice}>
        {notice ? (
          <p className="replay-notice replay-notice_bad" role="alert">
            {notice.text}
          </p>
        ) : (
          <p className="hint">{t('editor.loading')}</p>
        )}
      </section>
    )
  }

  return (
    <section
      className="replay-card"
      data-testid="replay-editor"
      data-file={props.file}
      data-dirty={dirty}
      aria-labelledby="replay-editor-title"
    >
      <div className="replay-card__head">
        <h2 className="replay-card__title" id="replay-editor-title">
          {draft?.name ?? props.file}
          <span className="replay-card__file mono">suites/{props.file}</span>
        </h2>
        <div className="replay-card__buttons">
          {dirty && <span className="replay-tag replay-tag_warn">{t('editor.unsaved')}</span>}
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_default"
            data-testid="replay-editor-revert"
            disabled={!dirty}
            onClick={() => {
              setDraft(loaded.suite)
              setRevision((r) => r + 1)
            }}
          >
            {t('editor.revert')}
          </button>
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_default"
            data-testid="replay-editor-save"
            disabled={!dirty}
            onClick={() => void save()}
          >
            {t('editor.save')}
          </button>
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_primary"
            data-testid="replay-editor-run"
            disabled={!draft || running}
            onClick={() => void run()}
          >
            {dirty ? t('editor.saveAndRun') : t('editor.run')}
          </button>
        </div>
      </div>
      <RunBar suite={draft} choices={choices} onChange={setChoices} />
      {notice && (
        <p
          className={`replay-notice replay-notice_${notice.tone}`}
          role={notice.tone === 'bad' ? 'alert' : 'status'}
          data-testid="replay-editor-notice"
        >
          {notice.text}
        </p>
      )}
      {loaded.problems.length > 0 && (
        <div className="note note_warn" data-testid="replay-editor-problems" role="alert">
          <p className="note__title">{t('editor.problems')}</p>
          <ul>
            {loaded.problems.map((p, i) => (
              <li key={i}>
                {p.line !== undefined && <span>{t('editor.line', { line: p.line })} · </span>}
                {p.path && <span className="mono">{p.path}: </span>}
                {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="replay-tabs" role="tablist" aria-label={t('editor.form')}>
        {(['form', 'text'] as const).map((key) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`replay-tab-${key}`}
            aria-selected={tab === key}
            aria-controls={`replay-tabpanel-${key}`}
            tabIndex={tab === key ? 0 : -1}
            className={`replay-tab${tab === key ? ' replay-tab_on' : ''}`}
            data-testid={`replay-tab-${key}`}
            disabled={key === 'form' && !draft}
            onClick={() => setTab(key)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const next = key === 'form' ? 'text' : 'form'
                setTab(next)
                document.getElementById(`replay-tab-${next}`)?.focus()
              }
            }}
          >
            {t(`editor.${key}`)}
          </button>
        ))}
      </div>
      {tab === 'form' && draft && (
        <div id="replay-tabpanel-form" role="tabpanel" aria-labelledby="replay-tab-form">
          <SuiteSettings key={revision} suite={draft} onChange={setDraft} />
          <ol className="replay-steps" ref={stepsRef}>
            {draft.steps.map((step, i) => (
              <StepForm
                key={`${revision}-${i}`}
                step={step}
                index={i}
                count={draft.steps.length}
                onChange={(next) => setDraft(replaceStep(draft, i, next))}
                onAction={(action) => stepAction(i, action)}
              />
            ))}
          </ol>
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_default replay-steps__add"
            data-testid="replay-step-add"
            onClick={() => {
              const at = draft.steps.length
              edit(insertStep(draft, at, textStep(t('editor.newStepContent'))), at, 'name')
            }}
          >
            {t('editor.addTextStep')}
          </button>
          <p className="replay-sr" role="status" data-testid="replay-steps-status">
            {announced}
          </p>
        </div>
      )}
      {(tab === 'text' || !draft) && (
        <div id="replay-tabpanel-text" role="tabpanel" aria-labelledby="replay-tab-text">
          <p className="hint">{t('editor.textHint')}</p>
          <pre
            className="replay-pre replay-pre_file mono"
            data-testid="replay-editor-text"
            tabIndex={0}
          >
            {loaded.text}
          </pre>
        </div>
      )}
    </section>
  )
}
