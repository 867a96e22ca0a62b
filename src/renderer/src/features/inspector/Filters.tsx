/** The list's filters: a free-text search (debounced while typing), then user, kind and outcome. */
import { useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExchangeKind } from '../../../../shared/model/exchange'
import { EXCHANGE_KINDS, EXCHANGE_OUTCOMES } from '../../../../shared/model/exchange-summary'
import type { ExchangeFilter } from '../../../../shared/model/exchange-summary'
import type { SimUser } from '../../../../shared/model/sim-user'

const SEARCH_DEBOUNCE_MS = 200

export function Filters(props: {
  filter: ExchangeFilter
  users: readonly SimUser[]
  onChange: (filter: ExchangeFilter) => void
}) {
  const { t } = useTranslation('inspector')
  const { filter, onChange } = props
  const [q, setQ] = useState(filter.q ?? '')
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((filter.q ?? '') !== q) onChange({ ...filter, q: q || undefined })
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [q, filter, onChange])
  return (
    <div className="x-filters">
      <input
        className="x-filters__search"
        type="search"
        data-testid="inspector-search"
        placeholder={t('search')}
        aria-label={t('search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && q !== '' && setQ('')}
      />
      <div className="x-filters__row">
        <Pick label={t('filterUser')}>
          <select
            data-testid="inspector-filter-user"
            value={filter.openid ?? ''}
            onChange={(e) => onChange({ ...filter, openid: e.target.value || undefined })}
          >
            <option value="">{t('all')}</option>
            {props.users.map((u) => (
              <option key={u.openid} value={u.openid}>
                {u.nickname || u.openid}
              </option>
            ))}
          </select>
        </Pick>
        <Pick label={t('filterKind')}>
          <select
            data-testid="inspector-filter-kind"
            value={filter.kind ?? ''}
            onChange={(e) =>
              onChange({
                ...filter,
                kind: (e.target.value || undefined) as ExchangeKind | undefined,
              })
            }
          >
            <option value="">{t('all')}</option>
            {EXCHANGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </Pick>
        <Pick label={t('filterOutcome')}>
          <select
            data-testid="inspector-filter-outcome"
            value={filter.outcome ?? ''}
            onChange={(e) =>
              onChange({
                ...filter,
                outcome: EXCHANGE_OUTCOMES.find((o) => o === e.target.value),
              })
            }
          >
            <option value="">{t('all')}</option>
            {EXCHANGE_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`outcome.${o}`)}
              </option>
            ))}
          </select>
        </Pick>
      </div>
    </div>
  )
}

/** A select with its name above it (the name stays visible whatever is picked). */
function Pick(props: { label: string; children: ReactNode }) {
  return (
    <label className="x-filters__pick">
      <span className="x-filters__label">{props.label}</span>
      {props.children}
    </label>
  )
}
