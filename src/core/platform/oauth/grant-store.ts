/**
 * Web-authorization tokens (protocol.md §9.4): what one code exchange grants.
 *
 * - The OAuth access_token (≠ the base /cgi-bin token) lives 7200 s, then answers 42001.
 * - The refresh_token lives 30 days from the code exchange and cannot be extended [doc]; after
 *   that 42002, and a value never issued (or another app's) is 40030.
 * - Refreshing follows the doc's two cases [doc, web-authorization "刷新access_token有效期"]:
 *   while the access_token is still valid it is kept and its 7200 s start again ("相当于续期");
 *   once it has expired a new one is issued. The refresh_token itself stays the same.
 */
import type { Clock } from '../../runtime/clock'
import type { Random } from '../../runtime/random'
import type { Authorization } from './code-store'

/** 7200 s [doc]. */
export const SNS_TOKEN_LIFETIME_MS = 7200 * 1000
/** 30 days [doc]. */
export const REFRESH_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000
/** Grants this long past their refresh_token's end are forgotten (then 40030 / 40014). */
const FORGET_AFTER_MS = 7 * 24 * 60 * 60 * 1000

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** `NN_` + 86 URL-safe characters: the shape of real sns tokens (`73_EWn…`). */
function newOpaqueToken(random: Random): string {
  let tail = ''
  for (let i = 0; i < 86; i++) tail += URL_SAFE.charAt(random.int(URL_SAFE.length))
  return `${10 + random.int(90)}_${tail}`
}

interface Grant extends Authorization {
  readonly refreshToken: string
  readonly refreshExpiresAtMs: number
  /** The access_token a refresh renews (older ones stay expired). */
  current: TokenRecord
}

interface TokenRecord {
  readonly value: string
  /** Key of the grant in `grants`. */
  readonly refreshToken: string
  expiresAtMs: number
}

export interface IssuedSnsToken extends Authorization {
  readonly accessToken: string
  /** Seconds, as `expires_in` reports it. */
  readonly expiresIn: number
  readonly refreshToken: string
}

export type SnsTokenCheck =
  | { readonly ok: true; readonly authorization: Authorization }
  | { readonly ok: false; readonly errcode: 40014 | 42001 }

export type RefreshResult =
  | { readonly ok: true; readonly issued: IssuedSnsToken }
  | { readonly ok: false; readonly errcode: 40030 | 42002 }

export class SnsGrantStore {
  private readonly tokens = new Map<string, TokenRecord>()
  private readonly grants = new Map<string, Grant>()
  private readonly clock: Clock
  private readonly random: Random

  constructor(clock: Clock, random: Random) {
    this.clock = clock
    this.random = random
  }

  /** A new grant for a redeemed code. */
  issue(authorization: Authorization): IssuedSnsToken {
    const now = this.clock.nowMs()
    this.forgetOld(now)
    const refreshToken = this.unused((v) => this.grants.has(v))
    const grant: Grant = {
      accountId: authorization.accountId,
      openid: authorization.openid,
      scope: authorization.scope,
      refreshToken,
      refreshExpiresAtMs: now + REFRESH_LIFETIME_MS,
      current: this.newToken(refreshToken, now),
    }
    this.grants.set(refreshToken, grant)
    return this.describe(grant, now)
  }

  /** `/sns/oauth2/refresh_token` for the account `accountId`. */
  refresh(refreshToken: string, accountId: string): RefreshResult {
    const grant = this.grants.get(refreshToken)
    if (!grant || grant.accountId !== accountId) return { ok: false, errcode: 40030 }
    const now = this.clock.nowMs()
    if (now >= grant.refreshExpiresAtMs) return { ok: false, errcode: 42002 }
    if (now < grant.current.expiresAtMs) grant.current.expiresAtMs = now + SNS_TOKEN_LIFETIME_MS
    else grant.current = this.newToken(refreshToken, now)
    return { ok: true, issued: this.describe(grant, now) }
  }

  check(accessToken: string): SnsTokenCheck {
    const record = this.tokens.get(accessToken)
    const grant = record && this.grants.get(record.refreshToken)
    if (!record || !grant) return { ok: false, errcode: 40014 }
    if (this.clock.nowMs() >= record.expiresAtMs) return { ok: false, errcode: 42001 }
    const { accountId, openid, scope } = grant
    return { ok: true, authorization: { accountId, openid, scope } }
  }

  private newToken(refreshToken: string, now: number): TokenRecord {
    const value = this.unused((v) => this.tokens.has(v))
    const record = { value, refreshToken, expiresAtMs: now + SNS_TOKEN_LIFETIME_MS }
    this.tokens.set(value, record)
    return record
  }

  private unused(taken: (value: string) => boolean): string {
    let value = newOpaqueToken(this.random)
    while (taken(value)) value = newOpaqueToken(this.random)
    return value
  }

  private describe(grant: Grant, now: number): IssuedSnsToken {
    return {
      accountId: grant.accountId,
      openid: grant.openid,
      scope: grant.scope,
      accessToken: grant.current.value,
      expiresIn: Math.round((grant.current.expiresAtMs - now) / 1000),
      refreshToken: grant.refreshToken,
    }
  }

  private forgetOld(now: number): void {
    for (const [refreshToken, grant] of this.grants) {
      if (now - grant.refreshExpiresAtMs <= FORGET_AFTER_MS) continue
      this.grants.delete(refreshToken)
      for (const [value, record] of this.tokens) {
        if (record.refreshToken === refreshToken) this.tokens.delete(value)
      }
    }
  }
}
