/**
 * One line of exchanges.ndjson. Only the fields the log itself relies on (id for byId, the
 * outline the lists show) are checked: the Exchange shape is owned by shared/model/exchange.ts and
 * grows with the inspector, and an old log line must stay readable when it does.
 */
import { z } from 'zod'
import type { Exchange } from '../../../shared/model/exchange'

export const exchangeLineSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.enum(['verify', 'push', 'api', 'oauth']),
  accountId: z.string(),
  title: z.string(),
  simTime: z.number(),
  attempts: z.array(z.looseObject({})),
})

/** A line that passed the outline check; the rest of the record is trusted as written by mpsim. */
export function asExchange(line: z.infer<typeof exchangeLineSchema>): Exchange {
  return line as unknown as Exchange
}
