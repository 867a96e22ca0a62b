/**
 * mpsim's own records: the exchange log (exchanges.ndjson, one Exchange per line) and what the
 * inspector exports (a JSON array, or the same NDJSON). Each push exchange becomes a message with
 * its plaintext XML, the request's query and headers, the body as sent and the bot's last answer;
 * other kinds (API calls, verification, OAuth, pages) are skipped as not pushes.
 */
import type { Account } from '../../../shared/model/account'
import type { CaptureSource } from '../../../shared/model/capture'
import { exchangeSchema } from '../../../shared/model/exchange-schema'
import type { Attempt } from '../../../shared/model/exchange'
import { readPushBody } from './read-push-body'
import type { ReportBuilder } from './report-builder'

export function importExchange(
  record: unknown,
  source: CaptureSource,
  accounts: readonly Account[],
  out: ReportBuilder,
): void {
  const parsed = exchangeSchema.safeParse(record)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `
    out.skip(source, 'not-an-exchange', `${where}${issue?.message ?? 'not an mpsim exchange'}`)
    return
  }
  const exchange = parsed.data
  if (exchange.kind !== 'push') {
    out.skip(source, 'not-a-push', `${exchange.kind} exchange ${exchange.id} (${exchange.title})`)
    return
  }
  // The plaintext is what was pushed; the bytes on the wire (maybe encrypted) are the original.
  const reading = readPushBody(exchange.analysis.plainXml, accounts)
  if (!reading.ok) {
    out.skip(source, reading.reason, `push exchange ${exchange.id}: ${reading.detail ?? ''}`)
    return
  }
  const first = exchange.attempts[0]
  const last = exchange.attempts.at(-1)
  const reply = last?.response
  out.found(source, {
    ...reading.push,
    encrypted: exchange.analysis.mode !== 'plain',
    original: first
      ? {
          text: first.request.body.text,
          ...(first.request.body.base64 === undefined ? {} : { base64: first.request.body.base64 }),
        }
      : { text: exchange.analysis.plainXml },
    ...(first
      ? {
          query: queryOf(first),
          headers: first.request.headers.map(([n, v]) => [n, v] as [string, string]),
        }
      : {}),
    ...(reply ? { recordedReply: { status: reply.status, body: reply.body.text } } : {}),
    exchangeId: exchange.id,
  })
}

function queryOf(attempt: Attempt): Record<string, string> {
  const query: Record<string, string> = {}
  try {
    const url = new URL(attempt.request.url)
    for (const [name, value] of url.searchParams) if (!(name in query)) query[name] = value
  } catch {
    // A recorded URL is always absolute; a hand-edited one without a query keeps none.
  }
  return query
}
