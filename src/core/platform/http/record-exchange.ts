/**
 * Express middleware that turns every call to the mock platform into an Exchange (every API call the
 * bot makes is recorded like a push) and applies injected faults before the route runs.
 * The response body is captured by wrapping res.write/res.end, so routes stay unaware of recording.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type {
  ApiExchange,
  Exchange,
  HeaderList,
  PlatformAnalysis,
  OauthExchange,
} from '../../../shared/model/exchange'
import type { PlatformContext } from '../../context/platform-context'
import { rawHeaderList } from '../../runtime/node-http'
import { recordedBody } from '../../runtime/recorded-body'
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

/** Routes call this to attach what they learned to the Exchange being recorded. */
export function noteExchange(res: Response, notes: ExchangeNotes): void {
  res.locals.exchangeNotes = { ...res.locals.exchangeNotes, ...notes }
}

function responseHeaders(res: Response): HeaderList {
  return Object.entries(res.getHeaders()).map(([k, v]) => [
    k,
    Array.isArray(v) ? v.join(', ') : String(v),
  ])
}

/**
 * The path as the client sent it. `req.path` is relative to the mount point, so under
 * `app.use('/cgi-bin', …)` it would read "/token" and miss fault rules keyed "/cgi-bin/token".
 */
function fullPath(req: Request): string {
  return req.originalUrl.split('?')[0] ?? '/'
}

function requestBody(req: Request): Buffer {
  const body: unknown = req.body
  if (Buffer.isBuffer(body)) return body
  if (typeof body === 'string') return Buffer.from(body, 'utf8')
  return Buffer.alloc(0)
}

/**
 * `kind` is 'api' for /cgi-bin and /sns, 'oauth' for the authorize pages. Mount after a raw body
 * parser (express.raw) so the exact request bytes are available.
 */
export function recordExchange(ctx: PlatformContext, kind: 'api' | 'oauth'): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const startedAt = Date.now()
    const simTime = ctx.clock.nowSeconds()
    const chunks: Buffer[] = []
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => Response
    const keep = (chunk: unknown): void => {
      if (Buffer.isBuffer(chunk)) chunks.push(chunk)
      else if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, 'utf8'))
    }
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk)
      return write(chunk, ...rest)
    }) as Response['write']
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && typeof chunk !== 'function') keep(chunk)
      return end(chunk, ...rest)
    }) as Response['end']

    const path = fullPath(req)
    const fault = ctx.faults.take(path)
    const publish = (error?: { code: 'connection-reset'; message: string }): void => {
      const notes = res.locals.exchangeNotes ?? {}
      // Every Exchange passes here — refused, malformed, oversize and dropped calls included — so
      // this is the one place the request is redacted (http/redact.ts).
      const secrets = ctx.directory.listAccounts().map((a) => a.appSecret)
      const base = {
        id: ctx.newExchangeId(),
        accountId: notes.accountId ?? '',
        ...(notes.openid === undefined ? {} : { openid: notes.openid }),
        title: redactSecretsInUrl(path, secrets),
        simTime,
        attempts: [
          {
            index: 1,
            startedAt,
            durationMs: Date.now() - startedAt,
            request: {
              method: req.method,
              url: redactSecretsInUrl(req.originalUrl, secrets),
              headers: redactSecretsInHeaders(rawHeaderList(req), secrets),
              body: recordedBody(redactSecretsInBody(requestBody(req), secrets)),
            },
            ...(error
              ? { error }
              : {
                  response: {
                    status: res.statusCode,
                    headers: responseHeaders(res),
                    body: recordedBody(Buffer.concat(chunks)),
                  },
                }),
          },
        ],
        ...(fault ? { fault } : {}),
        ...(notes.errcode === undefined ? {} : { errcode: notes.errcode }),
      }
      const exchange: Exchange =
        kind === 'api'
          ? ({
              ...base,
              kind,
              ...(notes.analysis ? { analysis: notes.analysis } : {}),
            } satisfies ApiExchange)
          : ({
              ...base,
              kind,
              ...(notes.analysis ? { analysis: notes.analysis } : {}),
            } satisfies OauthExchange)
      ctx.bus.emit('exchange', exchange)
    }

    if (fault?.kind === 'drop') {
      // Like a network failure: the bot's HTTP client sees the socket close without an answer.
      publish({ code: 'connection-reset', message: 'fault injected: connection dropped' })
      req.socket.destroy()
      return
    }
    res.on('finish', () => publish())
    const proceed = (): void => {
      if (fault?.kind === 'errcode' && fault.errcode !== undefined) {
        noteExchange(res, { errcode: fault.errcode })
        sendWechatJson(res, wechatError(fault.errcode, ctx.random))
        return
      }
      next()
    }
    if (fault?.kind === 'latency' && fault.latencyMs !== undefined) {
      setTimeout(proceed, fault.latencyMs)
    } else {
      proceed()
    }
  }
}
