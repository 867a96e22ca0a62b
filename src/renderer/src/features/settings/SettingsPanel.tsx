/** Settings: the account (with WeChat's rules and the verify handshake), preferences, workspace. */
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { RequestError } from '../../components/RequestError'
import { useEngineStore } from '../../state/engine-store'
import { useNavigation } from '../../state/navigation'
import { useCommand } from '../../state/use-command'
import { newAccount } from './new-account'
import { AccountForm } from './AccountForm'
import { PreferencesForm } from './PreferencesForm'
import { WorkspaceSection } from './WorkspaceSection'
import './settings.css'

export function SettingsPanel() {
  const { t } = useTranslation('settings')
  const store = useEngineStore()
  const adding = useCommand('putAccount', { onDone: () => store.refreshSetup() })
  const workspaceTitle = useShownSection('workspace')
  const accounts = store.setup?.accounts ?? []
  const account = accounts.find((a) => a.id === store.accountId)
  const addAccount = async () => {
    const created = newAccount(accounts, account)
    const outcome = await adding.run({ ...created, ipWhitelist: [] })
    if (outcome.ok) store.setAccountId(created.id)
  }
  return (
    <div className="page s-page" data-testid="settings">
      <header className="page__hd">
        <h1 className="page__title">{t('title')}</h1>
        <p className="page__desc">{t('intro')}</p>
      </header>
      <section className="card s-card">
        <div className="s-card__hd">
          <h2 className="s-title">{t('account.title')}</h2>
          <span className="s-spacer" />
          <button
            type="button"
            className="weui-btn weui-btn_mini weui-btn_default s-add"
            data-testid="settings-add-account"
            disabled={adding.state.status === 'pending'}
            onClick={() => void addAccount()}
          >
            {t('account.add')}
          </button>
          {accounts.length > 1 && (
            <select
              className="s-select"
              data-testid="settings-account-pick"
              aria-label={t('account.pick')}
              value={store.accountId}
              onChange={(e) => store.setAccountId(e.target.value)}
            >
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </div>
        {adding.state.status === 'failed' && (
          <RequestError
            error={adding.state.error}
            testId="settings-add-account-error"
            onRetry={() => void addAccount()}
          />
        )}
        {account && <AccountForm key={account.id} account={account} />}
      </section>
      <section className="card s-card">
        <h2 className="s-title">{t('prefs.title')}</h2>
        <PreferencesForm />
      </section>
      <section className="card s-card" data-testid="settings-workspace">
        <h2 className="s-title s-anchor" ref={workspaceTitle} tabIndex={-1}>
          {t('workspace.title')}
        </h2>
        <WorkspaceSection />
      </section>
    </div>
  )
}

/**
 * Another panel asked for this section (the workspace banner's "Open Settings"): scroll its
 * heading into view and give it the focus, so keyboard and screen-reader users land there too.
 * The forms above it load their values after the first paint and push it down, so it is kept in
 * view while the page settles: until the reader scrolls, clicks or types, for 2 s at most.
 */
function useShownSection(name: string) {
  const { section } = useNavigation()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    const el = heading.current
    if (section?.panel !== 'settings' || section.section !== name || !el) return
    const place = () => el.scrollIntoView({ block: 'start' })
    place()
    el.focus({ preventScroll: true })
    const observer = new ResizeObserver(place)
    const page = el.closest('.s-page')
    if (page) observer.observe(page)
    const events = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const
    const stop = () => {
      observer.disconnect()
      for (const event of events) window.removeEventListener(event, stop)
    }
    for (const event of events) window.addEventListener(event, stop, { passive: true })
    const timer = setTimeout(stop, 2000)
    return () => {
      clearTimeout(timer)
      stop()
    }
  }, [section, name])
  return heading
}
