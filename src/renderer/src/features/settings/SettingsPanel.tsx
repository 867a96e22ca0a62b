/** Settings: the account (with WeChat's rules and the verify handshake), preferences, workspace. */
import { useTranslation } from 'react-i18next'
import { useEngineStore } from '../../state/engine-store'
import { AccountForm } from './AccountForm'
import { PreferencesForm } from './PreferencesForm'
import { WorkspaceSection } from './WorkspaceSection'
import './settings.css'

export function SettingsPanel() {
  const { t } = useTranslation('settings')
  const store = useEngineStore()
  const accounts = store.setup?.accounts ?? []
  const account = accounts.find((a) => a.id === store.accountId)
  return (
    <div className="page s-page" data-testid="settings">
      <header className="page__hd">
        <h1 className="page__title">{t('title')}</h1>
        <p className="page__desc">{t('intro')}</p>
      </header>
      <section className="card s-card">
        <div className="s-card__hd">
          <h2 className="s-title">{t('account.title')}</h2>
          {accounts.length > 1 && (
            <select
              className="s-select"
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
        {account && <AccountForm key={account.id} account={account} />}
      </section>
      <section className="card s-card">
        <h2 className="s-title">{t('prefs.title')}</h2>
        <PreferencesForm />
      </section>
      <section className="card s-card">
        <h2 className="s-title">{t('workspace.title')}</h2>
        <WorkspaceSection />
      </section>
    </div>
  )
}
