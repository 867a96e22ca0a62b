/**
 * Account data: what the mock platform keeps for the Official Account the app works on, one tab
 * each — Media, QR codes, Tags, Templates. The tabs are an ARIA tab list (arrow keys, Home, End).
 */
import { useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MediaTab } from './MediaTab'
import { QrTab } from './QrTab'
import { TagsTab } from './TagsTab'
import { TemplatesTab } from './TemplatesTab'
import './platform-data.css'

const TABS = ['media', 'qr', 'tags', 'templates'] as const
type TabId = (typeof TABS)[number]

export function PlatformDataPanel() {
  const { t } = useTranslation('platformData')
  const [tab, setTab] = useState<TabId>('media')
  const buttons = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({})
  const open = (next: TabId) => {
    setTab(next)
    buttons.current[next]?.focus()
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const at = TABS.indexOf(tab)
    const to =
      e.key === 'ArrowRight'
        ? TABS[(at + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(at + TABS.length - 1) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined
    if (!to) return
    e.preventDefault()
    open(to)
  }
  return (
    <div className="page pd-page" data-testid="platform-data">
      <header className="page__hd">
        <h1 className="page__title">{t('title')}</h1>
        <p className="page__desc">{t('intro')}</p>
      </header>
      <div className="pd-tabs" role="tablist" aria-label={t('tabs')} onKeyDown={onKeyDown}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              buttons.current[id] = el
            }}
            type="button"
            role="tab"
            id={`pd-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`pd-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={`pd-tab${tab === id ? ' pd-tab_on' : ''}`}
            data-testid={`pd-tab-${id}`}
            onClick={() => setTab(id)}
          >
            {t(`tab.${id}`)}
          </button>
        ))}
      </div>
      <section
        className="card pd-card"
        role="tabpanel"
        id={`pd-panel-${tab}`}
        aria-labelledby={`pd-tab-${tab}`}
      >
        {tab === 'media' && <MediaTab />}
        {tab === 'qr' && <QrTab />}
        {tab === 'tags' && <TagsTab />}
        {tab === 'templates' && <TemplatesTab />}
      </section>
    </div>
  )
}
