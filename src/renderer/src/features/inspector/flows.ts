/**
 * The phone browser's walks as flows: every page request of one walk (same analysis.walkId), plus
 * the mock platform's own OAuth and API exchanges that happened during it — the consent page it
 * served, the /sns calls the site's server made while a callback was loading — in the order they
 * happened. The platform does not know about walks (the site's server calls it directly), so its
 * exchanges join by time: one that began while a page request of the walk was in flight (a
 * request the gateway passed to the mock, or the site's server calling WeChat before it answers
 * the phone) belongs to that walk. A call made between the phone's requests — a test, the OAuth
 * steps playing the bot — is not part of it.
 */
import type { Exchange } from '../../../../shared/model/exchange'

/**
 * Slack after a page request's answer: the recorded duration ends when the gateway has the
 * answer, a hair before the platform's own record of a call made just then.
 */
export const FLOW_GRACE_MS = 250

export interface Flow {
  readonly walkId: string
  /** 1-based, in the order the walks began (the list says "walk 2"). */
  readonly number: number
  /** Oldest first: page requests and the platform's exchanges during the walk, interleaved. */
  readonly hops: readonly Exchange[]
  /** The address the walk opened (its first page request's real address). */
  readonly startUrl: string
  /** Wall-clock ms of its first request. */
  readonly startedAt: number
}

/** Where an exchange sits in its flow. */
export interface FlowPlace {
  readonly flow: Flow
  /** 0-based index in flow.hops. */
  readonly index: number
}

interface Window {
  readonly walkId: string
  readonly accountId: string
  start: number
  end: number
  readonly hops: Exchange[]
  /** [start, end] of each page request of the walk. */
  readonly spans: [number, number][]
}

const startOf = (e: Exchange): number => e.attempts[0]?.startedAt ?? 0
const endOf = (e: Exchange): number => {
  const last = e.attempts.at(-1)
  return last ? last.startedAt + last.durationMs : startOf(e)
}

/** Exchanges (any order) → the walks' flows, oldest walk first; none without page requests. */
export function walkFlows(exchanges: readonly Exchange[]): Flow[] {
  const byWalk = new Map<string, Window>()
  for (const exchange of exchanges) {
    if (exchange.kind !== 'page' || exchange.inProgress) continue
    const walkId = exchange.analysis.walkId
    if (walkId === undefined) continue
    const window = byWalk.get(walkId)
    if (window) {
      window.hops.push(exchange)
      window.spans.push([startOf(exchange), endOf(exchange)])
      window.start = Math.min(window.start, startOf(exchange))
      window.end = Math.max(window.end, endOf(exchange))
    } else {
      byWalk.set(walkId, {
        walkId,
        accountId: exchange.accountId,
        start: startOf(exchange),
        end: endOf(exchange),
        hops: [exchange],
        spans: [[startOf(exchange), endOf(exchange)]],
      })
    }
  }
  if (byWalk.size === 0) return []
  const windows = [...byWalk.values()].sort((a, b) => a.start - b.start)
  for (const exchange of exchanges) {
    if (exchange.kind !== 'oauth' && exchange.kind !== 'api') continue
    const at = startOf(exchange)
    const window = windowAt(windows, at)
    if (!window || !sameAccount(window.accountId, exchange.accountId)) continue
    if (window.spans.some(([from, to]) => from <= at && at <= to + FLOW_GRACE_MS)) {
      window.hops.push(exchange)
    }
  }
  return windows.map((window, i) => {
    const hops = [...window.hops].sort((a, b) => startOf(a) - startOf(b))
    const first = hops.find((e) => e.kind === 'page')
    return {
      walkId: window.walkId,
      number: i + 1,
      hops,
      startUrl: first?.kind === 'page' ? first.analysis.url : '',
      startedAt: window.start,
    }
  })
}

/** The walk running at `at`: the last one begun by then, if `at` is before its end (+ grace). */
function windowAt(windows: readonly Window[], at: number): Window | undefined {
  let lo = 0
  let hi = windows.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (windows[mid]!.start <= at) {
      found = mid
      lo = mid + 1
    } else {
      hi = mid - 1
    }
  }
  const window = windows[found]
  return window && at <= window.end + FLOW_GRACE_MS ? window : undefined
}

/** Unknown appid calls are recorded without an account: they still belong to the walk. */
function sameAccount(walkAccount: string, exchangeAccount: string): boolean {
  return walkAccount === '' || exchangeAccount === '' || walkAccount === exchangeAccount
}

/** Exchange id → its place in a flow, for the list's markers and the detail. */
export function flowPlaces(flows: readonly Flow[]): ReadonlyMap<string, FlowPlace> {
  const places = new Map<string, FlowPlace>()
  for (const flow of flows) {
    flow.hops.forEach((exchange, index) => places.set(exchange.id, { flow, index }))
  }
  return places
}
