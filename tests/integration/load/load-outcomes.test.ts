/**
 * Load runs through the real core against bots written here (docs/load.md): every push real, the
 * report's counts exact where the bot's behaviour is exact — all replies, every tenth message a
 * 500, a customer-service message sent once per attempt.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { LoadReport } from '../../../src/shared/control/load-schemas'
import type { Account } from '../../../src/shared/model/account'
import type { RunningCore } from '../../../src/core/start-core'
import { sendCommand } from '../../helpers/control-command'
import { startTestCore } from '../../helpers/test-core'
import { startTinyServer } from '../../helpers/tiny-server'
import type { TinyHandler, TinyServer } from '../../helpers/tiny-server'
import { doubleSendingBot, failingBot, fastBot } from './load-bots'
import type { LoadPush } from './load-bots'

let core: RunningCore
let account: Account
let servers: TinyServer[] = []

beforeAll(async () => {
  core = await startTestCore({ sampleBot: false, seed: 'load-outcomes' })
  account = core.engine.account()
})
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()))
  servers = []
})
afterAll(async () => {
  await core.stop()
})

async function bot(handler: TinyHandler): Promise<string> {
  const server = await startTinyServer(handler)
  servers.push(server)
  return server.url
}

async function runLoad(input: Record<string, unknown>): Promise<LoadReport> {
  const { status, body } = await sendCommand(core, 'runLoad', input)
  expect(status, JSON.stringify(body)).toBe(200)
  return body as LoadReport
}

const sum = (report: LoadReport, key: 'offered' | 'completed') =>
  report.perSecond.reduce((n, row) => n + row[key], 0)

describe('a load run against a fast bot', () => {
  it('plain mode, a mixed load: every push answered, counted once, its users gone after', async () => {
    const pushes: LoadPush[] = []
    const knownDuringRun: boolean[] = []
    const usersBefore = core.workspace.directory.listUsers().length
    const url = await bot(
      fastBot(account, (push) => {
        pushes.push(push)
        knownDuringRun.push(core.workspace.directory.user(push.from) !== undefined)
      }),
    )
    let logged = 0
    const stop = core.bus.on('exchange', (e) => {
      if (e.kind === 'push') logged++
    })
    const report = await runLoad({
      botUrl: url,
      rate: 150,
      messages: 150,
      durationMs: 5000,
      users: 12,
      seed: 'fast',
      mix: [
        { typeId: 'text', weight: 70 },
        { typeId: 'image', weight: 10 },
        { typeId: 'event.CLICK', weight: 20 },
      ],
      recordPerSecond: 30,
      recordOneIn: 10,
    })
    stop()
    expect(report).toMatchObject({
      status: 'finished',
      model: 'open',
      mode: 'plain',
      messages: 150,
      completed: 150,
      outcomes: { reply: 150, 'no-reply': 0, 'service-unavailable': 0 },
      unavailable: { timeout: 0, httpError: 0, network: 0, badReply: 0 },
      usersAffected: 0,
      retries: 0,
      duplicates: 0,
      lateReplies: 0,
      notStarted: 0,
    })
    expect(report.breakingRate).toBeUndefined()
    expect(pushes).toHaveLength(150)
    expect(sum(report, 'offered')).toBe(150)
    expect(sum(report, 'completed')).toBe(150)
    // 150 at 150/s is one second: 30 recorded fully, then one in ten of the other 120.
    expect(report.recorded).toBe(30 + 12)
    expect(logged).toBe(report.recorded)
    expect(report.latencyMs.p50).toBeGreaterThan(0)
    expect(report.latencyMs.p99).toBeGreaterThanOrEqual(report.latencyMs.p50)
    expect(report.latencyMs.max).toBeGreaterThanOrEqual(report.latencyMs.p99)
    expect(report.throughput).toBeGreaterThan(0)
    // The mix, as sent and as the bot saw it.
    const types = report.types ?? {}
    expect(Object.values(types).reduce((a, b) => a + b, 0)).toBe(150)
    expect(pushes.filter((p) => p.msgType === 'image')).toHaveLength(types.image ?? -1)
    expect(pushes.filter((p) => p.event === 'CLICK')).toHaveLength(types['event.CLICK'] ?? -1)
    expect(types.text).toBeGreaterThan(types.image ?? 0)
    // Twelve users, each with their own openid, known to the platform only while the run lasted.
    const openids = new Set(pushes.map((p) => p.from))
    expect(openids.size).toBeLessThanOrEqual(12)
    expect(openids.size).toBeGreaterThan(6)
    expect(knownDuringRun.every(Boolean)).toBe(true)
    for (const openid of openids) expect(core.workspace.directory.user(openid)).toBeUndefined()
    expect(core.workspace.directory.listUsers()).toHaveLength(usersBefore)
    // A photo's PicUrl serves the picture, as WeChat's does.
    const image = pushes.find((p) => p.msgType === 'image')
    expect(image?.values.MediaId).toBeTruthy()
    const picture = await fetch(image?.values.PicUrl ?? '')
    expect(picture.status).toBe(200)
    expect(picture.headers.get('content-type')).toMatch(/^image\//)
  })

  it('safe mode: every push encrypted, every sealed reply accepted', async () => {
    const pushes: LoadPush[] = []
    const url = await bot(fastBot(account, (push) => pushes.push(push)))
    const report = await runLoad({
      botUrl: url,
      rate: 100,
      durationMs: 500,
      mode: 'safe',
      users: 5,
    })
    expect(report.messages).toBe(50)
    expect(report.outcomes).toEqual({ reply: 50, 'no-reply': 0, 'service-unavailable': 0 })
    expect(pushes.every((p) => p.encrypted)).toBe(true)
  })

  it('the closed model keeps C pushes in flight until the count is reached', async () => {
    const url = await bot(fastBot(account))
    const report = await runLoad({ botUrl: url, concurrency: 4, messages: 60, users: 3 })
    expect(report).toMatchObject({ model: 'closed', concurrency: 4, messages: 60, completed: 60 })
    expect(report.outcomes.reply).toBe(60)
  })

  it('a follow event in the mix: each user follows first, and is never saved', async () => {
    const pushes: LoadPush[] = []
    const url = await bot(fastBot(account, (push) => pushes.push(push)))
    const report = await runLoad({
      botUrl: url,
      rate: 200,
      messages: 80,
      users: 6,
      seed: 'follow',
      mix: [
        { typeId: 'text', weight: 90 },
        { typeId: 'event.subscribe', weight: 10 },
      ],
    })
    expect(report.completed).toBe(80)
    const firstOf = new Map<string, LoadPush>()
    for (const p of pushes) if (!firstOf.has(p.from)) firstOf.set(p.from, p)
    for (const first of firstOf.values()) expect(first.event).toBe('subscribe')
    // Nobody follows twice.
    const follows = pushes.filter((p) => p.event === 'subscribe')
    expect(new Set(follows.map((p) => p.from)).size).toBe(follows.length)
    const users = core.workspace.directory.listUsers().map((u) => u.openid)
    expect(users.some((openid) => firstOf.has(openid))).toBe(false)
  })
})

describe('a load run against a failing bot', () => {
  it('every tenth message a 500: exact counts, grouped as httpError', async () => {
    const url = await bot(failingBot(account))
    const report = await runLoad({ botUrl: url, rate: 200, messages: 100, users: 50, seed: 'fail' })
    expect(report).toMatchObject({
      messages: 100,
      completed: 100,
      outcomes: { reply: 90, 'no-reply': 0, 'service-unavailable': 10 },
      unavailable: { timeout: 0, httpError: 10, network: 0, badReply: 0 },
      // An HTTP 500 is an answer: WeChat does not retry it.
      retries: 0,
    })
    expect(report.usersAffected).toBeGreaterThan(0)
    expect(report.usersAffected).toBeLessThanOrEqual(10)
    expect(report.perSecond.reduce((n, row) => n + row.unavailable, 0)).toBe(10)
  })

  it('a bot that is not there: every push a network failure, retried', async () => {
    const server = await startTinyServer(() => undefined)
    await server.close()
    const report = await runLoad({
      botUrl: server.url,
      rate: 50,
      messages: 10,
      users: 10,
      attempts: 2,
    })
    expect(report.outcomes['service-unavailable']).toBe(10)
    expect(report.unavailable.network).toBe(10)
    expect(report.retries).toBe(10)
  })
})

describe('a bot that sends its customer-service message once per attempt', () => {
  it('duplicates are counted per message, with the retries and late replies behind them', async () => {
    const url = await bot(doubleSendingBot(account, core.platformUrl, 450))
    const report = await runLoad({
      botUrl: url,
      rate: 40,
      messages: 12,
      users: 12,
      timeoutMs: 300,
      attempts: 3,
      seed: 'dupes',
    })
    expect(report).toMatchObject({
      messages: 12,
      completed: 12,
      outcomes: { reply: 12, 'no-reply': 0, 'service-unavailable': 0 },
      retries: 12,
      lateReplies: 12,
      duplicates: 12,
      usersAffected: 0,
    })
    // Every reply came after a missed deadline: p50 is past it.
    expect(report.latencyMs.p50).toBeGreaterThan(300)
  })
})
