/**
 * Daily API quotas per account (protocol.md §10.8, the official "API call limits" page [doc]). A call over
 * the limit answers 45009; `/cgi-bin/clear_quota` resets the counters, 10 times a month, then 48006
 * (protocol.md §10.6). Counted on the Beijing calendar of the simulated clock.
 */
import type { Account } from '../../../shared/model/account'
import type { Clock } from '../../runtime/clock'
import { MEDIA_DAILY_QUOTA } from './media-quotas'
import type { MediaQuotaApi } from './media-quotas'
import { beijingDay, beijingMonth } from './sim-day'

export type QuotaApi =
  | 'token'
  | 'stable_token'
  | 'menu/create'
  | 'menu/get'
  | 'menu/delete'
  | 'menu/addconditional'
  | 'menu/delconditional'
  | 'menu/trymatch'
  | 'custom/send'
  | 'template/send'
  | 'qrcode/create'
  | 'user/get'
  | 'user/info'
  | 'mass/preview'
  | MediaQuotaApi

/** Daily limits: [normal account, test account (测试号)]. */
export const DAILY_QUOTA: Readonly<Record<QuotaApi, readonly [number, number]>> = {
  token: [2000, 200],
  // 500,000/day [doc]; the doc gives no separate test-account figure.
  stable_token: [500_000, 500_000],
  'menu/create': [1000, 100],
  'menu/get': [10_000, 1000],
  'menu/delete': [1000, 100],
  // Personalised menus: 2000 adds, 2000 deletes, 20,000 trymatch a day [doc]; no test-account figure.
  'menu/addconditional': [2000, 2000],
  'menu/delconditional': [2000, 2000],
  'menu/trymatch': [20_000, 20_000],
  'custom/send': [500_000, 50_000],
  // 100,000/day, "raised with follower count" (protocol.md §10.4); no test-account figure published.
  'template/send': [100_000, 100_000],
  'qrcode/create': [100_000, 10_000],
  'user/get': [500, 100],
  'user/info': [5_000_000, 500_000],
  // Mass-send previews: 100 a day [doc 群发接口 "预览接口…每日调用上限为100次"]; same for test accounts.
  'mass/preview': [100, 100],
  ...MEDIA_DAILY_QUOTA,
}

/** clear_quota may be used 10 times a month [doc]. */
export const CLEARS_PER_MONTH = 10

export class QuotaCounter {
  /** accountId → api → calls today; the day they were counted on. */
  private readonly counts = new Map<string, { day: number; used: Map<QuotaApi, number> }>()
  private readonly clears = new Map<string, { month: string; used: number }>()

  private readonly clock: Clock

  constructor(clock: Clock) {
    this.clock = clock
  }

  limit(account: Account, api: QuotaApi): number {
    return DAILY_QUOTA[api][account.testAccount ? 1 : 0]
  }

  used(accountId: string, api: QuotaApi): number {
    return this.today(accountId).get(api) ?? 0
  }

  /** Counts one call; false (and nothing counted) when today's quota is used up. */
  take(account: Account, api: QuotaApi): boolean {
    const used = this.today(account.id)
    const n = used.get(api) ?? 0
    if (n >= this.limit(account, api)) return false
    used.set(api, n + 1)
    return true
  }

  /** clear_quota: false when this month's 10 clears are spent. */
  clear(accountId: string): boolean {
    const month = beijingMonth(this.clock.nowMs())
    const record = this.clears.get(accountId)
    const used = record?.month === month ? record.used : 0
    if (used >= CLEARS_PER_MONTH) return false
    this.clears.set(accountId, { month, used: used + 1 })
    this.counts.delete(accountId)
    return true
  }

  private today(accountId: string): Map<QuotaApi, number> {
    const day = beijingDay(this.clock.nowMs())
    let record = this.counts.get(accountId)
    if (record?.day !== day) {
      record = { day, used: new Map() }
      this.counts.set(accountId, record)
    }
    return record.used
  }
}
