/** Workspace settings (language, default mode, push timing, quota rule), the theme, and the ports. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Input, Output } from '../../../../shared/control/contract'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'
import { Prose } from '../../components/Prose'
import { ThemeToggle } from '../shell/ThemeToggle'
import { LanguageCell } from './LanguageCell'
import { NumberCell } from './NumberCell'

type Settings = Output<'getSettings'>

export function PreferencesForm() {
  const { t } = useTranslation('settings')
  const client = useControlClient()
  const [settings, setSettings] = useState<Settings>()
  const [status, setStatus] = useState<{ ok: true } | { ok: false; message: string }>()
  useEffect(() => {
    void client.getSettings({}).then(setSettings)
  }, [client])
  if (!settings) return null

  const update = async (patch: Input<'updateSettings'>) => {
    try {
      setSettings(await client.updateSettings(patch))
      setStatus({ ok: true })
    } catch (error) {
      if (!(error instanceof ControlClientError)) throw error
      setStatus({ ok: false, message: error.message })
    }
  }
  return (
    <div className="weui-cells weui-cells_form s-cells">
      <LanguageCell value={settings.language} onChange={(language) => void update({ language })} />
      <div className="weui-cell s-cell">
        <div className="weui-cell__hd">
          <label className="weui-label s-label" htmlFor="s-theme">
            {t('prefs.theme')}
          </label>
        </div>
        <div className="weui-cell__bd">
          <ThemeToggle testId="settings-theme" id="s-theme" />
        </div>
      </div>
      <div className="weui-cell s-cell">
        <div className="weui-cell__hd">
          <label className="weui-label s-label" htmlFor="s-default-mode">
            {t('prefs.defaultMode')}
          </label>
        </div>
        <div className="weui-cell__bd">
          <select
            id="s-default-mode"
            className="s-select"
            data-testid="settings-default-mode"
            value={settings.defaultMode}
            onChange={(e) =>
              void update({ defaultMode: e.target.value as Settings['defaultMode'] })
            }
          >
            {(['plain', 'compatible', 'safe'] as const).map((m) => (
              <option key={m} value={m}>
                {t(`prefs.modes.${m}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <NumberCell
        id="s-attempts"
        label={t('prefs.attempts')}
        help={t('prefs.attemptsHelp')}
        value={settings.push.attempts}
        min={1}
        max={10}
        onCommit={(attempts) => void update({ push: { ...settings.push, attempts } })}
      />
      <NumberCell
        id="s-timeout"
        label={t('prefs.timeout')}
        help={t('prefs.timeoutHelp')}
        value={settings.push.timeoutMs}
        min={100}
        max={600_000}
        onCommit={(timeoutMs) => void update({ push: { ...settings.push, timeoutMs } })}
      />
      <label className="weui-cell weui-cell_switch s-cell">
        <div className="weui-cell__bd">
          {t('prefs.legacyQuota')}
          <p className="s-help">{t('prefs.legacyQuotaHelp')}</p>
        </div>
        <div className="weui-cell__ft">
          <input
            className="weui-switch"
            type="checkbox"
            data-testid="settings-legacy-quota"
            checked={settings.legacyCsQuota}
            onChange={(e) => void update({ legacyCsQuota: e.target.checked })}
          />
        </div>
      </label>
      <div className="s-ports" data-testid="settings-ports">
        <h3 className="s-sub">{t('prefs.ports')}</h3>
        <p className="s-help s-pad">
          <Prose text={t('prefs.portsHelp')} />
        </p>
        {(['platform', 'bot', 'control'] as const).map((which) => (
          <NumberCell
            key={which}
            id={`s-port-${which}`}
            label={t(`prefs.${which}`)}
            value={settings.ports[which]}
            min={0}
            max={65535}
            onCommit={(port) => void update({ ports: { [which]: port } })}
          />
        ))}
      </div>
      {status && (
        <p className={`s-pad ${status.ok ? 's-ok' : 's-error'}`} role="status">
          {status.ok ? t('prefs.saved') : t('prefs.failed', { message: status.message })}
        </p>
      )}
    </div>
  )
}
