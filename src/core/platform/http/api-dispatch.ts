/**
 * The one middleware in front of every platform API: finds the route by its path (route-table.ts),
 * reads the body, records the call as an Exchange with its fault applied (record-exchange.ts) and
 * runs the route. /cgi-bin and /sns calls are recorded whether or not mpsim knows the path; what
 * else is in the table (WeChat's /customservice paths) is answered but not recorded.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import { DeclaredBodyTooLarge } from '../../runtime/body-limit'
import { recordCall } from './record-exchange'
import type { RouteHandler, RouteTable } from './route-table'

const RECORDED_PREFIXES = ['/cgi-bin', '/sns']

/** Under /cgi-bin or /sns, matched as Express matches a mount path (regardless of case). */
export function isRecordedApiPath(path: string): boolean {
  const lower = path.toLowerCase()
  return RECORDED_PREFIXES.some(
    (prefix) =>
      lower.startsWith(prefix) && (lower.length === prefix.length || lower[prefix.length] === '/'),
  )
}

export interface ApiDispatchOptions {
  /**
   * The largest body this call may declare. Over it the call is refused before a byte is read,
   * as runtime/body-limit.ts does for the rest of the server (the error handler answers it).
   */
  readonly bodyLimit: (req: Request) => number
  /** Reads the request body into req.body (express.raw), with the limit its path allows. */
  readonly readBody: RequestHandler
  /**
   * Answers a recorded path that no route has (WeChat's 40066). Without it such a call is still
   * recorded, then passed on to the next middleware.
   */
  readonly unknown?: RouteHandler
}

/** A recorded path nobody answers here goes on to the next middleware. */
const passOn: RouteHandler = (_req, _res, next) => next()

/**
 * Routes may run from a callback (the body read, a latency fault): a throw there must still reach
 * the error handler instead of ending the process.
 */
function run(handler: RouteHandler, req: Request, res: Response, next: NextFunction): void {
  try {
    handler(req, res, next)
  } catch (error) {
    next(error)
  }
}

/** Whether a body follows the headers, as body-parser decides it (type-is hasBody). */
function announcesBody(req: Request): boolean {
  return (
    req.headers['transfer-encoding'] !== undefined || req.headers['content-length'] !== undefined
  )
}

/**
 * Mount first: an API call then passes through no other middleware. Every path it does not know
 * goes on to the next one.
 */
export function apiDispatch(
  ctx: PlatformContext,
  routes: RouteTable,
  options: ApiDispatchOptions,
): RequestHandler {
  const { bodyLimit, readBody } = options
  const unknown = options.unknown ?? passOn
  return (req, res, next) => {
    const path = req.path
    const route = routes.find(path)
    const recorded = isRecordedApiPath(path)
    if (!route && !recorded) {
      next()
      return
    }
    const handler = route ?? unknown
    // Most calls are GETs without a body: nothing to check or read.
    if (!announcesBody(req)) {
      if (recorded) recordCall(ctx, 'api', req, res, () => run(handler, req, res, next))
      else run(handler, req, res, next)
      return
    }
    // Node's parser already refused a Content-Length that is not a number (400).
    const declared = Number(req.headers['content-length'] ?? 0)
    const limit = bodyLimit(req)
    if (declared > limit) {
      res.setHeader('Connection', 'close')
      next(new DeclaredBodyTooLarge(declared, limit))
      return
    }
    readBody(req, res, (error?: unknown) => {
      // Answered, not recorded: WeChat's /customservice paths.
      if (!recorded) {
        if (error) next(error)
        else run(handler, req, res, next)
        return
      }
      // A body that could not be read is recorded too: the error handler answers it.
      recordCall(ctx, 'api', req, res, () => (error ? next(error) : run(handler, req, res, next)))
    })
  }
}
