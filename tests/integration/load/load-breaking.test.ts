/**
 * The rate at which a bot stops meeting the deadline (docs/load.md "Ramp and breakingRate"): a bot
 * that slows down as requests pile up is ramped past the rate it can serve. The deadline stands in
 * for WeChat's 5 s at 300 ms, so the run takes seconds: the threshold is the run's deadline.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { LoadReport } from '../../../src/shared/control/load-schemas'
import type { RunningCore } from '../../../src/core/start-core'
import { sendCommand } from '../../helpers/control-command'
import { startTestCore } from '../../helpers/test-core'
import { startTinyServer } from '../../helpers/tiny-server'
import type { TinyServer } from '../../helpers/tiny-server'
import { slowingBot } from './load-bots'

let core: RunningCore
let server: TinyServer

beforeAll(async () => {
  core = await startTestCore({ sampleBot: false })
  // A first short run warms the engine up, so a cold start is not mistaken for the bot breaking.
  const warm = await startTinyServer(slowingBot(core.engine.account(), 1, 0))
  await sendCommand(core, 'runLoad', { botUrl: warm.url, rate: 100, messages: 100, users: 10 })
  await warm.close()
})
afterEach(async () => {
  await server.close()
})
afterAll(async () => {
  await core.stop()
})

async function ramp(from: number, to: number, durationMs: number): Promise<LoadReport> {
  // 10 ms alone, 10 ms more for each request already waiting: about 100 msg/s is its limit.
  server = await startTinyServer(slowingBot(core.engine.account(), 10, 10))
  const { status, body } = await sendCommand(core, 'runLoad', {
    botUrl: server.url,
    rate: from,
    rampTo: to,
    durationMs,
    users: 200,
    timeoutMs: 300,
    attempts: 2,
    seed: 'ramp',
  })
  expect(status, JSON.stringify(body)).toBe(200)
  return body as LoadReport
}

describe('a bot that slows down with load', () => {
  it('ramped past its limit: the report names the rate where the deadline broke', async () => {
    const report = await ramp(20, 260, 3000)
    expect(report.status).toBe('finished')
    expect(report.timeoutMs).toBe(300)
    expect(report.breakingRate).toBeDefined()
    expect(report.breakingAt).toBeDefined()
    // Somewhere past its easy pace and before the top of the ramp.
    expect(report.breakingRate).toBeGreaterThan(30)
    expect(report.breakingRate).toBeLessThan(260)
    // Broken means users saw it: timeouts, retries, late or failed answers.
    expect(report.unavailable.timeout + report.lateReplies).toBeGreaterThan(0)
    expect(report.retries).toBeGreaterThan(0)
    // The curve shows it: some second's p99 is past the deadline.
    expect(Math.max(...report.perSecond.map((row) => row.p99))).toBeGreaterThan(300)
  })

  it('kept within its pace, the same bot never breaks', async () => {
    const report = await ramp(10, 20, 1000)
    expect(report.outcomes['service-unavailable']).toBe(0)
    expect(report.breakingRate).toBeUndefined()
  })
})
