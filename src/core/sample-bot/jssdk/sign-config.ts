/**
 * Signing wx.config on the server (protocol.md §11), written out so it can be read next to the doc:
 *
 *   string1   = jsapi_ticket=…&noncestr=…&timestamp=…&url=…   (keys in this order, values raw)
 *   signature = sha1(string1), lowercase hex
 *
 * - `url` is the page's full address as the browser shows it — scheme, host, path AND query —
 *   without `#…` (the server never receives a fragment anyway). Not URL-encoded.
 * - `noncestr` here is `nonceStr` in wx.config (capital S); both it and `timestamp` (seconds)
 *   must be passed to wx.config exactly as signed.
 */
import { createHash } from 'node:crypto'
import { randomAlnum } from '../../runtime/random'
import type { Random } from '../../runtime/random'

/** What the page passes to wx.config (besides jsApiList and debug). */
export interface SignedConfig {
  readonly appId: string
  readonly timestamp: number
  readonly nonceStr: string
  readonly signature: string
  /** The address that was signed, shown on the demo page. */
  readonly url: string
}

export interface SignInput {
  readonly appId: string
  readonly ticket: string
  readonly url: string
  readonly random: Random
  /** Unix seconds. */
  readonly now: number
}

export function signConfig(input: SignInput): SignedConfig {
  const nonceStr = randomAlnum(input.random, 16)
  const timestamp = input.now
  const string1 =
    `jsapi_ticket=${input.ticket}&noncestr=${nonceStr}` + `&timestamp=${timestamp}&url=${input.url}`
  const signature = createHash('sha1').update(string1, 'utf8').digest('hex')
  return { appId: input.appId, timestamp, nonceStr, signature, url: input.url }
}
