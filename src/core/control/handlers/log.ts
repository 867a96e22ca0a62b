/**
 * Exchange-log and phone commands of the control API: list with the inspector's filters over the
 * whole log since the last clear (docs/workspace.md "Searching the whole log"), clear (the old log
 * is archived, never deleted), export as JSON or NDJSON (streamed: any size), and what each phone
 * was shown. The filter is the shared one the inspector runs in the page.
 */
import type { ExchangeFilter } from '../../../shared/model/exchange-summary'
import type { Clock } from '../../runtime/clock'
import type { PhoneLog } from '../../runtime/phone-log'
import type { Workspace } from '../../workspace'
import type { ExchangeLog } from '../../workspace/exchange-log'
import { STREAMED } from '../mount-contract'
import type { Handlers, StreamedFile } from '../mount-contract'

export interface LogHandlerDeps {
  readonly workspace: Workspace
  readonly phoneLog: PhoneLog
  readonly clock: Clock
}

export function logHandlers(
  deps: LogHandlerDeps,
): Pick<Handlers, 'listExchanges' | 'clearExchanges' | 'exportExchanges' | 'listPhoneMessages'> {
  const { workspace } = deps
  return {
    listExchanges: ({ limit, ...filter }) => workspace.exchangeLog.search(filter, limit ?? 100),
    clearExchanges: async () => {
      const archivedAs = await workspace.exchangeLog.clear(Date.now())
      deps.phoneLog.clear()
      return archivedAs === undefined ? {} : { archivedAs }
    },
    exportExchanges: ({ format, ...filter }) => {
      const stamp = new Date(deps.clock.nowMs()).toISOString().slice(0, 19).replace(/[-:]/g, '')
      return Promise.resolve(
        new ExchangeExport(workspace.exchangeLog, filter, format ?? 'json', stamp),
      )
    },
    listPhoneMessages: ({ accountId, openid }) =>
      Promise.resolve(deps.phoneLog.list(accountId, openid)),
  }
}

/**
 * The export file, made while it is sent: NDJSON (one exchange a line) or JSON (the array as
 * JSON.stringify(list, null, 2) writes it, an element at a time).
 */
class ExchangeExport implements StreamedFile {
  readonly [STREAMED] = true as const
  readonly filename: string
  readonly mediaType: string
  count = 0
  private readonly log: ExchangeLog
  private readonly filter: ExchangeFilter
  private readonly format: 'json' | 'ndjson'

  constructor(log: ExchangeLog, filter: ExchangeFilter, format: 'json' | 'ndjson', stamp: string) {
    this.log = log
    this.filter = filter
    this.format = format
    this.filename = `mpsim-exchanges-${stamp}.${format}`
    this.mediaType = format === 'ndjson' ? 'application/x-ndjson' : 'application/json'
  }

  async *text(): AsyncGenerator<string> {
    const ndjson = this.format === 'ndjson'
    this.count = 0
    if (!ndjson) yield '['
    for await (const batch of this.log.exportMatches(this.filter)) {
      let piece = ''
      for (const exchange of batch) {
        if (ndjson) {
          piece += `${JSON.stringify(exchange)}\n`
        } else {
          // Each element indented one level, as the whole array's JSON.stringify indents it.
          const element = JSON.stringify(exchange, null, 2).replace(/\n/g, '\n  ')
          piece += `${this.count === 0 ? '\n  ' : ',\n  '}${element}`
        }
        this.count += 1
      }
      yield piece
    }
    if (!ndjson) yield this.count === 0 ? ']' : '\n]'
  }
}
