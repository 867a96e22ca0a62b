/** Where attempts sit on WeChat's 5-second clock (protocol.md §7.3). */
import { describe, expect, it } from 'vitest'
import {
  attemptBars,
  DEADLINE_MS,
  formatDuration,
  pctOf,
  timelineAxis,
} from '../../../../src/renderer/src/features/inspector/timeline-geometry'

const attempt = (index: number, startedAt: number, durationMs: number, timeout = false) => ({
  index,
  startedAt,
  durationMs,
  ...(timeout ? { error: { code: 'timeout' as const, message: 'aborted' } } : {}),
})

describe('timelineAxis', () => {
  it('runs a little past the deadline for fast answers, with a tick per second', () => {
    const axis = timelineAxis([{ durationMs: 12 }])
    expect(axis.spanMs).toBe(6000)
    expect(axis.ticks).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(pctOf(DEADLINE_MS, axis)).toBeCloseTo(83.33, 1)
  })

  it('grows to hold an attempt that ran long, in whole seconds', () => {
    const axis = timelineAxis([{ durationMs: 7400 }])
    expect(axis.spanMs).toBe(8000)
    expect(axis.ticks.at(-1)).toBe(8)
  })

  it('holds no attempts at all', () => {
    expect(timelineAxis([]).spanMs).toBe(6000)
  })
})

describe('attemptBars', () => {
  it('draws every attempt from 0, marks late ones and offsets retries from the first', () => {
    const attempts = [
      attempt(1, 1000, 5000, true),
      attempt(2, 6010, 5000, true),
      attempt(3, 11020, 40),
    ]
    const axis = timelineAxis(attempts)
    const bars = attemptBars(attempts, axis)
    expect(bars.map((b) => b.offsetMs)).toEqual([0, 5010, 10020])
    expect(bars.map((b) => b.late)).toEqual([true, true, false])
    expect(bars[0]!.widthPct).toBeCloseTo(pctOf(5000, axis), 5)
  })

  it('keeps a 1 ms answer visible and caps bars at the track', () => {
    const axis = timelineAxis([{ durationMs: 1 }])
    expect(attemptBars([attempt(1, 0, 1)], axis)[0]!.widthPct).toBe(0.5)
    expect(pctOf(1e9, axis)).toBe(100)
    expect(pctOf(-5, axis)).toBe(0)
  })

  it('calls an attempt over 5 s late even without a timeout error', () => {
    const axis = timelineAxis([{ durationMs: 5001 }])
    expect(attemptBars([attempt(1, 0, 5001)], axis)[0]!.late).toBe(true)
  })
})

describe('formatDuration', () => {
  it.each([
    [0.4, '0 ms'],
    [842.6, '843 ms'],
    [999, '999 ms'],
    [1000, '1.0 s'],
    [5012, '5.0 s'],
  ])('%d → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})
