/**
 * Reading what the bot sent: query parameters as WeChat reads them (first value wins, exact
 * bytes, no Express query-parser nesting) and the caller's IP for the whitelist (protocol.md §10.1).
 */
import type { Request } from 'express'
import { queryOf, queryValue } from '../http/query-value'

export function queryParam(req: Request, name: string): string | undefined {
  return queryValue(queryOf(req.originalUrl), name)
}

/** The peer address without the IPv4-mapped prefix: "::ffff:127.0.0.1" → "127.0.0.1". */
export function clientIp(req: Request): string {
  const raw = req.socket.remoteAddress ?? ''
  return raw.startsWith('::ffff:') ? raw.slice('::ffff:'.length) : raw
}
