/**
 * HAR files (HAR 1.2, as Chrome's and Firefox's devtools, Charles, mitmproxy and Fiddler export
 * them): every POST whose body is a push becomes a message with the request's query and headers,
 * and the response as the recorded reply; every other entry is skipped with its reason (a GET —
 * URL verification, images, pages —, a JSON API call, a form post …).
 * Tools differ in small ways handled here: bodies may be base64 (`encoding: "base64"`, mitmproxy
 * and Charles for binary), a response without a body has no `text`, a failed request has status 0.
 */
import type { Account } from '../../../shared/model/account'
import type { CaptureSource } from '../../../shared/model/capture'
import { decodeText } from './decode-text'
import type { DecodedText } from './decode-text'
import { readPushBody } from './read-push-body'
import type { ReportBuilder } from './report-builder'

interface HarNameValue {
  name?: unknown
  value?: unknown
}

interface HarEntry {
  request?: {
    method?: unknown
    url?: unknown
    headers?: unknown
    queryString?: unknown
    postData?: { text?: unknown; encoding?: unknown }
  }
  response?: {
    status?: unknown
    content?: { text?: unknown; encoding?: unknown; size?: unknown }
  }
}

/** A parsed JSON document that is a HAR: `{ log: { entries: [...] } }`. */
export function isHar(doc: unknown): doc is { log: { entries: unknown[] } } {
  if (typeof doc !== 'object' || doc === null || !('log' in doc)) return false
  const log = doc.log
  return typeof log === 'object' && log !== null && 'entries' in log && Array.isArray(log.entries)
}

export function importHar(
  entries: readonly unknown[],
  base: Omit<CaptureSource, 'index'>,
  accounts: readonly Account[],
  out: ReportBuilder,
): void {
  entries.forEach((raw, index) => {
    const source = { ...base, index }
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as HarEntry
    const request = entry.request
    const method = typeof request?.method === 'string' ? request.method.toUpperCase() : ''
    const url = typeof request?.url === 'string' ? request.url : ''
    if (request === undefined || method === '') {
      out.skip(source, 'not-har', 'the entry has no request method')
      return
    }
    if (method !== 'POST') {
      out.skip(source, 'not-a-post', `${method} ${url}`)
      return
    }
    const body = harBody(request.postData?.text, request.postData?.encoding)
    if (body === undefined) {
      out.skip(source, 'empty', `POST ${url} has no body in the HAR`)
      return
    }
    const reading = readPushBody(body.text, accounts)
    if (!reading.ok) {
      out.skip(
        source,
        reading.reason,
        reading.detail === undefined ? `POST ${url}` : `POST ${url}: ${reading.detail}`,
      )
      return
    }
    const reply = recordedReply(entry.response)
    out.found(source, {
      ...reading.push,
      original: body,
      query: queryOf(url, request.queryString),
      headers: headersOf(request.headers),
      ...(reply === undefined ? {} : { recordedReply: reply }),
    })
  })
}

function harBody(text: unknown, encoding: unknown): DecodedText | undefined {
  if (typeof text !== 'string' || text === '') return undefined
  if (encoding === 'base64') return decodeText(Buffer.from(text, 'base64'))
  return { text }
}

function recordedReply(
  response: HarEntry['response'],
): { status: number; body: string } | undefined {
  const status = response?.status
  // Status 0 is how devtools record a request that got no answer (timeout, connection closed).
  if (typeof status !== 'number' || status <= 0) return undefined
  const content = response?.content
  const body = harBody(content?.text, content?.encoding)
  if (body !== undefined) return { status, body: body.text }
  // No text: an empty answer ("success" with no body) when the size says so; otherwise the tool
  // left the body out, and a reply we do not know must not be compared against.
  return content?.size === 0 ? { status, body: '' } : undefined
}

/** The query as the URL carries it (HAR `queryString` is decoded differently from tool to tool). */
function queryOf(url: string, queryString: unknown): Record<string, string> {
  const query: Record<string, string> = {}
  try {
    for (const [name, value] of new URL(url).searchParams) if (!(name in query)) query[name] = value
    return query
  } catch {
    for (const pair of Array.isArray(queryString) ? (queryString as HarNameValue[]) : []) {
      if (
        typeof pair.name === 'string' &&
        typeof pair.value === 'string' &&
        !(pair.name in query)
      ) {
        query[pair.name] = pair.value
      }
    }
    return query
  }
}

function headersOf(headers: unknown): [string, string][] {
  if (!Array.isArray(headers)) return []
  return (headers as HarNameValue[])
    .filter((h) => typeof h.name === 'string' && typeof h.value === 'string')
    .map((h) => [h.name as string, h.value as string])
}
