/**
 * The bot's one error middleware, and its 404. Every refusal is plain text with a status that
 * says what kind of problem it was (4xx: the request; 500: the bot), never a stack trace: a
 * stack tells an attacker about the server and tells WeChat nothing.
 */
import type { NextFunction, Request, Response } from 'express'
import { BotHttpError } from './bot-error'

/** body-parser's errors carry a `type` and a 4xx `status` (e.g. entity.too.large → 413). */
interface BodyParserError {
  type: string
  status: number
}

function isBodyParserError(error: unknown): error is BodyParserError {
  if (typeof error !== 'object' || error === null) return false
  const { type, status } = error as Record<string, unknown>
  return typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500
}

export function toBotError(error: unknown): BotHttpError | undefined {
  if (error instanceof BotHttpError) return error
  if (!isBodyParserError(error)) return undefined
  switch (error.type) {
    case 'entity.too.large':
      return new BotHttpError(
        413,
        'body-too-large',
        '请求体超过 1 MB。/ The body is larger than 1 MB; a real push is a few kilobytes.',
      )
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new BotHttpError(
        415,
        'content-type-unsupported',
        '不支持的编码。/ Unsupported charset or Content-Encoding: WeChat sends plain UTF-8.',
      )
    default:
      return new BotHttpError(
        error.status,
        'body-unreadable',
        '无法读取请求体。/ The request body could not be read.',
      )
  }
}

export function notFound(req: Request, _res: Response, next: NextFunction): void {
  next(new BotHttpError(404, 'not-found', `Not found: ${req.method} ${req.path}`))
}

export function createErrorHandler(log: (line: string) => void) {
  return function errorHandler(
    error: unknown,
    _req: Request,
    res: Response,
    _next: NextFunction,
  ): void {
    const known = toBotError(error)
    if (res.headersSent) {
      res.end()
      return
    }
    if (known) {
      res.status(known.status).type('text/plain; charset=utf-8').send(known.message)
      return
    }
    log(
      `unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    )
    res.status(500).type('text/plain; charset=utf-8').send('服务器内部错误 / internal error')
  }
}
