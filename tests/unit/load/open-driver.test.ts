/**
 * The open-model driver on real timers: at 2,000 msg/s the messages start on schedule, batched per
 * tick rather than one timer each, and none is held back by the ones still in flight.
 */
import { describe, expect, it } from 'vitest'
import { arrivals } from '../../../src/core/load/arrivals'
import { realTime } from '../../../src/core/load/driver'
import { startOpenDriver } from '../../../src/core/load/open-driver'
import { startClosedDriver } from '../../../src/core/load/closed-driver'

describe('the open driver', () => {
  it('2,000 msg/s for 600 ms: every message started, each close to its scheduled time', async () => {
    const plan = arrivals({ rate: 2000, durationMs: 600 })
    const lags: number[] = []
    const startedAt = realTime.now()
    let atHalf = 0
    const half = setTimeout(() => {
      atHalf = lags.length
    }, 300)
    const driver = startOpenDriver({
      arrivals: plan,
      clock: realTime,
      maxInFlight: 10_000,
      inFlight: () => 0,
      onSkipped: () => undefined,
      launch: (scheduledAt) => {
        lags.push(realTime.now() - scheduledAt)
        // Never settles during the test: an open model does not wait for answers.
        return new Promise(() => undefined)
      },
    })
    await driver.done
    clearTimeout(half)
    expect(lags).toHaveLength(1200)
    // Halfway through, about half have started (the machine is shared: a generous band).
    expect(atHalf).toBeGreaterThan(400)
    expect(atHalf).toBeLessThan(800)
    expect(realTime.now() - startedAt).toBeGreaterThanOrEqual(599)
    lags.sort((a, b) => a - b)
    // Starts are late by a tick at most, bar a stall of the shared machine.
    expect(lags[Math.floor(lags.length * 0.9)]).toBeLessThan(30)
  })

  it('a message due while the cap is in flight is skipped and told, not queued', async () => {
    let skipped = 0
    let started = 0
    const driver = startOpenDriver({
      arrivals: arrivals({ rate: 1000, messages: 50 }),
      clock: realTime,
      maxInFlight: 20,
      inFlight: () => started,
      onSkipped: () => skipped++,
      launch: () => {
        started++
        return new Promise(() => undefined)
      },
    })
    await driver.done
    expect(started).toBe(20)
    expect(skipped).toBe(30)
  })

  it('stop() starts nothing more', async () => {
    let started = 0
    const driver = startOpenDriver({
      arrivals: arrivals({ rate: 100, durationMs: 10_000 }),
      clock: realTime,
      maxInFlight: 10_000,
      inFlight: () => 0,
      onSkipped: () => undefined,
      launch: () => {
        started++
        return Promise.resolve()
      },
    })
    await new Promise((resolve) => setTimeout(resolve, 120))
    driver.stop()
    await driver.done
    const atStop = started
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(started).toBe(atStop)
    expect(atStop).toBeGreaterThan(5)
    expect(atStop).toBeLessThan(30)
  })
})

describe('the closed driver', () => {
  it('keeps C in flight and starts the next only when one settles', async () => {
    let inFlight = 0
    let most = 0
    let started = 0
    const driver = startClosedDriver({
      concurrency: 3,
      messages: 12,
      clock: realTime,
      launch: async () => {
        started++
        inFlight++
        most = Math.max(most, inFlight)
        await new Promise((resolve) => setTimeout(resolve, 5))
        inFlight--
      },
    })
    await driver.done
    expect(started).toBe(12)
    expect(most).toBe(3)
  })
})
