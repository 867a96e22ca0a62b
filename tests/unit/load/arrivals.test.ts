/** The open model's schedule (src/core/load/arrivals.ts): when each message is due. */
import { describe, expect, it } from 'vitest'
import { arrivals } from '../../../src/core/load/arrivals'

describe('a constant rate', () => {
  const a = arrivals({ rate: 200, durationMs: 2000 })

  it('sends rate × duration messages, the first at 0 and one every 1/rate s', () => {
    expect(a.total).toBe(400)
    expect(a.timeOf(0)).toBe(0)
    expect(a.timeOf(1)).toBeCloseTo(5)
    expect(a.timeOf(399)).toBeCloseTo(1995)
    expect(a.dueBy(0)).toBe(1)
    expect(a.dueBy(4.9)).toBe(1)
    expect(a.dueBy(5)).toBe(2)
    expect(a.dueBy(1000)).toBe(201)
    expect(a.dueBy(5000)).toBe(400)
  })

  it('a message count ends it first when smaller', () => {
    const b = arrivals({ rate: 200, durationMs: 2000, messages: 150 })
    expect(b.total).toBe(150)
    expect(b.dueBy(2000)).toBe(150)
    expect(arrivals({ rate: 3, messages: 7 }).dueBy(60_000)).toBe(7)
  })

  it('a duration that is not a whole number of intervals rounds up to the messages started in it', () => {
    expect(arrivals({ rate: 3, durationMs: 1000 }).total).toBe(3)
    expect(arrivals({ rate: 3, durationMs: 1001 }).total).toBe(4)
    expect(arrivals({ rate: 0.5, durationMs: 1000 }).total).toBe(1)
  })
})

describe('a linear ramp', () => {
  const a = arrivals({ rate: 100, rampTo: 300, durationMs: 2000 })

  it('sends the area under the ramp: the mean rate × the duration', () => {
    expect(a.total).toBe(400)
    expect(a.rateAt(0)).toBe(100)
    expect(a.rateAt(1000)).toBe(200)
    expect(a.rateAt(2000)).toBe(300)
    // 100 t + 50 t²: 150 in the first second, 250 in the second.
    expect(a.dueBy(999.999)).toBe(150)
    expect(a.dueBy(1000)).toBe(151)
  })

  it('timeOf inverts dueBy: message k is due exactly when k messages came before it', () => {
    for (const k of [1, 10, 150, 151, 299, 399]) {
      const t = a.timeOf(k)
      expect(a.dueBy(t + 1e-6)).toBe(k + 1)
      expect(a.dueBy(t - 1e-3)).toBe(k)
    }
  })

  it('ramps down as well', () => {
    const down = arrivals({ rate: 300, rampTo: 100, durationMs: 2000 })
    expect(down.total).toBe(400)
    expect(down.timeOf(250)).toBeCloseTo(1000)
    expect(down.dueBy(1000)).toBe(251)
  })
})
