/**
 * The conformance pack against the sample bot (plain and safe mode: all passes), a bot that does
 * its work again on a WeChat retry, a bot answering 500, and no bot at all.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { conformanceSuite, runConformance } from '../../../src/core/replay/conformance'
import type { RunDeps } from '../../../src/core/replay/run'
import type { RunningCore } from '../../../src/core/start-core'
import { runDepsOf, startTestCore } from '../../helpers/test-core'
import { closedPortUrl, startTinyServer } from '../../helpers/tiny-server'
import type { TinyServer } from '../../helpers/tiny-server'
import { readPush } from '../engine/bots'

let core: RunningCore
let deps: RunDeps
const servers: TinyServer[] = []

beforeAll(async () => {
  core = await startTestCore({
    seed: 'replay-conformance',
    slowDelayMs: 30,
  })
  deps = runDepsOf(core)
})
afterAll(async () => {
  await core.stop()
})
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

const failing = (steps: { status: string; name: string; failures: unknown[] }[]) =>
  steps.filter((s) => s.status !== 'passed').map((s) => [s.name, s.status, s.failures])

describe('the conformance pack', () => {
  it('has a step for every catalogue type and the retry check, in the account’s mode', () => {
    const suite = conformanceSuite({ ...core.engine.account(), mode: 'safe' }, { retryMsgId: '42' })
    expect(suite.mode).toBe('safe')
    expect(suite.steps.map((s) => s.name)).toContain('text: answered or acknowledged in time')
    expect(suite.steps.filter((s) => s.tags?.includes('retry')).map((s) => s.send)).toEqual([
      { type: 'text', fields: { Content: 'mpsim conformance: retry', MsgId: '42' } },
      { type: 'text', fields: { Content: 'mpsim conformance: retry', MsgId: '42' } },
    ])
  })

  it.each(['plain', 'safe'] as const)('the sample bot passes in %s mode', async (mode) => {
    const result = await runConformance(deps, { mode })
    expect(failing(result.steps)).toEqual([])
    expect(result.steps[0]?.name).toBe('URL verification (echostr, signature check)')
    expect(result.counts.passed).toBe(result.steps.length)
  })

  it('a bot that does its work again on a retry fails the retry check only', async () => {
    const account = core.engine.account()
    const server = await startTinyServer(async (req, res, body) => {
      const url = new URL(req.url ?? '/', 'http://x')
      if (req.method === 'GET') {
        res.end(url.searchParams.get('echostr') ?? '')
        return
      }
      const push = readPush(req, body).push
      if (push.msgType === 'text') {
        // The work, done for every delivery instead of once per MsgId.
        const token = (await (
          await fetch(
            `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${account.appId}&secret=${account.appSecret}`,
          )
        ).json()) as { access_token: string }
        await fetch(
          `${core.platformUrl}/cgi-bin/message/custom/send?access_token=${token.access_token}`,
          {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ touser: push.from, msgtype: 'text', text: { content: 'done' } }),
          },
        )
      }
      res.end('success')
    })
    servers.push(server)
    const result = await runConformance(deps, {
      target: server.url,
      mode: 'plain',
      apiCallWaitMs: 500,
    })
    expect(failing(result.steps)).toEqual([
      [
        'retry: the same MsgId again does no second side effect',
        'failed',
        [
          {
            assertion: 'apiCalls[0]',
            expected: '0 × /cgi-bin/message/custom/send',
            actual: '1 × /cgi-bin/message/custom/send',
            diff: expect.stringContaining('/cgi-bin/message/custom/send {"touser"') as unknown,
          },
        ],
      ],
    ])
  })

  it('a bot answering 500 fails verification and every push', async () => {
    const server = await startTinyServer((_req, res) => {
      res.writeHead(500).end('oops')
    })
    servers.push(server)
    const result = await runConformance(deps, { target: server.url, mode: 'plain', attempts: 1 })
    expect(result.steps[0]?.failures).toEqual([
      { assertion: 'verification', expected: 'passed', actual: 'http-status' },
    ])
    // The one exception: whatever a bot answers to unfollowing, the user never sees it.
    expect(result.steps.filter((s) => s.status === 'passed').map((s) => s.name)).toEqual([
      'event.unsubscribe: acknowledged',
    ])
    expect(result.counts).toMatchObject({ passed: 1, failed: result.steps.length - 1 })
    expect(result.steps[1]?.failures[0]).toEqual({
      assertion: 'accepted',
      expected: 'reply or no-reply',
      actual: 'service-unavailable',
    })
  })

  it('no bot at all: verification is unreachable and the pushes are skipped', async () => {
    const result = await runConformance(deps, { target: await closedPortUrl(), mode: 'plain' })
    expect(result.steps[0]).toMatchObject({ status: 'error', unreachable: true })
    expect(result.steps.slice(1).every((s) => s.status === 'skipped')).toBe(true)
  })
})
