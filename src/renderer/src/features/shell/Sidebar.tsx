/**
 * The left navigation: grouped panel buttons; unfinished panels say so with a "soon" tag, and
 * Settings carries a dot while an account has unsaved edits (which leaving the panel keeps).
 */
import { useTranslation } from 'react-i18next'
import { useEngineStore } from '../../state/engine-store'
import { useUnsavedDrafts } from '../settings/account-drafts'
import './shell.css'
import { NAV_GROUPS } from './panels'
import type { PanelId } from './panels'

export function Sidebar(props: { current: PanelId; onSelect: (id: PanelId) => void }) {
  const { t } = useTranslation()
  const { t: ts } = useTranslation('settings')
  const unsaved = useUnsavedDrafts(useEngineStore().setup?.accounts ?? [])
  return (
    <nav className="sidebar" aria-label={t('nav.label')} data-testid="nav">
      {NAV_GROUPS.map((group) => (
        <div className="sidebar__group" key={group.label}>
          <h3 className="sidebar__group-title">{t(`nav.${group.label}`)}</h3>
          <ul className="sidebar__list">
            {group.panels.map((panel) => {
              const current = panel.id === props.current
              return (
                <li key={panel.id}>
                  <button
                    type="button"
                    className={current ? 'sidebar__item sidebar__item_on' : 'sidebar__item'}
                    aria-current={current ? 'page' : undefined}
                    data-testid={`nav-${panel.id}`}
                    onClick={() => props.onSelect(panel.id)}
                  >
                    <span className="sidebar__label">{t(`nav.${panel.label}`)}</span>
                    {panel.id === 'settings' && unsaved && (
                      <span
                        className="sidebar__unsaved"
                        role="img"
                        data-testid="nav-settings-unsaved"
                        aria-label={ts('account.unsavedNav')}
                        title={ts('account.unsavedNav')}
                      />
                    )}
                  </button>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </nav>
  )
}
