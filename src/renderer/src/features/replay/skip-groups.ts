/**
 * An import's skips grouped by reason, in the order the reasons first appear, so each reason is
 * explained once however many files it applies to; a long group lists its first `shown` items.
 */
import type { SkippedCapture, SkipReason } from '../../../../shared/model/capture'

export interface SkipGroup {
  readonly reason: SkipReason
  readonly total: number
  readonly items: readonly SkippedCapture[]
}

export function skipGroups(skipped: readonly SkippedCapture[], shown: number): SkipGroup[] {
  const byReason = new Map<SkipReason, SkippedCapture[]>()
  for (const skip of skipped) {
    const group = byReason.get(skip.reason)
    if (group) group.push(skip)
    else byReason.set(skip.reason, [skip])
  }
  return [...byReason].map(([reason, all]) => ({
    reason,
    total: all.length,
    items: all.slice(0, shown),
  }))
}
