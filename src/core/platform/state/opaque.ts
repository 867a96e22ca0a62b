/**
 * Opaque credential strings that look like WeChat's (protocol.md §1): access_token `NN_` + a long
 * URL-safe tail, jsapi tickets of 86 URL-safe chars. Drawn from the injected Random so a seeded
 * run hands out the same tokens.
 */
import type { Random } from '../../runtime/random'

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

export function urlSafeString(random: Random, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += URL_SAFE.charAt(random.int(URL_SAFE.length))
  return out
}

/**
 * `85_…`, 157 chars in all: real tokens are ~157 chars today and the doc asks clients to reserve
 * 512 [doc][wire], so bots that store them in a VARCHAR(100) fail here as they would for real.
 */
export function newAccessToken(random: Random): string {
  return `${10 + random.int(90)}_${urlSafeString(random, 154)}`
}

/**
 * What could be an access_token at all. Anything else is answered 40014 "invalid access_token";
 * a well-formed value that is not current gets 40001. The split is our reading of the two codes'
 * meanings [doc]; which one WeChat picks for garbage is [unconfirmed].
 */
export function looksLikeAccessToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{32,600}$/.test(value)
}

/** Like the doc sample `bxLdikRXVbTPdHSM05e5u5sUoXNKd8-41ZO3Mh…` (86 chars). */
export function newTicket(random: Random): string {
  return urlSafeString(random, 86)
}
