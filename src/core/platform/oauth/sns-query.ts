/**
 * Query parameters of the /sns calls as WeChat reads them: the first value wins, an empty value
 * counts as missing, and no Express query-parser nesting (`a[b]=…` stays a plain name). Invalid
 * percent-escapes or bytes that are not UTF-8 never throw: they decode to U+FFFD and then simply
 * match nothing (an unknown appid, code or token).
 */
import type { Request } from 'express'

export type SnsQuery = (name: string) => string | undefined

export function snsQuery(req: Request): SnsQuery {
  const at = req.originalUrl.indexOf('?')
  const params = new URLSearchParams(at < 0 ? '' : req.originalUrl.slice(at + 1))
  return (name) => {
    const value = params.get(name)
    return value === null || value === '' ? undefined : value
  }
}
