/** Where the workspace is, what went wrong loading it, save now, and open another folder. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Output } from '../../../../shared/control/contract'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'

type WorkspaceInfo = Output<'getWorkspace'>

export function WorkspaceSection() {
  const { t } = useTranslation('settings')
  const client = useControlClient()
  const [info, setInfo] = useState<WorkspaceInfo>()
  const [message, setMessage] = useState<{ ok: boolean; text: string }>()
  const [dir, setDir] = useState('')
  useEffect(() => {
    void client.getWorkspace({}).then(setInfo)
  }, [client])
  if (!info) return null

  const save = async () => {
    setInfo(await client.saveWorkspace({}))
    setMessage({ ok: true, text: t('workspace.saved') })
  }
  const open = async () => {
    try {
      await client.openWorkspace({ dir: dir.trim() })
      setMessage({ ok: true, text: t('workspace.opening') })
      await waitForCore(client)
      window.location.reload()
    } catch (error) {
      const issues =
        error instanceof ControlClientError ? error.issues.map((i) => i.message).join('; ') : ''
      setMessage({
        ok: false,
        text: issues || (error instanceof Error ? error.message : String(error)),
      })
    }
  }
  return (
    <div className="s-workspace">
      <p>
        <span className="s-label">{t('workspace.folder')}: </span>
        <code className="mono" data-testid="settings-workspace-dir">
          {info.dir}
        </code>
      </p>
      <h4 className="s-sub">{t('workspace.problems')}</h4>
      {info.problems.length === 0 ? (
        <p className="s-help">{t('workspace.noProblems')}</p>
      ) : (
        <ul className="s-problems">
          {info.problems.map((p, i) => (
            <li key={i}>
              <code className="mono">{p.file}</code> {p.message}
            </li>
          ))}
        </ul>
      )}
      <div className="s-actions">
        <button
          type="button"
          className="weui-btn weui-btn_mini weui-btn_default"
          data-testid="settings-workspace-save"
          onClick={() => void save()}
        >
          {t('workspace.save')}
        </button>
      </div>
      <h4 className="s-sub">{t('workspace.open')}</h4>
      {info.canOpen ? (
        <div className="s-actions">
          <input
            className="weui-input mono s-input s-open"
            value={dir}
            placeholder="/home/me/bot-workspace"
            aria-label={t('workspace.open')}
            onChange={(e) => setDir(e.target.value)}
          />
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_default"
            disabled={!dir.trim()}
            onClick={() => void open()}
          >
            {t('workspace.openButton')}
          </button>
        </div>
      ) : (
        <p className="s-help">{t('workspace.cannotOpen')}</p>
      )}
      {info.canOpen && <p className="s-help">{t('workspace.openHelp')}</p>}
      {message && (
        <p className={message.ok ? 's-ok' : 's-error'} role="status">
          {message.text}
        </p>
      )}
    </div>
  )
}

/** The core restarts on the new folder with the same token and port: wait until it answers again. */
async function waitForCore(client: ReturnType<typeof useControlClient>): Promise<void> {
  for (let i = 0; i < 50; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    try {
      await client.getInfo({})
      return
    } catch {
      // not back yet
    }
  }
}
