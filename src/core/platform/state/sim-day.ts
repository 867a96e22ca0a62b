/**
 * Calendar arithmetic on the simulated clock. WeChat's daily quotas and the monthly clear_quota
 * allowance follow the Beijing calendar (UTC+8, no daylight saving): "每日" in the API-limits doc
 * [doc] and the dates the admin console shows.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** Days since the epoch on the Beijing calendar: equal values mean "the same day". */
export function beijingDay(ms: number): number {
  return Math.floor((ms + BEIJING_OFFSET_MS) / DAY_MS)
}

/** `YYYY-MM` on the Beijing calendar. */
export function beijingMonth(ms: number): string {
  const d = new Date(ms + BEIJING_OFFSET_MS)
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
}
