/**
 * Authorization codes (protocol.md §9.3, §9.4): handed to the callback, exchanged once at
 * /sns/oauth2/access_token. A code is 32 characters, different on every authorization, single use
 * (40163 "code been used"), expires 5 minutes after issue if unused (42003 "code expired"), and is
 * bound to the account it was issued for: another app's code, or one never issued, is 40029
 * "invalid code" [doc][wire]. Time is the simulated clock, so tests fast-forward instead of waiting.
 */
import type { Clock } from '../../runtime/clock'
import { randomAlnum } from '../../runtime/random'
import type { Random } from '../../runtime/random'
import type { OAuthScope } from '../../protocol/oauth/params'

/** 5 minutes [doc]. */
export const CODE_LIFETIME_MS = 5 * 60 * 1000
export const CODE_LENGTH = 32
/**
 * Records are kept this long so a late reuse still answers 40163 / 42003 rather than 40029;
 * after that they are forgotten (a real code that old is no more known than a made-up one).
 */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000

/** Who authorized what: what the code stands for. */
export interface Authorization {
  readonly accountId: string
  readonly openid: string
  readonly scope: OAuthScope
}

interface CodeRecord extends Authorization {
  readonly issuedAtMs: number
  usedAtMs?: number
}

export type CodeRedemption =
  | { readonly ok: true; readonly authorization: Authorization }
  | {
      readonly ok: false
      readonly errcode: 40029 | 40163 | 42003
      /** The account the code belongs to, when it exists (for the Exchange). */
      readonly ownerAccountId?: string
    }

export class AuthCodeStore {
  private readonly records = new Map<string, CodeRecord>()
  private readonly clock: Clock
  private readonly random: Random

  constructor(clock: Clock, random: Random) {
    this.clock = clock
    this.random = random
  }

  issue(authorization: Authorization): string {
    const now = this.clock.nowMs()
    this.forgetOld(now)
    let code = randomAlnum(this.random, CODE_LENGTH)
    while (this.records.has(code)) code = randomAlnum(this.random, CODE_LENGTH)
    this.records.set(code, { ...authorization, issuedAtMs: now })
    return code
  }

  /**
   * Exchanges `code` for the account `accountId` (already authenticated by appid + secret).
   * A failed attempt does not burn the code: only a successful exchange uses it up.
   */
  redeem(code: string, accountId: string): CodeRedemption {
    const record = this.records.get(code)
    if (!record || record.accountId !== accountId) {
      return record ? { ok: false, errcode: 40029, ownerAccountId: record.accountId } : fail(40029)
    }
    // Used beats expired: the bot's bug is the second exchange, not the clock.
    if (record.usedAtMs !== undefined) return fail(40163)
    const now = this.clock.nowMs()
    if (now - record.issuedAtMs >= CODE_LIFETIME_MS) return fail(42003)
    record.usedAtMs = now
    const { accountId: owner, openid, scope } = record
    return { ok: true, authorization: { accountId: owner, openid, scope } }
  }

  private forgetOld(now: number): void {
    for (const [code, record] of this.records) {
      if (now - record.issuedAtMs > FORGET_AFTER_MS) this.records.delete(code)
    }
  }
}

function fail(errcode: 40029 | 40163 | 42003): CodeRedemption {
  return { ok: false, errcode }
}
