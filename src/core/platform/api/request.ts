/**
 * Reading what the bot sent: query parameters as WeChat reads them (first value wins, exact
 * bytes, no Express query-parser nesting) and the caller's IP for the whitelist (protocol.md §10.1).
 */
import type { Request } from 'express'

export function queryParam(req: Request, name: string): string | undefined {
  const query = req.originalUrl.includes('?')
    ? req.originalUrl.slice(req.originalUrl.indexOf('?'))
    : ''
  return new URLSearchParams(query).get(name) ?? undefined
}

/** The peer address without the IPv4-mapped prefix: "::ffff:127.0.0.1" → "127.0.0.1". */
export function clientIp(req: Request): string {
  const raw = req.socket.remoteAddress ?? ''
  return raw.startsWith('::ffff:') ? raw.slice('::ffff:'.length) : raw
}
