/**
 * The live line of `mpsim load`: on a terminal only (never in a pipe or CI), one line redrawn in
 * place at most about twice a second, cut to the terminal's width, erased before the report.
 */
import { describe, expect, it } from 'vitest'
import { progressLine, progressText } from '../../../../src/cli/load/progress-line'
import { report } from './reports'

function fakeStream(isTTY: boolean, columns = 200) {
  const writes: string[] = []
  const stream = { isTTY, columns, write: (s: string) => writes.push(s) > 0 }
  return { stream: stream as unknown as NodeJS.WriteStream, writes }
}

const LIVE = report({
  status: 'running',
  durationMs: 12_300,
  messages: 2460,
  completed: 2410,
  outcomes: { reply: 2400, 'no-reply': 0, 'service-unavailable': 10 },
  retries: 12,
  perSecond: [
    { t: 10, offered: 200, completed: 201, p50: 1, p95: 2, p99: 3, unavailable: 0, retries: 0 },
    { t: 11, offered: 200, completed: 120, p50: 1, p95: 2, p99: 3, unavailable: 0, retries: 0 },
  ],
})

describe('progressText', () => {
  it('elapsed of planned, sent, last full second’s pace, percentiles, outcomes, retries', () => {
    expect(progressText(LIVE, 'en', { durationMs: 30_000 })).toBe(
      '12.3 s / 30.0 s  sent 2,460  201/s  p50 12 ms  p95 35 ms  p99 81 ms  ✓ 2,400  0 no reply  ✗ 10 unavailable  ↻ 12 retries',
    )
    expect(progressText(LIVE, 'zh', { messages: 6000 })).toBe(
      '12.3 s  已发 2,460/6,000  201 条/秒  p50 12 ms  p95 35 ms  p99 81 ms  ✓ 2,400  无回复 0  ✗ 无法服务 10  ↻ 重试 12',
    )
  })
})

describe('progressLine', () => {
  it('draws nothing in a pipe or in CI', () => {
    const pipe = fakeStream(false)
    const line = progressLine(pipe.stream, 'en', {}, {})
    line.update(LIVE)
    line.stopping()
    line.done()
    expect(pipe.writes).toEqual([])
    const ci = fakeStream(true)
    progressLine(ci.stream, 'en', {}, { CI: 'true' }).update(LIVE)
    expect(ci.writes).toEqual([])
  })

  it('redraws one line in place, at most every 400 ms, and erases it at the end', () => {
    const tty = fakeStream(true)
    let now = 1000
    const line = progressLine(tty.stream, 'en', {}, {}, () => now)
    line.update(LIVE)
    now += 100
    line.update(LIVE)
    now += 400
    line.update(LIVE)
    expect(tty.writes).toHaveLength(2)
    expect(tty.writes[0]?.startsWith('\r12.3 s  sent 2,460 ')).toBe(true)
    expect(tty.writes[0]?.endsWith('\u001b[K')).toBe(true)
    line.stopping()
    expect(tty.writes[2]?.startsWith('\rstopping… (Ctrl+C again to quit at once)  12.3 s')).toBe(
      true,
    )
    line.done()
    expect(tty.writes[3]).toBe('\r\u001b[K')
  })

  it('a terminal reporting no size (0 columns) still gets the line', () => {
    const tty = fakeStream(true, 0)
    progressLine(tty.stream, 'en', {}, {}).update(LIVE)
    expect(tty.writes[0]).toContain('sent 2,460')
  })

  it('cuts the line to the terminal’s width (CJK characters count two)', () => {
    const tty = fakeStream(true, 30)
    progressLine(tty.stream, 'zh', {}, {}).update(LIVE)
    const drawn = (tty.writes[0] ?? '').replace('\r', '').replace('\u001b[K', '')
    let width = 0
    for (const ch of drawn) width += /[\u4e00-\u9fff]/.test(ch) ? 2 : 1
    expect(width).toBeLessThanOrEqual(29)
    expect(drawn.startsWith('12.3 s  已发')).toBe(true)
  })
})
