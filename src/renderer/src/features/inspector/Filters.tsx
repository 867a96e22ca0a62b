/**
 * The list's filters: a free-text search (debounced while typing), then user, kind and outcome,
 * and — once the phone browser has been used — one walk, shown as a flow.
 */
import { useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExchangeKind } from '../../../../shared/model/exchange'
import { EXCHANGE_KINDS, EXCHANGE_OUTCOMES } from '../../../../shared/model/exchange-summary'
import type { ExchangeFilter } from '../../../../shared/model/exchange-summary'
import type { SimUser } from '../../../../shared/model/sim-user'
import { shortAddress } from './exchange-title'
import type { Flow } from './flows'
import { clockTime } from './time-format'

const SEARCH_DEBOUNCE_MS = 200

export function Filters(props: {
  filter: ExchangeFilter
  users: readonly SimUser[]
  onChange: (filter: ExchangeFilter) => void
  /** The phone browser's walks, oldest first; the picker shows only when there is one. */
  flows: readonly Flow[]
  walkId: string | undefined
  onWalk: (walkId: string | undefined) => void
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
      {props.flows.length > 0 && (
        <Pick label={t('flow.filter')}>
          <select
            data-testid="inspector-filter-walk"
            value={props.walkId ?? ''}
            onChange={(e) => props.onWalk(e.target.value || undefined)}
          >
            <option value="">{t('all')}</option>
            {/* Newest walk first, like the list. */}
            {[...props.flows].reverse().map((flow) => (
              <option key={flow.walkId} value={flow.walkId}>
                {t('flow.option', {
                  n: flow.number,
                  time: clockTime(flow.startedAt),
                  address: shortAddress(flow.startUrl),
                })}
              </option>
            ))}
          </select>
        </Pick>
      )}
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
