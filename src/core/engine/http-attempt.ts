/**
 * One HTTP attempt towards the bot, recorded whole. mpsim's own HTTP/1.1 client is used rather than
 * fetch or node:http: WeChat's requests have an exact header set and order (protocol.md §4.2), fetch
 * would add its own (accept-encoding, sec-fetch-*, user-agent) and node:http a `Connection` header,
 * hiding the "works with mpsim, fails with WeChat" bugs we exist to expose. Nothing here throws for
 * a network failure: it becomes `attempt.error`.
 */
import type { SignatureBreakdown } from '../../shared/model/breakdowns'
import type { Attempt, HeaderList, RecordedRequest } from '../../shared/model/exchange'
import { http1Request, requestTarget } from '../runtime/http1-client'
import type { Http1Outcome, RequestTarget } from '../runtime/http1-client'
import { recordedBody } from '../runtime/recorded-body'

export interface AttemptRequest {
  readonly index: number
  readonly method: 'GET' | 'POST'
  readonly url: string
  /** Sent in this order, with these exact names. */
  readonly headers: HeaderList
  readonly body?: Buffer
  /** WeChat drops the connection at 5 s (protocol.md §7.3). */
  readonly timeoutMs: number
  /** Bodies above this are cut and reported as too-large (a bot streaming forever). */
  readonly maxResponseBytes?: number
  /** Recorded on the attempt: the `signature` (and `msg_signature`) this request carries. */
  readonly signature?: SignatureBreakdown
  readonly msgSignature?: SignatureBreakdown
}

const DEFAULT_MAX_RESPONSE = 4 * 1024 * 1024
const EMPTY = Buffer.alloc(0)

export function sendAttempt(req: AttemptRequest): Promise<Attempt> {
  const startedAt = Date.now()
  const started = performance.now()
  const body = req.body ?? EMPTY
  const sent: AttemptStart = {
    index: req.index,
    startedAt,
    started,
    request: { method: req.method, url: req.url, headers: req.headers, body: recordedBody(body) },
    signatures: {
      ...(req.signature ? { signature: req.signature } : {}),
      ...(req.msgSignature ? { msgSignature: req.msgSignature } : {}),
    },
  }
  return new Promise<Attempt>((resolve) => {
    let target: RequestTarget
    try {
      target = requestTarget(req.url)
    } catch {
      resolve(recorded(sent, { error: { code: 'other', message: `not a URL: ${req.url}` } }))
      return
    }
    try {
      http1Request(
        {
          method: req.method,
          target,
          headers: req.headers,
          body,
          timeoutMs: req.timeoutMs,
          maxResponseBytes: req.maxResponseBytes ?? DEFAULT_MAX_RESPONSE,
        },
        (outcome) => resolve(recorded(sent, outcome)),
      )
    } catch (error) {
      // Refused before sending (a protocol other than http/https, a header value with a line
      // break from a teaching override): still a recorded attempt, not a lost push.
      const message = error instanceof Error ? error.message : String(error)
      resolve(recorded(sent, { error: { code: 'other', message } }))
    }
  })
}

interface AttemptStart {
  readonly index: number
  readonly startedAt: number
  /** performance.now() at the start, for the duration. */
  readonly started: number
  readonly request: RecordedRequest
  readonly signatures: Pick<Attempt, 'signature' | 'msgSignature'>
}

function recorded(start: AttemptStart, outcome: Http1Outcome): Attempt {
  const durationMs = Math.round((performance.now() - start.started) * 10) / 10
  const { index, startedAt, request, signatures } = start
  const { response, error } = outcome
  return response
    ? {
        index,
        startedAt,
        durationMs,
        request,
        response: {
          status: response.status,
          headers: response.headers,
          body: recordedBody(response.body),
        },
        ...signatures,
      }
    : { index, startedAt, durationMs, request, error, ...signatures }
}
