/**
 * Turns every call to the mock platform into an Exchange (every API call the bot makes is recorded
 * like a push) and applies injected faults before the route runs. What the route answers is
 * captured as it is sent (capture-response.ts), so routes stay unaware of recording.
 *
 * This runs on every API call, so it does only what the record needs: the secrets' pattern is
 * compiled once per set of secrets (redact-rules.ts), notes are merged in place, and the Exchange
 * is built once, when the route has ended its answer.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type {
  AppliedFault,
  ApiExchange,
  Attempt,
  Exchange,
  HeaderList,
  NetworkError,
  OauthExchange,
  PlatformAnalysis,
  RecordedBody,
  RecordedRequest,
} from '../../../shared/model/exchange'
import type { PlatformContext } from '../../context/platform-context'
import { rawHeaderList } from '../../runtime/node-http'
import { recordedBody } from '../../runtime/recorded-body'
import { isTapped, tapResponse } from './capture-response'
import { redactSecretsInBody, redactSecretsInHeaders, redactSecretsInUrl } from './redact'
import { sendWechatJson, wechatError } from './wechat-json'

/** Set by routes that know more: the account, the user, the errcode they answered. */
export interface ExchangeNotes {
  accountId?: string
  openid?: string
  errcode?: number
  /** Facts for the Exchange's analysis (/sns calls note OAuth facts on an 'api' Exchange). */
  analysis?: PlatformAnalysis
}

declare module 'express-serve-static-core' {
  interface Locals {
    exchangeNotes?: ExchangeNotes
  }
}

/** Whether this call is being recorded: the transport-error handler must not record it twice. */
export function isRecorded(res: Response): boolean {
  return isTapped(res)
}

/** Routes call this to attach what they learned to the Exchange being recorded. */
export function noteExchange(res: Response, notes: ExchangeNotes): void {
  const current = res.locals.exchangeNotes
  if (current) Object.assign(current, notes)
  else res.locals.exchangeNotes = { ...notes }
}

function responseHeaders(res: Response): HeaderList {
  const out: [string, string][] = []
  for (const name of res.getHeaderNames()) {
    const value = res.getHeader(name)
    out.push([name, Array.isArray(value) ? value.join(', ') : String(value)])
  }
  return out
}

/**
 * The path as the client sent it. `req.path` is relative to the mount point, so under
 * `app.use('/cgi-bin', …)` it would read "/token" and miss fault rules keyed "/cgi-bin/token".
 */
function fullPath(req: Request): string {
  const url = req.originalUrl
  const at = url.indexOf('?')
  return at < 0 ? url : url.slice(0, at)
}

const EMPTY = Buffer.alloc(0)

function requestBody(req: Request): Buffer {
  const body: unknown = req.body
  if (Buffer.isBuffer(body)) return body
  if (typeof body === 'string') return Buffer.from(body, 'utf8')
  return EMPTY
}

/** What the route sent, as the Exchange keeps it. */
function capturedBody(chunks: readonly Buffer[]): RecordedBody {
  if (chunks.length === 0) return { text: '', bytes: 0 }
  return recordedBody(chunks.length === 1 ? (chunks[0] ?? EMPTY) : Buffer.concat(chunks))
}

interface CallFacts {
  readonly kind: 'api' | 'oauth'
  readonly path: string
  readonly startedAt: number
  readonly simTime: number
  readonly fault: AppliedFault | undefined
}

function exchangeOf(
  ctx: PlatformContext,
  req: Request,
  res: Response,
  call: CallFacts,
  answer: { readonly chunks: readonly Buffer[] } | { readonly error: NetworkError },
): Exchange {
  const notes = res.locals.exchangeNotes ?? {}
  // Every Exchange passes here — refused, malformed, oversize and dropped calls included — so
  // this is the one place the request is redacted (http/redact.ts).
  const secrets = ctx.directory.listAccounts().map((a) => a.appSecret)
  const request: RecordedRequest = {
    method: req.method,
    url: redactSecretsInUrl(req.originalUrl, secrets),
    headers: redactSecretsInHeaders(rawHeaderList(req), secrets),
    body: recordedBody(redactSecretsInBody(requestBody(req), secrets)),
  }
  const durationMs = Date.now() - call.startedAt
  const attempt: Attempt =
    'error' in answer
      ? { index: 1, startedAt: call.startedAt, durationMs, request, error: answer.error }
      : {
          index: 1,
          startedAt: call.startedAt,
          durationMs,
          request,
          response: {
            status: res.statusCode,
            headers: responseHeaders(res),
            body: capturedBody(answer.chunks),
          },
        }
  const base = {
    id: ctx.newExchangeId(),
    accountId: notes.accountId ?? '',
    ...(notes.openid === undefined ? {} : { openid: notes.openid }),
    title: redactSecretsInUrl(call.path, secrets),
    simTime: call.simTime,
    attempts: [attempt],
    ...(call.fault ? { fault: call.fault } : {}),
    ...(notes.errcode === undefined ? {} : { errcode: notes.errcode }),
  }
  const analysis = notes.analysis ? { analysis: notes.analysis } : {}
  return call.kind === 'api'
    ? ({ ...base, kind: 'api', ...analysis } satisfies ApiExchange)
    : ({ ...base, kind: 'oauth', ...analysis } satisfies OauthExchange)
}

/**
 * Records this call and applies its fault, then `proceed`s (the route, or whatever answers) unless
 * the fault answered or dropped it. The Exchange is published as soon as the answer is complete,
 * before its last bytes reach the client.
 * Call after the body was read (express.raw) so the exact request bytes are on the record.
 */
export function recordCall(
  ctx: PlatformContext,
  kind: 'api' | 'oauth',
  req: Request,
  res: Response,
  proceed: () => void,
): void {
  const path = fullPath(req)
  const call: CallFacts = {
    kind,
    path,
    startedAt: Date.now(),
    simTime: ctx.clock.nowSeconds(),
    fault: ctx.faults.take(path),
  }
  const { fault } = call

  if (fault?.kind === 'drop') {
    // Like a network failure: the bot's HTTP client sees the socket close without an answer.
    tapResponse(res)
    const error: NetworkError = {
      code: 'connection-reset',
      message: 'fault injected: connection dropped',
    }
    ctx.bus.emit('exchange', exchangeOf(ctx, req, res, call, { error }))
    req.socket.destroy()
    return
  }
  tapResponse(res, (chunks) =>
    ctx.bus.emit('exchange', exchangeOf(ctx, req, res, call, { chunks })),
  )
  if (!fault) {
    proceed()
    return
  }
  const go = (): void => {
    if (fault.kind === 'errcode' && fault.errcode !== undefined) {
      noteExchange(res, { errcode: fault.errcode })
      sendWechatJson(res, wechatError(fault.errcode, ctx.random))
      return
    }
    proceed()
  }
  if (fault.kind === 'latency' && fault.latencyMs !== undefined) {
    setTimeout(go, fault.latencyMs)
  } else {
    go()
  }
}

/**
 * `kind` is 'api' for /cgi-bin and /sns, 'oauth' for the authorize pages. Mount after a raw body
 * parser (express.raw) so the exact request bytes are available.
 */
export function recordExchange(ctx: PlatformContext, kind: 'api' | 'oauth'): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    recordCall(ctx, kind, req, res, () => next())
  }
}
