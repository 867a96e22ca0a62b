/**
 * The runner on a whole core: suites against the sample bot (passing, and with expectations it
 * does not meet), and against small broken bots — one that hangs past the deadline, one that
 * answers 500, one that replies with the wrong type, one that is not there — with the exact
 * assertion failures each produces.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runSuite } from '../../../src/core/replay/run'
import type { RunDeps, RunOptions } from '../../../src/core/replay/run'
import { suiteFromExchanges } from '../../../src/core/replay/suite'
import type { RunningCore } from '../../../src/core/start-core'
import type { PushExchange } from '../../../src/shared/model/exchange'
import type { Suite, SuiteStep } from '../../../src/shared/model/suite'
import { runDepsOf, startTestCore } from '../../helpers/test-core'
import { closedPortUrl, startTinyServer } from '../../helpers/tiny-server'
import type { TinyHandler, TinyServer } from '../../helpers/tiny-server'
import { readPush, textReply } from '../engine/bots'

let core: RunningCore
let deps: RunDeps
let dir: string
const servers: TinyServer[] = []

beforeAll(async () => {
  core = await startTestCore({
    seed: 'replay-run',
    slowDelayMs: 30,
  })
  deps = runDepsOf(core)
  dir = await mkdtemp(join(tmpdir(), 'mpsim-replay-'))
})
afterAll(async () => {
  await core.stop()
  await rm(dir, { recursive: true, force: true })
})
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

const suite = (steps: SuiteStep[], extra: Partial<Suite> = {}): Suite => ({
  version: 1,
  name: 'test',
  mode: 'plain',
  steps,
  ...extra,
})
const text = (content: string, expect?: SuiteStep['expect']): SuiteStep => ({
  send: { type: 'text', fields: { Content: content } },
  ...(expect ? { expect } : {}),
})

async function bot(handler: TinyHandler): Promise<string> {
  const server = await startTinyServer(handler)
  servers.push(server)
  return server.url
}

/** Broken bots answer fast in tests: a short deadline and two attempts. */
const quick: RunOptions = { timeoutMs: 300, attempts: 2 }

const exchanges = new Map<string, PushExchange>()
beforeAll(() => {
  core.bus.on('exchange', (e) => {
    if (e.kind === 'push') exchanges.set(e.id, e)
  })
})

describe('a suite against the sample bot', () => {
  it('passes when the bot does what the steps expect, API calls included', async () => {
    const result = await runSuite(
      deps,
      suite([
        text('image', { verdict: 'reply', replyType: 'image', withinMs: 2000, noRetry: true }),
        text('help', { replyType: 'text', fields: { Content: { contains: 'help' } } }),
        text('slow', {
          verdict: 'no-reply',
          apiCalls: [
            {
              path: '/cgi-bin/message/custom/send',
              count: 1,
              body: {
                touser: '{{user.openid}}',
                msgtype: 'text',
                'text.content': { contains: 'slow job is done' },
              },
            },
          ],
        }),
        text('success'),
      ]),
    )
    expect(result.steps.map((s) => [s.status, s.failures, s.error])).toEqual([
      ['passed', [], undefined],
      ['passed', [], undefined],
      ['passed', [], undefined],
      ['passed', [], undefined],
    ])
    expect(result.counts).toEqual({ passed: 4, failed: 0, error: 0, skipped: 0 })
  })

  it('reports each unmet expectation exactly', async () => {
    const result = await runSuite(
      deps,
      suite([
        text('help', {
          verdict: 'no-reply',
          replyType: 'news',
          fields: { Content: { matches: '^nope' } },
          apiCalls: [{ path: '/cgi-bin/message/custom/send' }],
        }),
      ]),
      { apiCallWaitMs: 100 },
    )
    const [step] = result.steps
    expect(step?.status).toBe('failed')
    expect(step?.failures.map((f) => [f.assertion, f.expected, f.actual])).toEqual([
      ['verdict', 'no-reply', 'reply'],
      ['replyType', 'news', 'text'],
      ['fields.Content', 'matches /^nope/', expect.stringMatching(/^"发送下面的关键词/)],
      [
        'apiCalls[0]',
        'at least 1 × /cgi-bin/message/custom/send',
        '0 × /cgi-bin/message/custom/send',
      ],
    ])
  })

  it('runs every step once per row, with variables', async () => {
    const result = await runSuite(
      deps,
      suite([text('{{row.word}}', { replyType: '{{row.type}}' }), text('{{vars.greeting}}')], {
        variables: { greeting: 'help' },
        rows: [
          { word: 'image', type: 'image' },
          { word: 'voice', type: 'voice' },
        ],
      }),
    )
    expect(result.steps.map((s) => [s.index, s.row, s.name, s.status])).toEqual([
      [0, 0, 'text: image [row 1]', 'passed'],
      [1, 0, 'text: help [row 1]', 'passed'],
      [0, 1, 'text: voice [row 2]', 'passed'],
      [1, 1, 'text: help [row 2]', 'passed'],
    ])
  })

  it('fills the variables of a step’s name, in results and for skipped steps alike', async () => {
    const nickname = core.workspace.directory.listUsers(
      core.workspace.directory.listAccounts()[0]!.id,
    )[0]!.nickname
    const result = await runSuite(
      deps,
      suite(
        [
          { ...text('help', { replyType: 'news' }), name: '{{row.word}} from {{user.nickname}}' },
          { ...text('help'), name: 'then {{vars.who}} at {{row.word}}' },
          { ...text('help'), name: 'typo {{row.wrod}}' },
        ],
        { variables: { who: '{{user.nickname}}' }, rows: [{ word: 'one' }] },
      ),
      { bail: true },
    )
    expect(result.steps.map((s) => [s.name, s.status])).toEqual([
      [`one from ${nickname} [row 1]`, 'failed'],
      [`then ${nickname} at one [row 1]`, 'skipped'],
      ['typo {{row.wrod}} [row 1]', 'skipped'],
    ])
    const typo = await runSuite(deps, suite([{ ...text('help'), name: 'typo {{row.wrod}}' }]))
    // A name is not sent: a typo in it shows as written rather than failing the step.
    expect(typo.steps[0]).toMatchObject({ name: 'typo {{row.wrod}}', status: 'passed' })
  })

  it('an unknown variable is the step’s error, never sent', async () => {
    const result = await runSuite(deps, suite([text('{{row.missing}}')]))
    expect(result.steps[0]).toMatchObject({
      status: 'error',
      error: 'unknown variable {{row.missing}}',
    })
  })

  it('tags and only narrow the run; bail skips what follows a failure', async () => {
    const steps: SuiteStep[] = [
      { ...text('image', { replyType: 'image' }), tags: ['media'] },
      { ...text('help', { replyType: 'news' }), tags: ['text'] },
      { ...text('voice', { replyType: 'voice' }), tags: ['media'] },
    ]
    const tagged = await runSuite(deps, suite(steps), { tags: ['media'] })
    expect(tagged.steps.map((s) => s.index)).toEqual([0, 2])
    const only = await runSuite(deps, suite(steps), { only: [1] })
    expect(only.steps.map((s) => [s.index, s.status])).toEqual([[1, 'failed']])
    const bailed = await runSuite(deps, suite(steps), { bail: true })
    expect(bailed.steps.map((s) => s.status)).toEqual(['passed', 'failed', 'skipped'])
    expect(bailed.counts).toEqual({ passed: 1, failed: 1, error: 0, skipped: 1 })
  })

  it('runs steps concurrently, results in suite order, progress for each', async () => {
    const words = ['image', 'voice', 'video', 'music', 'help', 'success']
    const progress: number[] = []
    const result = await runSuite(deps, suite(words.map((w) => text(w))), {
      concurrency: 3,
      onProgress: (p) => progress.push(p.done),
    })
    expect(result.steps.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5])
    expect(result.counts.passed).toBe(6)
    expect(progress).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('a seed repeats MsgIds and nonces; without keepMsgId an XML step gets a fresh MsgId', async () => {
    const xml =
      '<xml><ToUserName><![CDATA[gh_x]]></ToUserName><FromUserName><![CDATA[o_captured]]></FromUserName>' +
      '<CreateTime>1600000000</CreateTime><MsgType><![CDATA[text]]></MsgType>' +
      '<Content><![CDATA[help]]></Content><MsgId>1234567890123456789</MsgId></xml>'
    const s = suite([{ send: { xml } }])
    const msgIdOf = (r: Awaited<ReturnType<typeof runSuite>>) => {
      const ex = exchanges.get(r.steps[0]?.exchangeId ?? '')
      return {
        msgId: /<MsgId>(\d+)<\/MsgId>/.exec(ex?.analysis.plainXml ?? '')?.[1],
        nonce: new URL(ex?.attempts[0]?.request.url ?? 'http://x').searchParams.get('nonce'),
      }
    }
    const a = msgIdOf(await runSuite(deps, s, { seed: 7 }))
    const b = msgIdOf(await runSuite(deps, s, { seed: 7 }))
    const c = msgIdOf(await runSuite(deps, s, { seed: 8 }))
    expect(a.msgId).toMatch(/^\d+$/)
    expect(a.msgId).not.toBe('1234567890123456789')
    expect(b).toEqual(a)
    expect(c.msgId).not.toBe(a.msgId)
    const kept = msgIdOf(await runSuite(deps, suite([{ send: { xml }, keepMsgId: true }])))
    expect(kept.msgId).toBe('1234567890123456789')
  })

  it('a capture file is read relative to the suite and replayed', async () => {
    await writeFile(
      join(dir, 'one.xml'),
      '<xml><ToUserName><![CDATA[gh_x]]></ToUserName><FromUserName><![CDATA[o1]]></FromUserName>' +
        '<CreateTime>1600000000</CreateTime><MsgType><![CDATA[text]]></MsgType>' +
        '<Content><![CDATA[image]]></Content><MsgId>1</MsgId></xml>',
    )
    const result = await runSuite(
      deps,
      suite([
        { send: { capture: 'one.xml' }, expect: { replyType: 'image' } },
        { send: { capture: 'missing.xml' } },
      ]),
      { baseDir: dir },
    )
    expect(result.steps[0]?.status).toBe('passed')
    expect(result.steps[1]).toMatchObject({ status: 'error' })
    expect(result.steps[1]?.error).toContain('cannot read')
  })

  it('same reply as recorded: a suite built from exchanges passes, a changed reply shows a diff', async () => {
    const recorded = await core.engine.send({
      typeId: 'text',
      values: { Content: 'image' },
      mode: 'plain',
    })
    const built = suiteFromExchanges([recorded], 'from the inspector')
    expect(built.steps[0]?.expect).toEqual({
      verdict: 'reply',
      replyType: 'image',
      sameReplyAsRecorded: true,
    })
    const passed = await runSuite(deps, built)
    expect(passed.steps[0]?.failures).toEqual([])
    const changed: Suite = {
      ...built,
      steps: built.steps.map((s) => ({
        ...s,
        recordedReply: (s.recordedReply ?? '').replace(
          /<MediaId><!\[CDATA\[[^\]]*\]\]>/,
          '<MediaId><![CDATA[OLD]]>',
        ),
      })),
    }
    const failed = await runSuite(deps, changed)
    const failure = failed.steps[0]?.failures[0]
    expect(failure?.assertion).toBe('sameReplyAsRecorded')
    expect(failure?.diff?.split('\n').filter((l) => /^[-+]/.test(l))).toEqual([
      '-     <MediaId>OLD</MediaId>',
      expect.stringMatching(/^\+ {5}<MediaId>.+<\/MediaId>$/),
    ])
  })
})

describe('a suite against broken bots', () => {
  it('a bot that hangs past the deadline: not accepted, retried', async () => {
    const url = await bot(() => undefined)
    const result = await runSuite(deps, suite([text('hi')]), { ...quick, target: url })
    expect(result.steps[0]?.status).toBe('failed')
    expect(result.steps[0]?.failures).toEqual([
      { assertion: 'accepted', expected: 'reply or no-reply', actual: 'service-unavailable' },
      { assertion: 'noRetry', expected: 'answered at the first attempt', actual: '2 attempts' },
    ])
  })

  it('a bot that hangs fails withinMs with the time it gave up', async () => {
    const url = await bot(() => undefined)
    const result = await runSuite(deps, suite([text('hi', { withinMs: 100 })]), {
      ...quick,
      attempts: 1,
      target: url,
    })
    const [failure] = result.steps[0]?.failures ?? []
    expect(failure?.assertion).toBe('withinMs')
    expect(failure?.expected).toBe('≤ 100 ms')
    expect(failure?.actual).toMatch(/^no answer \(gave up after \d+ ms\)$/)
  })

  it('a bot that answers 500', async () => {
    const url = await bot((_req, res) => {
      res.writeHead(500).end('oops')
    })
    const result = await runSuite(
      deps,
      suite([text('hi'), text('hi', { verdict: 'reply', replyType: 'text' })]),
      { ...quick, target: url },
    )
    expect(result.steps.map((s) => s.failures)).toEqual([
      [{ assertion: 'accepted', expected: 'reply or no-reply', actual: 'service-unavailable' }],
      [
        { assertion: 'verdict', expected: 'reply', actual: 'service-unavailable' },
        { assertion: 'replyType', expected: 'text', actual: '(no reply: service-unavailable)' },
      ],
    ])
  })

  it('a bot that replies with the wrong type', async () => {
    const url = await bot((req, res, body) => {
      const push = readPush(req, body).push
      const image =
        `<xml><ToUserName><![CDATA[${push.from}]]></ToUserName><FromUserName><![CDATA[${push.to}]]></FromUserName>` +
        '<CreateTime>1700000000</CreateTime><MsgType><![CDATA[image]]></MsgType>' +
        '<Image><MediaId><![CDATA[m1]]></MediaId></Image></xml>'
      res.writeHead(200, { 'Content-Type': 'text/xml' }).end(image)
    })
    const result = await runSuite(
      deps,
      suite([text('hi', { replyType: 'text', fields: { Content: 'echo: hi' } })]),
      { ...quick, target: url },
    )
    expect(result.steps[0]?.failures).toEqual([
      { assertion: 'replyType', expected: 'text', actual: 'image' },
      { assertion: 'fields.Content', expected: '"echo: hi"', actual: '(absent)' },
    ])
  })

  it('a good tiny bot passes field assertions', async () => {
    const url = await bot((req, res, body) => {
      const push = readPush(req, body).push
      res
        .writeHead(200, { 'Content-Type': 'text/xml' })
        .end(textReply(push.from, push.to, `echo: ${push.content ?? ''}`))
    })
    const result = await runSuite(deps, suite([text('hi', { fields: { Content: 'echo: hi' } })]), {
      ...quick,
      target: url,
    })
    expect(result.steps[0]?.status).toBe('passed')
  })

  it('a bot that is not there: the step errs as unreachable', async () => {
    const url = await closedPortUrl()
    const result = await runSuite(deps, suite([text('hi')]), { ...quick, target: url })
    expect(result.steps[0]).toMatchObject({ status: 'error', unreachable: true, failures: [] })
    expect(result.steps[0]?.error).toContain('could not be reached')
  })

  it('an unknown account or a bad target is a configuration error of the run', async () => {
    await expect(runSuite(deps, suite([text('hi')], { account: 'nope' }))).rejects.toThrow(
      /no account nope/,
    )
    await expect(runSuite(deps, suite([text('hi')]), { target: 'ftp://x' })).rejects.toThrow(/http/)
  })
})
