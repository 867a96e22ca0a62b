/**
 * JS-SDK `wx.config` signature (protocol.md §11).
 *
 * string1 = 'jsapi_ticket=' + ticket + '&noncestr=' + noncestr + '&timestamp=' + timestamp
 *           + '&url=' + url, signature = lowercase hex sha1(string1).
 * The four keys are already in ASCII order; values go in raw (no URL encoding); `url` is the full
 * page URL without its `#fragment`. Stripping the fragment here, and saying so, is the point: a
 * page that signs `location.href` with its hash gets "invalid signature" from wx.config.
 */
import { createHash } from 'node:crypto'

export interface JssdkSignatureInput {
  /** jsapi_ticket from /cgi-bin/ticket/getticket?type=jsapi. */
  readonly ticket: string
  /** Must equal the `nonceStr` passed to wx.config. */
  readonly noncestr: string
  /** Unix seconds; must equal the `timestamp` passed to wx.config. */
  readonly timestamp: string | number
  /** The current page URL; a `#fragment` is removed before signing. */
  readonly url: string
}

export interface JssdkSignatureBreakdown {
  /** The exact string that was hashed. */
  readonly string1: string
  /** Lowercase hex sha1 of string1: the `signature` for wx.config. */
  readonly sha1: string
  /** The url as it went into string1 (fragment removed). */
  readonly urlUsed: string
  /** The removed `#…` part, or null when the url had none. */
  readonly fragmentStripped: string | null
}

export function jssdkSignature(input: JssdkSignatureInput): JssdkSignatureBreakdown {
  const hashAt = input.url.indexOf('#')
  const urlUsed = hashAt < 0 ? input.url : input.url.slice(0, hashAt)
  const fragmentStripped = hashAt < 0 ? null : input.url.slice(hashAt)
  return { ...jssdkSignatureAsGiven({ ...input, url: urlUsed }), urlUsed, fragmentStripped }
}

/**
 * The same hash over `url` exactly as given, a `#fragment` included: what a page that signed
 * `location.href` whole produced. Used to name that mistake, never to accept it.
 */
export function jssdkSignatureAsGiven(
  input: JssdkSignatureInput,
): Pick<JssdkSignatureBreakdown, 'string1' | 'sha1'> {
  const string1 =
    `jsapi_ticket=${input.ticket}&noncestr=${input.noncestr}` +
    `&timestamp=${String(input.timestamp)}&url=${input.url}`
  const sha1 = createHash('sha1').update(string1, 'utf8').digest('hex')
  return { string1, sha1 }
}
