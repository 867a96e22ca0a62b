/**
 * Query parameters of the /sns calls as WeChat reads them: the first value wins, an empty value
 * counts as missing, and no Express query-parser nesting (`a[b]=…` stays a plain name). Invalid
 * percent-escapes or bytes that are not UTF-8 never throw: they decode to U+FFFD and then simply
 * match nothing (an unknown appid, code or token).
 */
import type { Request } from 'express'
import { queryOf, queryValue } from '../http/query-value'

export type SnsQuery = (name: string) => string | undefined

export function snsQuery(req: Request): SnsQuery {
  const query = queryOf(req.originalUrl)
  return (name) => {
    const value = queryValue(query, name)
    return value === '' ? undefined : value
  }
}
