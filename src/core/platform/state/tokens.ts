/**
 * access_token lifecycle on the simulated clock (protocol.md §10.1):
 * - `/cgi-bin/token` issues a new token on every call; the previous ones keep working for 5 minutes
 *   after it, then answer 40001 [doc].
 * - `/cgi-bin/stable_token` tokens are independent of those. Normal mode hands back the current
 *   token until 5 minutes before it expires; force_refresh invalidates it at once and is limited to
 *   20 per day, 30 s apart (45009 / 45011) [doc].
 * - Every token lives 7200 s, then answers 42001 [doc].
 * The UI can invalidate (→ 40001) or expire (→ 42001) an account's tokens to exercise a bot's
 * refresh logic (protocol.md §10.7: wechatpy refreshes on 40001/40014/42001 and retries once).
 */
import type { Clock } from '../../runtime/clock'
import type { Random } from '../../runtime/random'
import { looksLikeAccessToken, newAccessToken } from './opaque'
import { beijingDay } from './sim-day'

export type TokenFamily = 'token' | 'stable'

/** 7200 s [doc]. */
export const TOKEN_LIFETIME_MS = 7200 * 1000
/** Old /cgi-bin/token tokens overlap the new one for 5 minutes [doc]. */
export const TOKEN_OVERLAP_MS = 5 * 60 * 1000
/** Stable normal mode renews within the last 5 minutes [doc]. */
export const STABLE_RENEW_BEFORE_MS = 5 * 60 * 1000
export const FORCE_REFRESH_PER_DAY = 20
export const FORCE_REFRESH_GAP_MS = 30 * 1000
/** Records this long dead are forgotten (then a stale token answers 40001 instead of 42001). */
const FORGET_AFTER_MS = 7 * 24 * 60 * 60 * 1000

export interface IssuedToken {
  readonly value: string
  /** Seconds left, as `expires_in` reports it. */
  readonly expiresIn: number
}

export type TokenCheck =
  | { readonly ok: true; readonly accountId: string; readonly family: TokenFamily }
  | { readonly ok: false; readonly errcode: 40001 | 40014 | 42001 }

/** One token as the UI shows it. Times are simulated Unix seconds. */
export interface TokenInfo {
  readonly family: TokenFamily
  readonly value: string
  readonly issuedAt: number
  readonly expiresAt: number
  /** When it stops working early (superseded or invalidated). */
  readonly invalidAt?: number
}

interface TokenRecord {
  readonly value: string
  readonly accountId: string
  readonly family: TokenFamily
  readonly issuedAtMs: number
  expiresAtMs: number
  invalidAtMs?: number
}

function endOf(record: TokenRecord): number {
  return Math.min(record.expiresAtMs, record.invalidAtMs ?? Infinity)
}

/** A new token as the API answers it. */
function issuedOf(record: TokenRecord, now: number): IssuedToken {
  return { value: record.value, expiresIn: Math.ceil((record.expiresAtMs - now) / 1000) }
}

/** Dead tokens are swept at most this often (simulated time). */
const SWEEP_EVERY_MS = 10_000

export class TokenStore {
  private readonly records = new Map<string, TokenRecord>()
  /** Force-refresh times per account (ms), for the 20/day and 30 s rules. */
  private readonly forced = new Map<string, number[]>()
  /** The newest /cgi-bin/token per account: the only one a new issue has to cut short. */
  private readonly newest = new Map<string, TokenRecord>()
  /** Simulated ms of the last sweep of dead tokens (a sweep is O(n): not on every call). */
  private lastSweepMs = -Infinity

  private readonly clock: Clock
  private readonly random: Random

  constructor(clock: Clock, random: Random) {
    this.clock = clock
    this.random = random
  }

  /** `/cgi-bin/token`: a fresh token; the account's earlier ones get 5 more minutes. */
  issue(accountId: string): IssuedToken {
    const now = this.clock.nowMs()
    // Every older token was already cut short when its successor was issued, so only the newest
    // needs its 5 minutes set: O(1) per call, however many tokens a load test has asked for.
    const previous = this.newest.get(accountId)
    if (previous && now < endOf(previous)) {
      previous.invalidAtMs = Math.min(previous.invalidAtMs ?? Infinity, now + TOKEN_OVERLAP_MS)
    }
    const record = this.create(accountId, 'token', now)
    this.newest.set(accountId, record)
    return issuedOf(record, now)
  }

  /** `/cgi-bin/stable_token`, or the errcode its force-refresh limits answer. */
  stable(accountId: string, forceRefresh: boolean): IssuedToken | { errcode: 45009 | 45011 } {
    const now = this.clock.nowMs()
    const current = this.live(accountId, 'stable').at(-1)
    if (!forceRefresh && current && now < current.expiresAtMs - STABLE_RENEW_BEFORE_MS) {
      return { value: current.value, expiresIn: Math.ceil((current.expiresAtMs - now) / 1000) }
    }
    if (forceRefresh) {
      const today = (this.forced.get(accountId) ?? []).filter(
        (t) => beijingDay(t) === beijingDay(now),
      )
      if (today.length >= FORCE_REFRESH_PER_DAY) return { errcode: 45009 }
      const last = today.at(-1)
      if (last !== undefined && now - last < FORCE_REFRESH_GAP_MS) return { errcode: 45011 }
      this.forced.set(accountId, [...today, now])
      for (const r of this.live(accountId, 'stable')) r.invalidAtMs = now
    }
    // In the last 5 minutes normal mode renews; the old token simply runs out at its own expiry.
    return issuedOf(this.create(accountId, 'stable', now), now)
  }

  /** What a presented access_token is worth. */
  check(value: string): TokenCheck {
    if (!looksLikeAccessToken(value)) return { ok: false, errcode: 40014 }
    const record = this.records.get(value)
    if (!record) return { ok: false, errcode: 40001 }
    const now = this.clock.nowMs()
    if (now >= endOf(record)) {
      const invalidated =
        record.invalidAtMs !== undefined && record.invalidAtMs < record.expiresAtMs
      return { ok: false, errcode: invalidated ? 40001 : 42001 }
    }
    return { ok: true, accountId: record.accountId, family: record.family }
  }

  /** UI "rotate": the account's working tokens answer 40001 from now on. Returns how many. */
  invalidate(accountId: string, family?: TokenFamily): number {
    const now = this.clock.nowMs()
    const hit = this.live(accountId, family)
    for (const r of hit) r.invalidAtMs = now
    return hit.length
  }

  /** UI "expire": the account's working tokens answer 42001 from now on. Returns how many. */
  expire(accountId: string, family?: TokenFamily): number {
    const now = this.clock.nowMs()
    const hit = this.live(accountId, family)
    for (const r of hit) r.expiresAtMs = now
    return hit.length
  }

  /** Tokens that still work, oldest first. */
  active(accountId: string): TokenInfo[] {
    return this.live(accountId).map((r) => ({
      family: r.family,
      value: r.value,
      issuedAt: Math.floor(r.issuedAtMs / 1000),
      expiresAt: Math.floor(r.expiresAtMs / 1000),
      ...(r.invalidAtMs === undefined ? {} : { invalidAt: Math.floor(r.invalidAtMs / 1000) }),
    }))
  }

  private live(accountId: string, family?: TokenFamily): TokenRecord[] {
    const now = this.clock.nowMs()
    return [...this.records.values()].filter(
      (r) =>
        r.accountId === accountId &&
        (family === undefined || r.family === family) &&
        now < endOf(r),
    )
  }

  private create(accountId: string, family: TokenFamily, now: number): TokenRecord {
    this.forget(now)
    let value = newAccessToken(this.random)
    while (this.records.has(value)) value = newAccessToken(this.random)
    const record: TokenRecord = {
      value,
      accountId,
      family,
      issuedAtMs: now,
      expiresAtMs: now + TOKEN_LIFETIME_MS,
    }
    this.records.set(value, record)
    return record
  }

  private forget(now: number): void {
    if (now - this.lastSweepMs < SWEEP_EVERY_MS) return
    this.lastSweepMs = now
    for (const [value, r] of this.records) {
      if (endOf(r) + FORGET_AFTER_MS < now) this.records.delete(value)
    }
  }
}
