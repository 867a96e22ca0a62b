/** Form | XML, as an ARIA tab list: arrow keys move between the two, as in any tab strip. */
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tab } from './use-draft'

export function TabBar(props: { tab: Tab; onForm: () => void; onXml: () => void }) {
  const { t } = useTranslation('composer')
  const open = (tab: Tab) => {
    if (tab === props.tab) return
    if (tab === 'form') props.onForm()
    else props.onXml()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
    event.preventDefault()
    open(props.tab === 'form' ? 'xml' : 'form')
  }
  const tab = (id: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`composer-tab-${id}`}
      aria-selected={props.tab === id}
      aria-controls={`composer-panel-${id}`}
      tabIndex={props.tab === id ? 0 : -1}
      className={`cf-tab${props.tab === id ? ' cf-tab_on' : ''}`}
      data-testid={`composer-tab-${id}`}
      onClick={() => open(id)}
    >
      {label}
    </button>
  )
  return (
    <div className="cf-tabs" role="tablist" aria-label={t('tabs')} onKeyDown={onKeyDown}>
      {tab('form', t('tabForm'))}
      {tab('xml', t('tabXml'))}
    </div>
  )
}
