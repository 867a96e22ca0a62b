/**
 * The inspector: the exchange list (filters, search, export, clear) on the left, the selected
 * exchange on the right. The phone's "why?" opens it on the exchange it came from.
 */
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { matchesExchange } from '../../../../shared/model/exchange-summary'
import type { ExchangeFilter } from '../../../../shared/model/exchange-summary'
import { useControlClient } from '../../api/client-context'
import { useEngineStore } from '../../state/engine-store'
import { useNavigation } from '../../state/navigation'
import { downloadText } from './download'
import { ExchangeDetail } from './ExchangeDetail'
import { ExchangeList } from './ExchangeList'
import { Filters } from './Filters'
import { useSelectedExchange } from './use-selected-exchange'
import './inspector.css'

export function InspectorPanel() {
  const { t } = useTranslation('inspector')
  const client = useControlClient()
  const store = useEngineStore()
  const { exchangeId, select } = useNavigation()
  const [filter, setFilter] = useState<ExchangeFilter>({})
  const [notice, setNotice] = useState<string>()
  const users = useMemo(() => store.setup?.users ?? [], [store.setup])
  const nicknames = useMemo(() => new Map(users.map((u) => [u.openid, u.nickname])), [users])
  const shown = useMemo(() => {
    const active = Object.values(filter).some((v) => v !== undefined && v !== '')
    return active ? store.exchanges.filter((e) => matchesExchange(e, filter)) : store.exchanges
  }, [store.exchanges, filter])
  const selected = useSelectedExchange(exchangeId, store.exchanges)
  const onFilter = useCallback((next: ExchangeFilter) => setFilter(next), [])

  const exportList = async (format: 'json' | 'ndjson') => {
    const file = await client.exportExchanges({ ...filter, format })
    downloadText(file.filename, file.mediaType, file.text)
  }
  const clear = async () => {
    if (!window.confirm(t('clearConfirm'))) return
    const archived = await store.clearExchanges()
    select(undefined)
    setNotice(archived ? t('cleared', { file: archived }) : t('clearedEmpty'))
  }
  const shownAccountId = selected.status === 'ready' ? selected.exchange.accountId : undefined
  const account = store.setup?.accounts.find((a) => a.id === shownAccountId)

  return (
    <div className="inspector" data-testid="inspector">
      <aside className="inspector__side">
        <Filters filter={filter} users={users} onChange={onFilter} />
        <div className="inspector__bar">
          <span data-testid="inspector-count">
            {t('count', { shown: shown.length, total: store.exchanges.length })}
          </span>
          <span className="inspector__bar-actions">
            <button
              type="button"
              className="x-link"
              data-testid="inspector-export-list"
              onClick={() => void exportList('json')}
            >
              {t('export')} ({t('formatJson')})
            </button>
            <button type="button" className="x-link" onClick={() => void exportList('ndjson')}>
              {t('formatNdjson')}
            </button>
            <button
              type="button"
              className="x-link x-link_danger"
              data-testid="inspector-clear"
              onClick={() => void clear()}
            >
              {t('clear')}
            </button>
          </span>
        </div>
        {notice && (
          <p className="inspector__notice" role="status" data-testid="inspector-notice">
            {notice}
          </p>
        )}
        {shown.length === 0 ? (
          <p className="inspector__empty">
            {store.exchanges.length === 0 ? t('emptyList') : t('noMatch')}
          </p>
        ) : (
          <ExchangeList
            exchanges={shown}
            selectedId={exchangeId}
            onSelect={select}
            nicknames={nicknames}
          />
        )}
      </aside>
      <section className="inspector__main">
        {selected.status === 'none' && (
          <div className="inspector__placeholder">
            <h1 className="page__title">{t('title')}</h1>
            <p>{t('intro')}</p>
            <p>{t('emptyDetail')}</p>
          </div>
        )}
        {selected.status === 'loading' && <p className="hint">{t('loading')}</p>}
        {selected.status === 'missing' && <p className="hint">{t('missing')}</p>}
        {selected.status === 'ready' && (
          <ExchangeDetail
            key={selected.exchange.id}
            exchange={selected.exchange}
            nickname={
              selected.exchange.openid ? nicknames.get(selected.exchange.openid) : undefined
            }
            accountName={account?.name}
          />
        )}
      </section>
    </div>
  )
}
