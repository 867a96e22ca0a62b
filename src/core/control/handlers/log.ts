/**
 * Exchange-log and phone commands of the control API: list with the inspector's filters, clear
 * (the old log is archived, never deleted), export as JSON or NDJSON, and what each phone was
 * shown. The filter is the shared one the inspector runs in the page.
 */
import type { Exchange } from '../../../shared/model/exchange'
import { matchesExchange } from '../../../shared/model/exchange-summary'
import type { ExchangeFilter } from '../../../shared/model/exchange-summary'
import type { Clock } from '../../runtime/clock'
import type { PhoneLog } from '../../runtime/phone-log'
import type { Workspace } from '../../workspace'
import type { Handlers } from '../mount-contract'

export interface LogHandlerDeps {
  readonly workspace: Workspace
  readonly phoneLog: PhoneLog
  readonly clock: Clock
}

function filtered(workspace: Workspace, filter: ExchangeFilter, limit: number): Exchange[] {
  const all = workspace.exchangeLog.recent()
  const out: Exchange[] = []
  // From the newest back, so a small limit over a big window stops early.
  for (let i = all.length - 1; i >= 0 && out.length < limit; i -= 1) {
    const exchange = all[i]
    if (exchange && matchesExchange(exchange, filter)) out.push(exchange)
  }
  return out.reverse()
}

export function logHandlers(
  deps: LogHandlerDeps,
): Pick<Handlers, 'listExchanges' | 'clearExchanges' | 'exportExchanges' | 'listPhoneMessages'> {
  const { workspace } = deps
  return {
    listExchanges: ({ limit, ...filter }) =>
      Promise.resolve(filtered(workspace, filter, limit ?? 100)),
    clearExchanges: async () => {
      const archivedAs = await workspace.exchangeLog.clear(Date.now())
      deps.phoneLog.clear()
      return archivedAs === undefined ? {} : { archivedAs }
    },
    exportExchanges: ({ format, ...filter }) => {
      const list = filtered(workspace, filter, Number.POSITIVE_INFINITY)
      const stamp = new Date(deps.clock.nowMs()).toISOString().slice(0, 19).replace(/[-:]/g, '')
      const ndjson = format === 'ndjson'
      return Promise.resolve({
        filename: `mpsim-exchanges-${stamp}.${ndjson ? 'ndjson' : 'json'}`,
        mediaType: ndjson ? 'application/x-ndjson' : 'application/json',
        count: list.length,
        text: ndjson
          ? list.map((e) => JSON.stringify(e)).join('\n') + (list.length > 0 ? '\n' : '')
          : JSON.stringify(list, null, 2),
      })
    },
    listPhoneMessages: ({ accountId, openid }) =>
      Promise.resolve(deps.phoneLog.list(accountId, openid)),
  }
}
