/** The list's filters: user, kind, outcome and a free-text search (debounced while typing). */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExchangeKind } from '../../../../shared/model/exchange'
import { EXCHANGE_KINDS, EXCHANGE_OUTCOMES } from '../../../../shared/model/exchange-summary'
import type { ExchangeFilter, ExchangeOutcome } from '../../../../shared/model/exchange-summary'
import type { SimUser } from '../../../../shared/model/sim-user'

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
    }, 200)
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
      />
      <div className="x-filters__row">
        <select
          data-testid="inspector-filter-user"
          aria-label={t('allUsers')}
          value={filter.openid ?? ''}
          onChange={(e) => onChange({ ...filter, openid: e.target.value || undefined })}
        >
          <option value="">{t('allUsers')}</option>
          {props.users.map((u) => (
            <option key={u.openid} value={u.openid}>
              {u.nickname}
            </option>
          ))}
        </select>
        <select
          data-testid="inspector-filter-kind"
          aria-label={t('allKinds')}
          value={filter.kind ?? ''}
          onChange={(e) =>
            onChange({ ...filter, kind: (e.target.value || undefined) as ExchangeKind | undefined })
          }
        >
          <option value="">{t('allKinds')}</option>
          {EXCHANGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
        <select
          data-testid="inspector-filter-outcome"
          aria-label={t('allOutcomes')}
          value={filter.outcome ?? ''}
          onChange={(e) =>
            onChange({
              ...filter,
              outcome: (e.target.value || undefined) as ExchangeOutcome | undefined,
            })
          }
        >
          <option value="">{t('allOutcomes')}</option>
          {EXCHANGE_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`outcome.${o}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
