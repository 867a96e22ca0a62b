/**
 * The exchange list, newest first (a walk's flow: oldest first, as it happened), virtualised:
 * only the rows in view are rendered, so 100 000 exchanges scroll as smoothly as 10 (checked by
 * `npm run bench`). Rows read a few fields only; nothing per row is computed until the row is
 * visible. A row that belongs to a phone-browser walk says which walk and which hop. ↑/↓,
 * PageUp/PageDown, Home/End move the selection.
 */
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Exchange } from '../../../../shared/model/exchange'
import { exchangeOutcome } from '../../../../shared/model/exchange-summary'
import { explainLang } from '../../i18n'
import { exchangeHeading } from './exchange-title'
import type { FlowPlace } from './flows'
import { formatDuration } from './timeline-geometry'
import { clockTime, wallDiffers } from './time-format'

const ROW_HEIGHT = 52

export interface ExchangeListProps {
  /** Oldest first, as the store keeps them; shown newest first unless `oldestFirst`. */
  readonly exchanges: readonly Exchange[]
  readonly selectedId: string | undefined
  readonly onSelect: (id: string) => void
  readonly nicknames: ReadonlyMap<string, string>
  /** Each exchange's place in a phone-browser walk, for the row's marker. */
  readonly places?: ReadonlyMap<string, FlowPlace>
  /** A flow reads in the order it happened. */
  readonly oldestFirst?: boolean
}

export function ExchangeList(props: ExchangeListProps) {
  const { t } = useTranslation('inspector')
  const { exchanges, selectedId, onSelect } = props
  const oldestFirst = props.oldestFirst === true
  const scroller = useRef<HTMLDivElement>(null)
  const count = exchanges.length
  const at = (row: number) => exchanges[oldestFirst ? row : count - 1 - row]
  // TanStack Virtual keeps mutable state the React Compiler cannot analyse; this component is
  // simply left uncompiled (a known, documented incompatibility, not a bug here).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  const selectedRow = selectedId === undefined ? -1 : rowOf(exchanges, selectedId, oldestFirst)

  useEffect(() => {
    if (selectedRow >= 0) virtualizer.scrollToIndex(selectedRow, { align: 'auto' })
  }, [selectedRow, virtualizer])

  const onKeyDown = (event: KeyboardEvent) => {
    const step = KEY_STEPS[event.key]
    if (step === undefined || count === 0) return
    event.preventDefault()
    const wanted = step === 'first' ? 0 : step === 'last' ? count - 1 : selectedRow + step
    const next = Math.min(count - 1, Math.max(0, wanted))
    const target = at(next)
    if (target) onSelect(target.id)
  }

  return (
    <div
      className="x-list"
      ref={scroller}
      data-testid="inspector-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('title')}
      aria-activedescendant={selectedId ? `x-row-${selectedId}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const exchange = at(item.index)
          if (!exchange) return null
          return (
            <Row
              key={exchange.id}
              exchange={exchange}
              top={item.start}
              selected={exchange.id === selectedId}
              nickname={exchange.openid ? props.nicknames.get(exchange.openid) : undefined}
              place={props.places?.get(exchange.id)}
              onSelect={onSelect}
            />
          )
        })}
      </div>
    </div>
  )
}

const KEY_STEPS: Record<string, number | 'first' | 'last'> = {
  ArrowDown: 1,
  ArrowUp: -1,
  PageDown: 10,
  PageUp: -10,
  Home: 'first',
  End: 'last',
}

function rowOf(exchanges: readonly Exchange[], id: string, oldestFirst: boolean): number {
  for (let i = exchanges.length - 1; i >= 0; i -= 1) {
    if (exchanges[i]?.id === id) return oldestFirst ? i : exchanges.length - 1 - i
  }
  return -1
}

const PREVIEW = /<(Content|EventKey|Label|Title)>(?:<!\[CDATA\[)?([^<\]]{1,60})/

/** A glimpse of what was sent (the text, the event key…), computed only for rows in view. */
function preview(exchange: Exchange): string {
  if (exchange.kind !== 'push') return ''
  return PREVIEW.exec(exchange.analysis.plainXml)?.[2] ?? ''
}

/** Where the row sits in its walk, e.g. "walk 2 · 3/7". */
function FlowMarker(props: { place: FlowPlace }) {
  const { t } = useTranslation('inspector')
  const { flow, index } = props.place
  const values = { n: flow.number, hop: index + 1, total: flow.hops.length }
  return (
    <span
      className="x-row__flow"
      title={t('flow.rowMarkerTitle', values)}
      data-testid="inspector-row-flow"
      data-walk-id={flow.walkId}
    >
      {t('flow.rowMarker', values)}
    </span>
  )
}

// Memoised: while scrolling, rows that stay in view keep their props and are not drawn again.
const Row = memo(function Row(props: {
  exchange: Exchange
  top: number
  selected: boolean
  nickname: string | undefined
  place: FlowPlace | undefined
  onSelect: (id: string) => void
}) {
  const { t, i18n } = useTranslation('inspector')
  const { exchange } = props
  const outcome = exchangeOutcome(exchange)
  const heading = exchangeHeading(exchange, explainLang(i18n.language))
  const wallMs = exchange.attempts[0]?.startedAt
  const showWall = wallDiffers(exchange.simTime, wallMs)
  let duration = 0
  for (const attempt of exchange.attempts) duration += attempt.durationMs
  return (
    <div
      id={`x-row-${exchange.id}`}
      role="option"
      aria-selected={props.selected}
      className={`x-row${props.selected ? ' x-row_on' : ''}`}
      style={{ transform: `translateY(${props.top}px)`, height: ROW_HEIGHT }}
      data-testid="inspector-row"
      data-exchange-id={exchange.id}
      data-outcome={outcome}
      data-kind={exchange.kind}
      onClick={() => props.onSelect(exchange.id)}
    >
      <div className="x-row__line">
        <span className={`x-kind x-kind_${exchange.kind}`}>{t(`kind.${exchange.kind}`)}</span>
        <span className="x-row__title">
          <span className={heading.mono ? 'mono' : undefined}>{heading.title}</span>
          <span className="x-row__preview"> {heading.words ?? preview(exchange)}</span>
        </span>
        <span className={`x-badge x-badge_${outcome}`}>{t(`outcome.${outcome}`)}</span>
      </div>
      <div className="x-row__line x-row__meta">
        <span className="mono" title={t('row.simTime')}>
          {clockTime(exchange.simTime * 1000)}
        </span>
        {showWall && wallMs !== undefined && (
          <span className="mono" title={t('row.wallTime')}>
            ({t('row.wall', { time: clockTime(wallMs) })})
          </span>
        )}
        {props.nickname && <span className="x-row__user">{props.nickname}</span>}
        {props.place && <FlowMarker place={props.place} />}
        <span className="x-row__ms">
          {exchange.attempts.length > 1 ? `×${exchange.attempts.length} · ` : ''}
          {formatDuration(duration)}
        </span>
      </div>
    </div>
  )
})
