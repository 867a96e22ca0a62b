/**
 * The inspector's search of the whole exchange log: the app keeps only the recent exchanges in
 * memory, so when a search or a filter is set the core is asked too (listExchanges with the same
 * filter), debounced, and the matches it finds that are not in memory are added to the list —
 * older exchanges included. In-memory exchanges keep being matched here (they are live); the
 * core's answer only adds what memory lacks, so the two never disagree about a row.
 */
import { useEffect, useMemo, useState } from 'react'
import type { Exchange } from '../../../../shared/model/exchange'
import type { ExchangeFilter } from '../../../../shared/model/exchange-summary'
import { useControlClient } from '../../api/client-context'

/** How many matches the core is asked for: the newest that many. */
export const WHOLE_LOG_LIMIT = 500
/** After the last change of the filter (the search box has its own debounce before this). */
const DEBOUNCE_MS = 250

export type WholeLogSearch =
  | { readonly status: 'off' }
  | { readonly status: 'searching' }
  /** `found`: matches the core returned; `capped`: it had more than it was asked for. */
  | { readonly status: 'done'; readonly found: number; readonly capped: boolean }
  | { readonly status: 'failed' }

export function useWholeLogSearch(
  filter: ExchangeFilter,
  active: boolean,
  /** Bumped to ask again with the same filter (after the log was cleared). */
  generation: number,
): { search: WholeLogSearch; answer: readonly Exchange[] } {
  const client = useControlClient()
  const key = active ? JSON.stringify(filterInput(filter)) : ''
  const [state, setState] = useState<{
    key: string
    generation: number
    result: { list: readonly Exchange[] } | 'failed'
  }>()
  useEffect(() => {
    if (key === '') return
    let live = true
    const timer = setTimeout(() => {
      const input = JSON.parse(key) as ExchangeFilter
      client.listExchanges({ ...input, limit: WHOLE_LOG_LIMIT }).then(
        (list) => live && setState({ key, generation, result: { list } }),
        () => live && setState({ key, generation, result: 'failed' }),
      )
    }, DEBOUNCE_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [client, key, generation])
  const current = state && state.key === key && state.generation === generation ? state : undefined
  const answer = useMemo(
    () => (current && current.result !== 'failed' ? current.result.list : NONE),
    [current],
  )
  if (key === '') return { search: { status: 'off' }, answer: NONE }
  if (!current) return { search: { status: 'searching' }, answer: NONE }
  if (current.result === 'failed') return { search: { status: 'failed' }, answer: NONE }
  return {
    search: {
      status: 'done',
      found: current.result.list.length,
      capped: current.result.list.length >= WHOLE_LOG_LIMIT,
    },
    answer,
  }
}

const NONE: readonly Exchange[] = []

/** The filter as the core takes it: no empty values (an empty q would match everything). */
function filterInput(filter: ExchangeFilter): ExchangeFilter {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(filter)) {
    if (typeof value === 'string' && value.trim() !== '')
      out[name] = name === 'q' ? value.trim() : value
  }
  return out
}

/**
 * The list shown: the core's matches that memory does not hold (older ones: memory keeps the
 * recent end of the log), in the core's order (oldest first), then the in-memory matches in the
 * store's order.
 */
export function mergeMatches(
  local: readonly Exchange[],
  inMemory: ReadonlySet<string>,
  fromCore: readonly Exchange[],
): { list: readonly Exchange[]; older: readonly Exchange[] } {
  const older = fromCore.filter((e) => !inMemory.has(e.id))
  return older.length === 0 ? { list: local, older } : { list: [...older, ...local], older }
}
