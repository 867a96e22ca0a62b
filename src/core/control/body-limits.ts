/**
 * How large a request body each control command takes: 2 MB for every command (a captured push,
 * an account), more for the few whose input is bulk by nature — importCaptures takes whole HAR
 * files (docs/replay.md "Import"). One table, read by both the declared-length refusal and the
 * JSON parser, so a command's two limits cannot drift apart.
 */
import express from 'express'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { contract } from '../../shared/control/contract'
import { IMPORT_BODY_LIMIT_BYTES } from '../../shared/control/replay-schemas'

/** The largest JSON body a command takes unless LARGER_BODIES says otherwise. */
export const CONTROL_BODY_LIMIT_BYTES = 2 * 1024 * 1024

/** "METHOD path" → limit. Exact paths only: a command's larger bound never leaks to another. */
const LARGER_BODIES: ReadonlyMap<string, number> = new Map([
  [`${contract.importCaptures.method} ${contract.importCaptures.path}`, IMPORT_BODY_LIMIT_BYTES],
])

/** The limit for this request; `req.baseUrl + req.path` is the full path under a mount too. */
export function bodyLimitOf(req: Request): number {
  return LARGER_BODIES.get(`${req.method} ${req.baseUrl}${req.path}`) ?? CONTROL_BODY_LIMIT_BYTES
}

/**
 * express.json with each request's own limit. No client of the control API compresses its
 * requests, and an inflated body would need a limit of its own: any Content-Encoding is refused
 * (415 unsupported-encoding).
 */
export function jsonBodies(): RequestHandler {
  const parsers = new Map<number, RequestHandler>()
  const parserFor = (limit: number): RequestHandler => {
    let parser = parsers.get(limit)
    if (!parser) {
      parser = express.json({ limit, inflate: false })
      parsers.set(limit, parser)
    }
    return parser
  }
  return (req: Request, res: Response, next: NextFunction) =>
    parserFor(bodyLimitOf(req))(req, res, next)
}
