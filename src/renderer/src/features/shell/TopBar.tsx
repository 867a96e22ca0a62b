/** The header bar: product mark, which host runs the core, the theme and the language switch. */
import { useTranslation } from 'react-i18next'
import type { Output } from '../../../../shared/control/contract'
import { LangSwitch } from './LangSwitch'
import { ThemeToggle } from './ThemeToggle'

export function TopBar(props: { info: Output<'getInfo'> }) {
  const { t } = useTranslation()
  const host = props.info.host === 'electron' ? t('app.hostElectron') : t('app.hostNode')
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="topbar__logo" aria-hidden="true" />
        <span className="topbar__name">mpsim</span>
        <span className="topbar__tagline">{t('app.tagline')}</span>
      </div>
      <div className="topbar__side">
        <span className="topbar__info" data-testid="app-info">
          {host} · {versionLabel(props.info.version)}
        </span>
        <ThemeToggle />
        <LangSwitch />
      </div>
    </header>
  )
}

/** "0.1.0" → "v0.1.0"; a non-numeric build name ("dev", "e2e") is shown as it is. */
function versionLabel(version: string): string {
  return /^\d/.test(version) ? `v${version}` : version
}
