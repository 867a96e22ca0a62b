/**
 * The column half of the exchange index: for each exchange, a few bytes that rule it out of a
 * filter without reading it. accountId and openid are kept as hashes (equal strings, equal
 * hashes; two strings may share one, which only costs a read: every exchange read is checked with
 * matchesExchange), so the columns take the same room for ten users or a million. Kind and
 * outcome take one byte together, exactly.
 */
import { exchangeTitleWords } from '../../../shared/explain/exchange-titles'
import type { Exchange, ExchangeKind } from '../../../shared/model/exchange'
import {
  EXCHANGE_KINDS,
  EXCHANGE_OUTCOMES,
  exchangeOutcome,
} from '../../../shared/model/exchange-summary'
import type { ExchangeFilter, ExchangeOutcome } from '../../../shared/model/exchange-summary'

/** FNV-1a over UTF-16 code units. */
export function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export const accountKey = (accountId: string): number => hash32(accountId) & 0xffff
export const openidKey = (openid: string | undefined): number => hash32(openid ?? '')

const OUTCOMES: readonly ExchangeOutcome[] = [...EXCHANGE_OUTCOMES, 'pending']
/** The kind/outcome bits of the byte. */
export const KIND_BITS = 0x3f
/** An exchange the index cannot classify (a kind newer than this code): always read. */
export const UNKNOWN_KIND = 0x3f
/**
 * Set when the exchange's title has words (exchange-titles.ts): its search text then holds text
 * its line does not, so the line alone cannot rule it out (raw-check.ts).
 */
export const TITLE_WORDS = 0x40

/** kind × 8 + outcome, and TITLE_WORDS: one byte. */
export function kindOutcomeCode(exchange: Exchange): number {
  const kind = EXCHANGE_KINDS.indexOf(exchange.kind)
  const outcome = OUTCOMES.indexOf(exchangeOutcome(exchange))
  const code = kind < 0 || outcome < 0 ? UNKNOWN_KIND : kind * 8 + outcome
  return code | (exchangeTitleWords(exchange) === undefined ? 0 : TITLE_WORDS)
}

/**
 * Which kind/outcome codes (byte & KIND_BITS) a filter lets through: 64 flags, or undefined when
 * it sets neither.
 */
export function kindOutcomeMask(filter: ExchangeFilter): Uint8Array | undefined {
  if (!filter.kind && !filter.outcome) return undefined
  const mask = new Uint8Array(KIND_BITS + 1)
  mask[UNKNOWN_KIND] = 1
  EXCHANGE_KINDS.forEach((kind: ExchangeKind, k) => {
    if (filter.kind && kind !== filter.kind) return
    OUTCOMES.forEach((outcome, o) => {
      if (filter.outcome && outcome !== filter.outcome) return
      mask[k * 8 + o] = 1
    })
  })
  return mask
}
