/**
 * Searching and exporting the whole exchange log since the last clear (docs/workspace.md
 * "Searching the whole log"), with the inspector's own filter (matchesExchange) deciding every
 * match. Three sources, newest to oldest:
 * - the in-memory window (the newest exchanges, with any update of an id applied);
 * - exchanges appended but not yet in the index (being written, or written a moment ago);
 * - the index: candidate lines read from disk, parsed, checked against the exchange schema as
 *   start-up checks them (an invalid line is skipped) and returned as written, so an exchange
 *   reads the same whichever source it came from, and an export holds the lines of the file.
 * An id met in a newer source is never listed again from an older one, so an exchange recorded
 * twice (an update) is listed once, by its newest record.
 */
import type { Exchange } from '../../../shared/model/exchange'
import { matchesExchange } from '../../../shared/model/exchange-summary'
import type { ExchangeFilter } from '../../../shared/model/exchange-summary'
import { checkJson } from '../load-json-file'
import { exchangeLineSchema } from '../schemas/exchange'
import { rawIdCheck } from './raw-check'
import { candidateRecords, planQuery } from './read-segment'
import type { SegmentView } from './read-segment'

export interface LogSources {
  readonly root: string
  /** The window, oldest first. */
  readonly window: readonly Exchange[]
  /** Appended and not yet indexed, oldest first. */
  readonly unindexed: readonly Exchange[]
  /** Newest first. */
  readonly segments: readonly SegmentView[]
}

function matches(exchange: Exchange, filter: ExchangeFilter): boolean {
  try {
    return matchesExchange(exchange, filter)
  } catch {
    return false // a record too broken to look at is not a match (the schema would refuse it)
  }
}

/** A record read from disk, as an Exchange when it matches and is one. */
function indexedMatch(
  record: unknown,
  filter: ExchangeFilter,
  seen: Set<string>,
): Exchange | undefined {
  const id = (record as { id?: unknown }).id
  if (typeof id !== 'string' || seen.has(id)) return undefined
  seen.add(id)
  if (!matches(record as Exchange, filter)) return undefined
  return isExchange(record) ? record : undefined
}

function isExchange(record: unknown): record is Exchange {
  return checkJson(exchangeLineSchema, record).ok
}

/** The newest `limit` exchanges that match, oldest first. */
export async function searchLog(
  sources: LogSources,
  filter: ExchangeFilter,
  limit: number,
): Promise<Exchange[]> {
  const found: Exchange[] = []
  const seen = new Set<string>()
  for (const source of [sources.window, sources.unindexed]) {
    for (let i = source.length - 1; i >= 0 && found.length < limit; i -= 1) {
      const exchange = source[i]
      if (exchange === undefined || seen.has(exchange.id)) continue
      seen.add(exchange.id)
      if (matches(exchange, filter)) found.push(exchange)
    }
  }
  if (found.length < limit) {
    // Every id of the newer sources, matching or not: their older lines are not listed.
    for (const source of [sources.window, sources.unindexed]) for (const e of source) seen.add(e.id)
    const plan = planQuery(filter)
    const records = candidateRecords(sources.root, sources.segments, plan, 'newest-first')
    for await (const batch of records) {
      for (const record of batch) {
        const exchange = indexedMatch(record, filter, seen)
        if (exchange !== undefined) found.push(exchange)
        if (found.length >= limit) break
      }
      if (found.length >= limit) {
        await records.return(undefined)
        break
      }
    }
  }
  return found.reverse()
}

/** Every exchange that matches, oldest first, a batch at a time. */
export async function* exportLog(
  sources: LogSources,
  filter: ExchangeFilter,
): AsyncGenerator<Exchange[]> {
  const seen = new Set<string>()
  for (const source of [sources.window, sources.unindexed]) for (const e of source) seen.add(e.id)
  const plan = planQuery(filter)
  const oldestFirst = sources.segments.slice().reverse()
  for await (const batch of candidateRecords(sources.root, oldestFirst, plan, 'oldest-first')) {
    const out: Exchange[] = []
    for (const record of batch) {
      const exchange = indexedMatch(record, filter, seen)
      if (exchange !== undefined) out.push(exchange)
    }
    if (out.length > 0) yield out
  }
  const inWindow = new Set(sources.window.map((e) => e.id))
  const newest = sources.unindexed.filter((e) => !inWindow.has(e.id)).concat(sources.window)
  const out = newest.filter((e) => matches(e, filter))
  if (out.length > 0) yield out
}

/** The newest record of `id` in the log, or undefined. */
export async function findInLog(sources: LogSources, id: string): Promise<Exchange | undefined> {
  for (const source of [sources.window, sources.unindexed]) {
    for (let i = source.length - 1; i >= 0; i -= 1) if (source[i]?.id === id) return source[i]
  }
  // The id is in its exchange's search text: the filters narrow the read to its blocks.
  const records = candidateRecords(
    sources.root,
    sources.segments,
    { ...planQuery({ q: id }), check: rawIdCheck(id) },
    'newest-first',
  )
  for await (const batch of records) {
    for (const record of batch) {
      if ((record as { id?: unknown }).id !== id) continue
      await records.return(undefined)
      return isExchange(record) ? record : undefined
    }
  }
  return undefined
}
