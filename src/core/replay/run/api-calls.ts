/**
 * The calls the bot made to the mock platform while a step ran (docs/replay.md "apiCalls"): the
 * platform publishes each one as an `api` Exchange on the bus. A call naming another user
 * belongs to another step (concurrent steps run as different users when they can); a call
 * naming none (a token fetch) counts for every step running then.
 */
import type { EventBus } from '../../runtime/event-bus'
import type { ObservedApiCall } from './assertions'

export interface ApiCallWatch {
  readonly calls: readonly ObservedApiCall[]
  stop(): void
}

export function watchApiCalls(bus: EventBus, accountId: string, openid: string): ApiCallWatch {
  const calls: ObservedApiCall[] = []
  const stop = bus.on('exchange', (exchange) => {
    if (exchange.kind !== 'api') return
    if (exchange.accountId !== accountId && exchange.accountId !== '') return
    if (exchange.openid !== undefined && exchange.openid !== openid) return
    const request = exchange.attempts[0]?.request
    if (!request) return
    calls.push({
      path: new URL(request.url, 'http://platform').pathname,
      body: jsonBody(request.body.text),
    })
  })
  return { calls, stop }
}

function jsonBody(text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
