/** Workspace settings (language, default mode, push timing, quota rule), the theme, and the ports. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Output } from '../../../../shared/control/contract'
import { useControlClient } from '../../api/client-context'
import { setLanguage } from '../../i18n'
import { ThemeToggle } from '../shell/ThemeToggle'

type Settings = Output<'getSettings'>

export function PreferencesForm() {
  const { t } = useTranslation('settings')
  const client = useControlClient()
  const [settings, setSettings] = useState<Settings>()
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    void client.getSettings({}).then(setSettings)
  }, [client])
  if (!settings) return null

  const update = async (patch: Parameters<typeof client.updateSettings>[0]) => {
    setSettings(await client.updateSettings(patch))
    setSaved(true)
  }
  const chooseLanguage = (language: Settings['language']) => {
    void update({ language })
    if (language === 'auto') {
      localStorage.removeItem('mpsim.lang')
      setLanguage(navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en')
      localStorage.removeItem('mpsim.lang')
    } else setLanguage(language)
  }
  return (
    <div className="weui-cells weui-cells_form s-cells">
      <div className="weui-cell s-cell">
        <div className="weui-cell__hd">
          <label className="weui-label s-label" htmlFor="s-language">
            {t('prefs.language')}
          </label>
        </div>
        <div className="weui-cell__bd">
          <select
            id="s-language"
            className="s-select"
            data-testid="settings-language"
            value={settings.language}
            onChange={(e) => chooseLanguage(e.target.value as Settings['language'])}
          >
            {(['auto', 'zh-CN', 'en'] as const).map((l) => (
              <option key={l} value={l}>
                {t(`prefs.languages.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="weui-cell s-cell">
        <div className="weui-cell__hd">
          <span className="weui-label s-label">{t('prefs.theme')}</span>
        </div>
        <div className="weui-cell__bd">
          <ThemeToggle testId="settings-theme" />
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
            value={settings.defaultMode}
            onChange={(e) =>
              void update({ defaultMode: e.target.value as Settings['defaultMode'] })
            }
          >
            {(['plain', 'compatible', 'safe'] as const).map((m) => (
              <option key={m} value={m}>
                {m}
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
            checked={settings.legacyCsQuota}
            onChange={(e) => void update({ legacyCsQuota: e.target.checked })}
          />
        </div>
      </label>
      <div className="s-ports" data-testid="settings-ports">
        <p className="s-help s-pad">
          {t('prefs.ports')} — {t('prefs.portsHelp')}
        </p>
        {(['platform', 'bot', 'control'] as const).map((which) => (
          <NumberCell
            key={which}
            id={`s-port-${which}`}
            label={t(`prefs.${which}`)}
            help=""
            value={settings.ports[which]}
            min={0}
            max={65535}
            onCommit={(port) => void update({ ports: { [which]: port } })}
          />
        ))}
      </div>
      {saved && (
        <p className="s-ok s-pad" role="status">
          {t('prefs.saved')}
        </p>
      )}
    </div>
  )
}

/** A number input that saves on blur or Enter, clamped to WeChat-sensible bounds. */
function NumberCell(props: {
  id: string
  label: string
  help: string
  value: number
  min: number
  max: number
  onCommit: (value: number) => void
}) {
  const [text, setText] = useState(String(props.value))
  const commit = () => {
    const n = Math.min(props.max, Math.max(props.min, Math.round(Number(text) || props.min)))
    setText(String(n))
    if (n !== props.value) props.onCommit(n)
  }
  return (
    <div className="weui-cell s-cell">
      <div className="weui-cell__hd">
        <label className="weui-label s-label" htmlFor={props.id}>
          {props.label}
        </label>
      </div>
      <div className="weui-cell__bd">
        <input
          id={props.id}
          className="weui-input s-input s-input_short"
          type="number"
          min={props.min}
          max={props.max}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
        {props.help && <p className="s-help">{props.help}</p>}
      </div>
    </div>
  )
}
