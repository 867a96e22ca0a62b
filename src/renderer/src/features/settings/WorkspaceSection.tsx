/**
 * Where the workspace is, what went wrong loading it (the words the banner and the CLI use, with
 * every detail shown), save now, and open another folder. Calls go through useCommand: a failure
 * is worded in the UI language with "Try again".
 */
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Output } from '../../../../shared/control/contract'
import { useControlClient } from '../../api/client-context'
import type { ControlClient } from '../../api/control-client'
import { Prose } from '../../components/Prose'
import { RequestError } from '../../components/RequestError'
import { explainLang } from '../../i18n'
import { useEngineStore } from '../../state/engine-store'
import { useCommand } from '../../state/use-command'
import { problemLines } from '../workspace-problems/problem-lines'
import { ProblemList } from '../workspace-problems/ProblemList'
import '../workspace-problems/workspace-problems.css'

type WorkspaceInfo = Output<'getWorkspace'>

export function WorkspaceSection() {
  const { t, i18n } = useTranslation('settings')
  const client = useControlClient()
  const { setup, refreshSetup } = useEngineStore()
  const [info, setInfo] = useState<WorkspaceInfo>()
  const [message, setMessage] = useState<{ ok: boolean; text: string }>()
  const [dir, setDir] = useState('')
  const load = useCommand('getWorkspace', { runOnMount: {}, onDone: setInfo })
  const saving = useCommand('saveWorkspace', { onDone: setInfo })
  const opening = useCommand('openWorkspace')
  // Only the newest failure is shown, with its own Try again.
  const [failed, setFailed] = useState<'save' | 'open'>()
  useEffect(() => {
    // The setup carries the problems with their codes and fields; a save may have failed since boot.
    refreshSetup().catch(() => undefined)
  }, [refreshSetup])
  const lang = explainLang(i18n.language)
  const lines = useMemo(() => (setup ? problemLines(setup, lang) : []), [setup, lang])
  if (!info) {
    return load.state.status === 'failed' ? (
      <RequestError
        error={load.state.error}
        testId="settings-workspace-error"
        onRetry={() => void load.retry()}
      />
    ) : null
  }

  const save = async () => {
    setMessage(undefined)
    const outcome = await saving.run({})
    setFailed(outcome.ok ? undefined : 'save')
    if (outcome.ok) setMessage({ ok: true, text: t('workspace.saved') })
    // A save that failed is a new problem; one that worked may be the fix of an old one.
    await refreshSetup().catch(() => undefined)
  }
  const open = async () => {
    setMessage(undefined)
    const outcome = await opening.run({ dir: dir.trim() })
    setFailed(outcome.ok ? undefined : 'open')
    if (!outcome.ok) return
    setMessage({ ok: true, text: t('workspace.opening') })
    if (await cameBackOn(client, outcome.output.dir)) window.location.reload()
    else setMessage({ ok: false, text: t('workspace.notBack') })
  }
  const failure =
    failed === 'save' && saving.state.status === 'failed'
      ? { error: saving.state.error, retry: () => void save() }
      : failed === 'open' && opening.state.status === 'failed'
        ? { error: opening.state.error, retry: () => void open() }
        : undefined
  return (
    <div className="s-workspace">
      <p>
        <span className="s-label">{t('workspace.folder')}: </span>
        <code className="mono" data-testid="settings-workspace-dir">
          {info.dir}
        </code>
      </p>
      <h4 className="s-sub">{t('workspace.problems')}</h4>
      {lines.length === 0 ? (
        <p className="s-help">{t('workspace.noProblems')}</p>
      ) : (
        <ProblemList lines={lines} details testId="settings-workspace-problem" />
      )}
      <div className="s-actions">
        <button
          type="button"
          className="weui-btn weui-btn_mini weui-btn_default"
          data-testid="settings-workspace-save"
          disabled={saving.state.status === 'pending'}
          onClick={() => void save()}
        >
          {t('workspace.save')}
        </button>
      </div>
      <h4 className="s-sub">{t('workspace.open')}</h4>
      {info.canOpen ? (
        <form
          className="s-actions"
          onSubmit={(e) => {
            e.preventDefault()
            if (dir.trim()) void open()
          }}
        >
          <input
            className="weui-input mono s-input s-open"
            data-testid="settings-workspace-open-dir"
            value={dir}
            placeholder="/home/me/bot-workspace"
            aria-label={t('workspace.open')}
            onChange={(e) => setDir(e.target.value)}
          />
          <button
            type="submit"
            className="weui-btn weui-btn_mini weui-btn_default"
            data-testid="settings-workspace-open"
            disabled={!dir.trim() || opening.state.status === 'pending'}
          >
            {t('workspace.openButton')}
          </button>
        </form>
      ) : (
        <p className="s-help">
          <Prose text={t('workspace.cannotOpen')} />
        </p>
      )}
      {info.canOpen && <p className="s-help">{t('workspace.openHelp')}</p>}
      {failure && (
        <RequestError
          error={failure.error}
          testId="settings-workspace-error"
          onRetry={failure.retry}
        />
      )}
      {message && (
        <p
          className={message.ok ? 's-ok' : 's-error'}
          role="status"
          data-testid="settings-workspace-message"
        >
          {message.text}
        </p>
      )}
    </div>
  )
}

/**
 * The core restarts on the new folder with the same token and port. Wait (bounded: 15 s) until it
 * answers again: from that folder, or after having been away (the folder may be written another
 * way than typed). An answer from the old core, still closing, must not count.
 */
async function cameBackOn(client: ControlClient, dir: string): Promise<boolean> {
  let away = false
  for (let i = 0; i < 60; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    try {
      const answer = await client.getWorkspace({})
      if (away || answer.dir === dir) return true
    } catch {
      away = true
    }
  }
  return false
}
