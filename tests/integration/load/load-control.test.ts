/**
 * The load commands of the control API (docs/load.md): live progress, stopping a run midway (its
 * partial report, status 'stopped'), one run at a time, the run list, and refusals that say what
 * to change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LoadProgress, LoadReport } from '../../../src/shared/control/load-schemas'
import type { RunningCore } from '../../../src/core/start-core'
import type { z } from 'zod'
import { sendCommand } from '../../helpers/control-command'
import { startTestCore } from '../../helpers/test-core'
import { startTinyServer } from '../../helpers/tiny-server'
import type { TinyServer } from '../../helpers/tiny-server'
import { fastBot } from './load-bots'

let core: RunningCore
let server: TinyServer

beforeAll(async () => {
  core = await startTestCore({ sampleBot: false })
  server = await startTinyServer(fastBot(core.engine.account()))
})
afterAll(async () => {
  await server.close()
  await core.stop()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('progress and stopping', () => {
  it('publishes loadProgress about twice a second, then once with the final report', async () => {
    const seen: z.output<typeof LoadProgress>[] = []
    const stop = core.bus.on('loadProgress', (p) => seen.push(p))
    const { body } = await sendCommand(core, 'runLoad', {
      runId: 'progress',
      botUrl: server.url,
      rate: 50,
      durationMs: 1300,
    })
    stop()
    const report = body as LoadReport
    expect(report.status).toBe('finished')
    const running = seen.filter((p) => p.report.status === 'running')
    expect(running.length).toBeGreaterThanOrEqual(2)
    expect(running.every((p) => p.runId === 'progress')).toBe(true)
    // Counts only grow from one progress to the next.
    const messages = running.map((p) => p.report.messages)
    expect([...messages].sort((a, b) => a - b)).toEqual(messages)
    expect(seen.at(-1)?.report).toEqual(report)
  })

  it("keeps a load user's phone out of the phone log, which the listed users' chats share", async () => {
    const [listed] = core.workspace.directory.listUsers()
    if (!listed) throw new Error('the test core has no user')
    await sendCommand(core, 'sendPush', {
      openid: listed.openid,
      typeId: 'text',
      values: { Content: 'before the load' },
      botUrl: server.url,
    })
    const { body } = await sendCommand(core, 'runLoad', {
      runId: 'phones',
      botUrl: server.url,
      rate: 40,
      durationMs: 500,
    })
    expect((body as LoadReport).outcomes.reply).toBeGreaterThan(0)
    const shown = (await sendCommand(core, 'listPhoneMessages', {})).body as { openid: string }[]
    const openids = new Set(shown.map((m) => m.openid))
    expect(openids.has(listed.openid)).toBe(true)
    expect([...openids].every((o) => core.workspace.directory.user(o) !== undefined)).toBe(true)
  })

  it('stopLoad mid-run answers the partial report; runLoad answers it too', async () => {
    const answer = sendCommand(core, 'runLoad', {
      runId: 'stop-me',
      botUrl: server.url,
      rate: 50,
      durationMs: 4000,
    })
    await sleep(700)
    const listed = await sendCommand(core, 'listLoadRuns', {})
    const runs = (listed.body as { runs: LoadReport[] }).runs
    expect(runs[0]).toMatchObject({ runId: 'stop-me', status: 'running' })

    // One run at a time, with a message that says which and how to stop it.
    const second = await sendCommand(core, 'runLoad', { botUrl: server.url, rate: 5, messages: 1 })
    expect(second.status).toBe(400)
    expect(JSON.stringify(second.body)).toContain('stop-me')

    const stopped = await sendCommand(core, 'stopLoad', { runId: 'stop-me' })
    expect(stopped.status).toBe(200)
    const partial = stopped.body as LoadReport
    expect(partial.status).toBe('stopped')
    expect(partial.messages).toBeGreaterThan(10)
    expect(partial.messages).toBeLessThan(200)
    expect(partial.durationMs).toBeLessThan(2000)

    const final = await answer
    expect(final.status).toBe(200)
    expect(final.body).toEqual(partial)
    const after = (await sendCommand(core, 'listLoadRuns', {})).body as { runs: LoadReport[] }
    expect(after.runs.find((r) => r.runId === 'stop-me')).toEqual(partial)
  })

  it('stopLoad of a run nobody started is not-found', async () => {
    const { status, body } = await sendCommand(core, 'stopLoad', { runId: 'no-such-run' })
    expect(status).toBe(404)
    expect(body).toMatchObject({ error: { code: 'not-found' } })
  })
})

describe('refusals that say what to change', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['rate and concurrency', { rate: 5, concurrency: 2, messages: 1 }, /exactly one of rate/],
    ['neither rate nor concurrency', { messages: 1 }, /exactly one of rate/],
    ['no end', { rate: 5 }, /durationMs or messages/],
    ['a ramp without a rate', { concurrency: 2, rampTo: 9, durationMs: 500 }, /give rate with it/],
    ['a ramp without a duration', { rate: 5, rampTo: 9, messages: 3 }, /give durationMs/],
    [
      'a type outside the catalogue',
      { rate: 5, messages: 1, mix: [{ typeId: 'event.NOPE', weight: 1 }] },
      /"event\.NOPE".*use some of: text, image/,
    ],
    ['an unknown account', { rate: 5, messages: 1, accountId: 'nobody' }, /no account nobody/],
  ]
  it.each(cases)('%s', async (_name, input, message) => {
    const { status, body } = await sendCommand(core, 'runLoad', { botUrl: server.url, ...input })
    expect(status).toBe(400)
    expect(body).toMatchObject({ error: { code: 'invalid-input' } })
    expect((body as { error: { message: string } }).error.message).toMatch(message)
  })
})
