/**
 * Workspace settings (language, default mode, push timing, quota rule), the theme, and the ports.
 * Loading and saving go through useCommand: a failure shows why, in the UI language, with
 * "Try again", instead of an empty section.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Input, Output } from '../../../../shared/control/contract'
import { RequestError } from '../../components/RequestError'
import { useCommand } from '../../state/use-command'
import { ThemeToggle } from '../shell/ThemeToggle'
import { LanguageCell } from './LanguageCell'
import { NumberCell } from './NumberCell'
import { PortsSection } from './PortsSection'

type Settings = Output<'getSettings'>

export function PreferencesForm() {
  const { t } = useTranslation('settings')
  // The newest stored values: the load's answer, then each save's.
  const [settings, setSettings] = useState<Settings>()
  const load = useCommand('getSettings', { runOnMount: {}, onDone: setSettings })
  const save = useCommand('updateSettings', { onDone: setSettings })
  if (!settings) {
    return load.state.status === 'failed' ? (
      <RequestError
        error={load.state.error}
        testId="settings-prefs-error"
        onRetry={() => void load.retry()}
      />
    ) : (
      <p className="s-pad s-help" role="status" data-testid="settings-prefs-loading">
        <i className="weui-loading" aria-hidden="true" /> {t('prefs.loading')}
      </p>
    )
  }

  const update = (patch: Input<'updateSettings'>) => void save.run(patch)
  return (
    <div className="weui-cells weui-cells_form s-cells">
      <LanguageCell value={settings.language} onChange={(language) => update({ language })} />
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
            onChange={(e) => update({ defaultMode: e.target.value as Settings['defaultMode'] })}
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
        onCommit={(attempts) => update({ push: { ...settings.push, attempts } })}
      />
      <NumberCell
        id="s-timeout"
        label={t('prefs.timeout')}
        help={t('prefs.timeoutHelp')}
        value={settings.push.timeoutMs}
        min={100}
        max={600_000}
        onCommit={(timeoutMs) => update({ push: { ...settings.push, timeoutMs } })}
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
            onChange={(e) => update({ legacyCsQuota: e.target.checked })}
          />
        </div>
      </label>
      <PortsSection
        configured={settings.ports}
        onCommit={(which, port) => update({ ports: { [which]: port } })}
      />
      {save.state.status === 'done' && (
        <p className="s-pad s-ok" role="status" data-testid="settings-prefs-saved">
          {t('prefs.saved')}
        </p>
      )}
      {save.state.status === 'failed' && (
        <div className="s-pad">
          <RequestError
            error={save.state.error}
            testId="settings-prefs-error"
            onRetry={() => void save.retry()}
          />
        </div>
      )}
    </div>
  )
}
