/**
 * The gateways (docs/phone-browser.md "Gateways"): one loopback listener per real origin the phone
 * browser has visited, made on first use and kept until the core stops. Bounded: a page that
 * keeps inventing origins meets a clear refusal, not a machine full of listeners. A new walk the
 * user starts may make room by closing the gateway used least recently; a page never does.
 */
import type { Listening } from '../runtime/listen'
import type { Route } from './routing'

/** More than a walk through a bot, WeChat's hosts and a few sites ever needs. */
export const DEFAULT_GATEWAY_LIMIT = 24

export interface Gateway {
  readonly route: Route
  /** Where the frame loads it, e.g. http://127.0.0.1:40001 */
  readonly origin: string
}

export class GatewayLimitError extends Error {
  readonly code = 'gateway-limit'
  readonly limit: number
  constructor(limit: number) {
    super(`the phone browser already has ${limit} gateways open (one per site visited)`)
    this.name = 'GatewayLimitError'
    this.limit = limit
  }
}

export class GatewaysClosedError extends Error {
  readonly code = 'gateways-closed'
  constructor() {
    super('the phone browser has stopped')
    this.name = 'GatewaysClosedError'
  }
}

interface Entry {
  readonly route: Route
  readonly gateway: Promise<Gateway>
  listening?: Listening
  origin?: string
  lastUsed: number
}

export interface GatewayRegistryOptions {
  readonly limit?: number
  /** Starts a listener on 127.0.0.1 for this route. */
  readonly listen: (route: Route) => Promise<Listening>
}

export class GatewayRegistry {
  private readonly entries = new Map<string, Entry>()
  private readonly limit: number
  private closed = false
  private uses = 0

  private readonly options: GatewayRegistryOptions

  constructor(options: GatewayRegistryOptions) {
    this.options = options
    this.limit = options.limit ?? DEFAULT_GATEWAY_LIMIT
  }

  /**
   * The gateway of a route's real origin, started when there is none yet. Concurrent callers for
   * the same origin share one listener.
   * @param makeRoom close the least recently used gateway when the limit is reached (a walk the
   *   user starts) instead of refusing (a page's own navigation).
   * @throws GatewayLimitError, GatewaysClosedError
   */
  async open(route: Route, makeRoom = false): Promise<Gateway> {
    if (this.closed) throw new GatewaysClosedError()
    const existing = this.entries.get(route.realOrigin)
    if (existing) {
      existing.lastUsed = ++this.uses
      return existing.gateway
    }
    if (this.entries.size >= this.limit) {
      if (!makeRoom || !(await this.closeLeastRecent())) throw new GatewayLimitError(this.limit)
      // Another caller may have opened this origin while the old listener closed.
      return this.open(route, false)
    }
    const entry: Entry = {
      route,
      lastUsed: ++this.uses,
      gateway: this.options.listen(route).then(async (listening) => {
        if (this.closed) {
          await listening.close().catch(() => undefined)
          throw new GatewaysClosedError()
        }
        entry.listening = listening
        entry.origin = `http://127.0.0.1:${listening.port}`
        return { route, origin: entry.origin }
      }),
    }
    this.entries.set(route.realOrigin, entry)
    entry.gateway.catch(() => {
      if (this.entries.get(route.realOrigin) === entry) this.entries.delete(route.realOrigin)
    })
    return entry.gateway
  }

  /** Marks a gateway as in use (each request it serves), for the least-recently-used choice. */
  touch(realOrigin: string): void {
    const entry = this.entries.get(realOrigin)
    if (entry) entry.lastUsed = ++this.uses
  }

  /** The gateway listening at a gateway origin (to translate Origin and Referer back). */
  byOrigin(origin: string): Gateway | undefined {
    for (const entry of this.entries.values()) {
      if (entry.origin === origin && entry.listening) {
        return { route: entry.route, origin }
      }
    }
    return undefined
  }

  /** Every gateway open now, as gateway origin → real origin. */
  list(): { readonly origin: string; readonly realOrigin: string }[] {
    const out: { origin: string; realOrigin: string }[] = []
    for (const [realOrigin, entry] of this.entries) {
      if (entry.origin && entry.listening) out.push({ origin: entry.origin, realOrigin })
    }
    return out
  }

  /** Closes every gateway; later open() calls are refused. */
  async closeAll(): Promise<void> {
    this.closed = true
    const pending = [...this.entries.values()]
    this.entries.clear()
    await Promise.all(
      pending.map(async (entry) => {
        // A listener still starting closes itself when it sees `closed` (open() above).
        if (entry.listening) await entry.listening.close().catch(() => undefined)
        else await entry.gateway.catch(() => undefined)
      }),
    )
  }

  private async closeLeastRecent(): Promise<boolean> {
    let oldest: [string, Entry] | undefined
    for (const pair of this.entries) {
      if (!pair[1].listening) continue
      if (!oldest || pair[1].lastUsed < oldest[1].lastUsed) oldest = pair
    }
    if (!oldest) return false
    this.entries.delete(oldest[0])
    await oldest[1].listening?.close().catch(() => undefined)
    return true
  }
}
