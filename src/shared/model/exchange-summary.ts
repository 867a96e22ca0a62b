/**
 * One word for how an exchange ended, and the filter the inspector and the control API both use
 * (listExchanges filters on the server with the same function the inspector runs in the page, so
 * a filtered export and the list on screen always agree).
 */
import type { Exchange, ExchangeKind } from './exchange'

/**
 * - pushes: the verdict's outcome (reply / no-reply / service-unavailable)
 * - verification: ok / failed
 * - API and OAuth calls: ok (errcode 0 or absent) / failed (errcode ≠ 0, or no answer)
 * - a push still being delivered: pending (never a filter choice: it settles within seconds)
 */
export type ExchangeOutcome =
  'reply' | 'no-reply' | 'service-unavailable' | 'ok' | 'failed' | 'pending'

/** The outcomes a finished exchange can have (the inspector's filter choices). */
export type SettledOutcome = Exclude<ExchangeOutcome, 'pending'>

export const EXCHANGE_OUTCOMES: readonly SettledOutcome[] = [
  'reply',
  'no-reply',
  'service-unavailable',
  'ok',
  'failed',
]

export const EXCHANGE_KINDS: readonly ExchangeKind[] = ['push', 'verify', 'api', 'oauth']

export function exchangeOutcome(exchange: Exchange): ExchangeOutcome {
  if (exchange.inProgress) return 'pending'
  if (exchange.kind === 'push') return exchange.verdict?.outcome ?? 'pending'
  if (exchange.kind === 'verify') return exchange.analysis.verdict.ok ? 'ok' : 'failed'
  const last = exchange.attempts.at(-1)
  if (!last?.response) return 'failed'
  if (exchange.errcode !== undefined) return exchange.errcode === 0 ? 'ok' : 'failed'
  return last.response.status < 400 ? 'ok' : 'failed'
}

export interface ExchangeFilter {
  readonly accountId?: string | undefined
  readonly openid?: string | undefined
  readonly kind?: ExchangeKind | undefined
  readonly outcome?: SettledOutcome | undefined
  /** Case-insensitive text looked for in the title, the openid, the URLs and the bodies. */
  readonly q?: string | undefined
}

/** Lower-cased search text of an exchange (its title, user, request URLs and bodies, decrypted). */
export function exchangeSearchText(exchange: Exchange): string {
  const parts: string[] = [exchange.title, exchange.openid ?? '', exchange.id]
  for (const attempt of exchange.attempts) {
    parts.push(attempt.request.url, attempt.request.body.text)
    if (attempt.response) parts.push(attempt.response.body.text)
  }
  // Encrypted pushes and replies (compatible / safe mode) are ciphertext on the wire: search the
  // plaintext push and the decrypted reply too, so a search finds what the inspector shows.
  if (exchange.kind === 'push') {
    parts.push(exchange.analysis.plainXml)
    const innerReply = exchange.verdict?.envelope?.innerXml
    if (innerReply !== undefined) parts.push(innerReply)
  }
  return parts.join('\n').toLowerCase()
}

export function matchesExchange(exchange: Exchange, filter: ExchangeFilter): boolean {
  if (filter.accountId && exchange.accountId !== filter.accountId) return false
  if (filter.openid && exchange.openid !== filter.openid) return false
  if (filter.kind && exchange.kind !== filter.kind) return false
  if (filter.outcome && exchangeOutcome(exchange) !== filter.outcome) return false
  const q = filter.q?.trim().toLowerCase()
  if (q && !exchangeSearchText(exchange).includes(q)) return false
  return true
}
