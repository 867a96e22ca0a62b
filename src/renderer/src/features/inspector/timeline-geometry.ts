/**
 * Where the attempts sit on the push clock (protocol.md §7.3): every attempt gets its own window — the
 * deadline recorded on the exchange, WeChat's 5 s unless changed in the settings — so each is
 * drawn from 0 on one shared axis, with the deadline as a line. Pure, for unit tests.
 */
import { WECHAT_PUSH_TIMEOUT_MS } from '../../../../shared/model/exchange'
import type { Attempt } from '../../../../shared/model/exchange'

/** WeChat closes the connection after 5 s and counts the push as unanswered (protocol.md §7.3). */
export const DEADLINE_MS = WECHAT_PUSH_TIMEOUT_MS

export interface TimelineAxis {
  /** Milliseconds at the right edge of the track. */
  readonly spanMs: number
  /** Whole seconds to mark under the track (0 … 5, or further when an attempt ran longer). */
  readonly ticks: readonly number[]
}

export interface AttemptBar {
  readonly index: number
  /** Percent of the track, from its left edge. */
  readonly widthPct: number
  /** Finished after the deadline, or cut off by it: WeChat no longer waits for this answer. */
  readonly late: boolean
  /** Milliseconds after the first attempt began (retries come after WeChat gave up on the last). */
  readonly offsetMs: number
}

/** A sixth of the track past the deadline, so the deadline line never sits on the edge. */
export function timelineAxis(
  attempts: readonly Pick<Attempt, 'durationMs'>[],
  deadlineMs: number = DEADLINE_MS,
): TimelineAxis {
  const longest = Math.max(0, ...attempts.map((a) => a.durationMs))
  const spanMs = Math.max(deadlineMs * 1.2, Math.ceil((longest * 1.05) / 1000) * 1000)
  const ticks: number[] = []
  for (let s = 0; s * 1000 <= spanMs; s += 1) ticks.push(s)
  return { spanMs, ticks }
}

export function pctOf(ms: number, axis: TimelineAxis): number {
  return Math.min(100, Math.max(0, (ms / axis.spanMs) * 100))
}

/** A bar never thinner than half a percent, so a 2 ms answer is still visible. */
export function attemptBars(
  attempts: readonly Pick<Attempt, 'index' | 'durationMs' | 'startedAt' | 'error'>[],
  axis: TimelineAxis,
  deadlineMs: number = DEADLINE_MS,
): AttemptBar[] {
  const start = attempts[0]?.startedAt ?? 0
  return attempts.map((a) => ({
    index: a.index,
    widthPct: Math.max(0.5, pctOf(a.durationMs, axis)),
    late: a.durationMs > deadlineMs || a.error?.code === 'timeout',
    offsetMs: Math.max(0, a.startedAt - start),
  }))
}

/** "842 ms" below a second, "5.0 s" above: how long an attempt took, at a glance. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}
