/**
 * Refuses a request whose declared Content-Length is over the server's body limit before a byte
 * of the body is read. Shared by the control API, the mock platform and the sample bot.
 *
 * Why the body parsers' own limit is not enough: body-parser sees the declared length is too big,
 * but then reads the body to its end before answering, and Node drains an unread body to keep the
 * connection alive. A client announcing 1 GB and sending it slowly would hold the request open
 * for as long as it likes, with nothing answered. Here the answer goes out at once with
 * `Connection: close`, so Node closes the socket after the response instead of draining it.
 *
 * The refusal is passed on as an error shaped like body-parser's own (status 413, type
 * `entity.too.large`), so each server's one error middleware answers it in its own format: the
 * platform WeChat's 45002 JSON, the control API its error body, the bot plain text.
 */
import type { NextFunction, Request, Response } from 'express'

/** Same fields as body-parser's "request entity too large" error. */
export class DeclaredBodyTooLarge extends Error {
  readonly status = 413
  readonly statusCode = 413
  readonly expose = true
  readonly type = 'entity.too.large'
  readonly expected: number
  readonly length: number
  readonly limit: number

  constructor(declared: number, limit: number) {
    super(`request entity too large: ${declared} bytes declared, the limit is ${limit}`)
    this.name = 'DeclaredBodyTooLarge'
    this.expected = declared
    this.length = declared
    this.limit = limit
  }
}

/**
 * Mount first, before any route or guard: an earlier answer (a 401, a 403) would leave the body
 * unread, and Node would drain it on a kept-alive connection. The limit is one number for the
 * server, or chosen per request (the control API's commands that take bulk input).
 * @example app.use(refuseDeclaredOversize(BODY_LIMIT_BYTES))
 */
export function refuseDeclaredOversize(limit: number | ((req: Request) => number)) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const limitBytes = typeof limit === 'number' ? limit : limit(req)
    // Node's parser already refused a Content-Length that is not a number (400).
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > limitBytes) {
      res.setHeader('Connection', 'close')
      next(new DeclaredBodyTooLarge(declared, limitBytes))
      return
    }
    next()
  }
}
