/**
 * WeChat's JSON answer shape (protocol.md §10, §12): HTTP 200 even for business errors, body
 * {"errcode":N,"errmsg":"… rid: xxxxxxxx-xxxxxxxx-xxxxxxxx"}. The request id suffix is real and
 * deliberate: bots that compare errmsg exactly are wrong, and mpsim makes that visible.
 */
import type { Response } from 'express'
import type { Random } from '../../runtime/random'
import { ERRMSG } from './errcodes'

export interface WechatErrorBody {
  readonly errcode: number
  readonly errmsg: string
}

/**
 * Eight hex digits, from int() rather than bytes(): under the secure Random, Node's randomInt draws
 * from a pool while every randomBytes call goes to the operating system, and three of those made an
 * error answer cost several times a successful one.
 */
function hex8(random: Random): string {
  return random
    .int(2 ** 32)
    .toString(16)
    .padStart(8, '0')
}

/** ` rid: 5f5cafe9-456a174e-4e992ccd` */
export function requestIdSuffix(random: Random): string {
  return ` rid: ${hex8(random)}-${hex8(random)}-${hex8(random)}`
}

/**
 * The error body for `errcode`. 0 is answered as plain "ok" (WeChat adds no rid on success).
 * `detail` replaces the table text where WeChat puts specifics in errmsg (e.g. 40164's IP).
 */
export function wechatError(errcode: number, random: Random, detail?: string): WechatErrorBody {
  const text = detail ?? ERRMSG[errcode] ?? 'system error'
  return { errcode, errmsg: errcode === 0 ? 'ok' : text + requestIdSuffix(random) }
}

/**
 * Sends JSON the way api.weixin.qq.com does: `application/json; encoding=utf-8`, UTF-8 raw, status
 * 200 unless told (business errors are 200 too; only mpsim's own transport errors, such as a body
 * over the size limit, pass another status). `rawJson` lets callers emit numbers above 2^53
 * (template msgid, protocol.md §12).
 *
 * Written straight to Node rather than through Express's res.send: the same status, headers and
 * bytes, without the checks the platform never needs (content-type guessing, ETag, freshness),
 * on every API call.
 */
export function sendWechatJson(res: Response, body: unknown, rawJson?: string, status = 200): void {
  const text = rawJson ?? JSON.stringify(body)
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; encoding=utf-8')
  res.setHeader('Content-Length', String(Buffer.byteLength(text, 'utf8')))
  if (res.req.method === 'HEAD') res.end()
  else res.end(text, 'utf8')
}
