/**
 * What mpsim answers when a request never reaches an API route: a body over the size limit (HTTP
 * 413 with WeChat's 45002 "content size out of limit" [doc] and a hint), an undecodable body
 * (unsupported Content-Encoding or charset: the body-parser's 4xx with 47001), or a bug in mpsim
 * itself (HTTP 500, errcode -1, the error on stderr). The process never goes down for a request.
 */
import type { ErrorRequestHandler, Request, Response } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import { noteExchange } from '../http/record-exchange'
import { sendWechatJson, wechatError } from '../http/wechat-json'
import { noteAnalysis } from './analysis'

/** The body limit of the platform app (express.raw). */
export const BODY_LIMIT_BYTES = 1024 * 1024

interface HttpishError {
  readonly status?: number
  readonly type?: string
}

/** body-parser's errors carry `status` and `type`; anything else thrown has neither. */
function httpish(err: unknown): HttpishError {
  if (typeof err !== 'object' || err === null) return {}
  const { status, type } = err as Record<string, unknown>
  return {
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof type === 'string' ? { type } : {}),
  }
}

function send(ctx: PlatformContext, res: Response, status: number, errcode: number, hint: string) {
  noteExchange(res, { errcode })
  sendWechatJson(res, { ...wechatError(errcode, ctx.random), mpsim_hint: hint }, undefined, status)
}

/**
 * `record` runs the Exchange recorder around the answer for requests that failed before reaching
 * it (the body parser sits in front of it), so those calls are in the log too; it just answers
 * when the recorder already saw the request.
 */
export function transportErrors(
  ctx: PlatformContext,
  record: (req: Request, res: Response, answer: () => void) => void,
): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) {
      // Half an answer is already out: all that is left is to end it.
      res.end()
      return
    }
    const { status, type } = httpish(err)
    record(req, res, () => {
      if (type === 'entity.too.large') {
        noteAnalysis(res, { problem: 'body-too-large', limitBytes: BODY_LIMIT_BYTES })
        send(ctx, res, 413, 45002, `request body over ${BODY_LIMIT_BYTES} bytes`)
      } else if (status !== undefined && status >= 400 && status < 500) {
        noteAnalysis(res, { problem: 'body-unreadable', parserError: type ?? 'unknown' })
        send(ctx, res, status, 47001, `request body could not be read (${type ?? 'unknown'})`)
      } else {
        console.error('mpsim: platform route failed:', err)
        noteAnalysis(res, { problem: 'mpsim-internal-error' })
        send(ctx, res, 500, -1, 'mpsim internal error; see its log')
      }
    })
  }
}
