/**
 * Which parts of the detail apply to an exchange: only pushes and verification run against
 * WeChat's deadline (the others show their duration plainly), and a verdict section appears only
 * when there is something to judge — never an empty one.
 */
import type { Exchange, ExchangeKind } from '../../../../shared/model/exchange'
import type { VerdictCard } from './platform-verdict'

/** WeChat waits a limited time for the bot only on pushes and the verification handshake. */
export function hasDeadline(kind: ExchangeKind): kind is 'push' | 'verify' {
  return kind === 'push' || kind === 'verify'
}

/** A page request that the site did not answer, or answered with an HTTP error. */
export function pageFailed(exchange: Exchange): boolean {
  const response = exchange.attempts.at(-1)?.response
  return !response || response.status >= 400
}

export function hasVerdict(exchange: Exchange, platformCards: readonly VerdictCard[]): boolean {
  switch (exchange.kind) {
    case 'push':
      return exchange.verdict !== undefined
    case 'verify':
      return true
    case 'api':
    case 'oauth':
      return platformCards.length > 0
    case 'page': {
      const { jssdkConfig, jssdkCall } = exchange.analysis
      return jssdkConfig !== undefined || jssdkCall !== undefined || pageFailed(exchange)
    }
  }
}
