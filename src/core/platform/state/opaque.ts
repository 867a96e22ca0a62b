/**
 * Opaque credential strings that look like WeChat's (protocol.md §1): access_token `NN_` + a long
 * URL-safe tail, jsapi tickets of 86 URL-safe chars. Drawn from the injected Random so a seeded
 * run hands out the same tokens.
 */
import type { Random } from '../../runtime/random'

const URL_SAFE = Buffer.from(
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  'latin1',
)

/** Characters drawn at once: 5 × 6 bits = 30 bits, within what every Random's int() takes. */
const PER_DRAW = 5

/**
 * Fills `out` from `at` on: five characters per draw of 30 random bits (6 bits each: the alphabet
 * has exactly 64, so every character is equally likely). Written as bytes and read back as one
 * flat string: a draw per character, appended one by one, made issuing a token cost more than
 * answering the call, and a string built by 154 appends is a chain of 154 pieces, which every Map
 * lookup and every garbage collection of the token store then paid for.
 */
function fillUrlSafe(random: Random, out: Buffer, at: number): void {
  let i = at
  while (i < out.length) {
    let bits = random.int(2 ** (6 * PER_DRAW))
    for (let k = 0; k < PER_DRAW && i < out.length; k++, i++) {
      out[i] = URL_SAFE[bits & 63] ?? 0
      bits >>>= 6
    }
  }
}

export function urlSafeString(random: Random, length: number): string {
  const out = Buffer.allocUnsafe(length)
  fillUrlSafe(random, out, 0)
  return out.toString('latin1')
}

/**
 * `85_…`, 157 chars in all: real tokens are ~157 chars today and the doc asks clients to reserve
 * 512 [doc][wire], so bots that store them in a VARCHAR(100) fail here as they would for real.
 */
export function newAccessToken(random: Random): string {
  const out = Buffer.allocUnsafe(157)
  out.write(`${10 + random.int(90)}_`, 0, 'latin1')
  fillUrlSafe(random, out, 3)
  return out.toString('latin1')
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
