/**
 * One word for how an exchange ended, and the filter the inspector and the control API both use
 * (listExchanges filters on the server with the same function the inspector runs in the page, so
 * a filtered export and the list on screen always agree).
 */
import { exchangeTitleWords } from '../explain/exchange-titles'
import type { Exchange, ExchangeKind } from './exchange'

/**
 * - pushes: the verdict's outcome (reply / no-reply / service-unavailable)
 * - verification: ok / failed
 * - API and OAuth calls: ok (errcode 0 or absent) / failed (errcode ≠ 0, WeChat's error page, or
 *   no answer); denied when the user refused consent (a redirect without a code, no errcode)
 * - page requests of the phone browser: ok / failed (HTTP ≥ 400, no answer, a refused wx.config)
 * - a push still being delivered: pending (never a filter choice: it settles within seconds)
 */
export type ExchangeOutcome =
  'reply' | 'no-reply' | 'service-unavailable' | 'ok' | 'denied' | 'failed' | 'pending'

/** The outcomes a finished exchange can have (the inspector's filter choices). */
export type SettledOutcome = Exclude<ExchangeOutcome, 'pending'>

export const EXCHANGE_OUTCOMES: readonly SettledOutcome[] = [
  'reply',
  'no-reply',
  'service-unavailable',
  'ok',
  'denied',
  'failed',
]

export const EXCHANGE_KINDS: readonly ExchangeKind[] = ['push', 'verify', 'api', 'oauth', 'page']

export function exchangeOutcome(exchange: Exchange): ExchangeOutcome {
  if (exchange.inProgress) return 'pending'
  if (exchange.kind === 'push') return exchange.verdict?.outcome ?? 'pending'
  if (exchange.kind === 'verify') return exchange.analysis.verdict.ok ? 'ok' : 'failed'
  const last = exchange.attempts.at(-1)
  if (!last?.response) return 'failed'
  if (exchange.kind === 'oauth' || exchange.kind === 'api') {
    // The authorize pages answer 200 for WeChat's error page too (a page, not JSON), with a code
    // only when WeChat shows one; a refusal is a 302 like a consent.
    if (exchange.analysis?.outcome === 'denied') return 'denied'
    if (exchange.analysis?.outcome === 'error-page') return 'failed'
  }
  if (exchange.kind === 'page') {
    const { jssdkConfig, jssdkCall } = exchange.analysis
    if (jssdkConfig) return jssdkConfig.ok ? 'ok' : 'failed'
    if (jssdkCall) return jssdkCall.ok ? 'ok' : 'failed'
  }
  if (exchange.errcode !== undefined) return exchange.errcode === 0 ? 'ok' : 'failed'
  return last.response.status < 400 ? 'ok' : 'failed'
}

export interface ExchangeFilter {
  readonly accountId?: string | undefined
  readonly openid?: string | undefined
  readonly kind?: ExchangeKind | undefined
  readonly outcome?: SettledOutcome | undefined
  /**
   * Case-insensitive text looked for in the title (as recorded and in words, both languages), the
   * openid, the URLs and the bodies.
   */
  readonly q?: string | undefined
}

/**
 * Lower-cased search text of an exchange: its title as recorded and in words (zh and en, so "URL
 * 验证" finds a verification whatever language the app shows), user, URLs and bodies, decrypted.
 */
export function exchangeSearchText(exchange: Exchange): string {
  const words = exchangeTitleWords(exchange)
  const parts: string[] = [
    exchange.title,
    words?.zh ?? '',
    words?.en ?? '',
    exchange.openid ?? '',
    exchange.id,
  ]
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
  // A page request went through a loopback gateway: the address the phone's user saw is the
  // real one, as is a redirect's target.
  if (exchange.kind === 'page') {
    const { url, redirectTo, title } = exchange.analysis
    parts.push(url, redirectTo ?? '', title ?? '')
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
