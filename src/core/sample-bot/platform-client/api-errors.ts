/**
 * The two ways a call to WeChat fails, kept apart because a bot reacts differently:
 * - WechatApiError: WeChat answered, with an errcode. WeChat answers HTTP 200 even on errors
 *   (protocol.md §0 #10, §12): the failure is in the body, `{"errcode": N, "errmsg": "…"}`. Compare
 *   errcode, never errmsg — real errmsgs end with a request id (` rid: …`) that changes each call.
 * - UpstreamError: no usable answer at all (network down, timeout, not JSON, unexpected shape).
 */
import { MpsimError } from '../../errors'

export class WechatApiError extends MpsimError {
  override readonly code = 'wechat-api-error'
  readonly errcode: number
  readonly errmsg: string
  /** The API path that answered, e.g. /sns/userinfo. */
  readonly api: string
  constructor(api: string, errcode: number, errmsg: string) {
    super(`${api} answered errcode ${errcode}: ${errmsg}`)
    this.api = api
    this.errcode = errcode
    this.errmsg = errmsg
  }
}

export class UpstreamError extends MpsimError {
  override readonly code = 'upstream-unavailable'
  readonly api: string
  constructor(api: string, message: string, options?: ErrorOptions) {
    super(`${api}: ${message}`, options)
    this.api = api
  }
}

/** The access token is invalid, superseded or expired: get a new one and retry once (protocol.md §10.1). */
export const TOKEN_REFRESH_ERRCODES: ReadonlySet<number> = new Set([40001, 40014, 42001])
