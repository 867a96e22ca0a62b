/**
 * The replay commands of the control API: suites saved, read, listed and run from suites/ (names
 * confined there, problems with their line), a suite built from recorded pushes, captures
 * imported from uploads and pasted text, and a run's live replayProgress events on the stream.
 * A core on 127.0.0.1 with OS-chosen ports and the sample bot; stopped at the end.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { connect } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCoreClient, CoreRequestError } from '../../src/cli/core-link/control-client'
import type { CoreClient } from '../../src/cli/core-link/control-client'
import type { RunningCore } from '../../src/core/start-core'
import { TOKEN_HEADER } from '../../src/shared/control/contract'
import type { CoreEvent } from '../../src/shared/control/events'
import { IMPORT_BODY_LIMIT_BYTES } from '../../src/shared/control/replay-schemas'
import type { Suite } from '../../src/shared/model/suite'
import { startTestCore } from '../helpers/test-core'
import { startTinyServer } from '../helpers/tiny-server'

let core: RunningCore
let dir: string
let client: CoreClient

const smoke: Suite = {
  version: 1,
  name: 'smoke',
  steps: [
    {
      name: 'help',
      send: { type: 'text', fields: { Content: 'help' } },
      expect: { verdict: 'reply', replyType: 'text', fields: { Content: { contains: 'help' } } },
    },
    {
      name: 'silent',
      send: { type: 'text', fields: { Content: 'success' } },
      expect: { verdict: 'reply' },
    },
  ],
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-ctl-replay-'))
  core = await startTestCore({
    workspaceDir: join(dir, 'ws'),
  })
  client = createCoreClient(core.url, core.token)
})
afterAll(async () => {
  await core.stop()
  await rm(dir, { recursive: true, force: true })
})

async function refusal(work: Promise<unknown>): Promise<CoreRequestError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(CoreRequestError)
  return error as CoreRequestError
}

describe('suites in the workspace', () => {
  it('saves a suite as YAML, reads it back parsed, and lists it', async () => {
    const saved = await client.call('saveSuite', { file: 'smoke.yaml', suite: smoke })
    expect(saved.problems).toEqual([])
    expect(saved.suite).toEqual(smoke)
    const text = await readFile(join(dir, 'ws', 'suites', 'smoke.yaml'), 'utf8')
    expect(text).toBe(saved.text)
    expect(text).toMatch(/^version: 1\nname: smoke\n/)
    expect(await readdir(join(dir, 'ws', 'suites'))).toEqual(['smoke.yaml'])

    const got = await client.call('getSuite', { file: 'smoke.yaml' })
    expect(got.suite).toEqual(smoke)
    const listed = await client.call('listSuites', {})
    expect(listed.suites).toContainEqual({ file: 'smoke.yaml', name: 'smoke', steps: 2 })
  })

  it('saves JSON for a .json name', async () => {
    await client.call('saveSuite', { file: 'nested/smoke.json', suite: smoke })
    const text = await readFile(join(dir, 'ws', 'suites', 'nested', 'smoke.json'), 'utf8')
    expect(JSON.parse(text)).toEqual(smoke)
  })

  it('lists a broken suite with its problem and line, and refuses to run it', async () => {
    await writeFile(
      join(dir, 'ws', 'suites', 'broken.yaml'),
      'version: 1\nname: broken\nsteps:\n  - send: { type: text }\n    expect: { verdict: maybe }\n',
    )
    const listed = await client.call('listSuites', {})
    const broken = listed.suites.find((s) => s.file === 'broken.yaml')
    expect(broken?.problems?.[0]).toMatchObject({ line: 5, path: 'steps.0.expect.verdict' })
    const error = await refusal(client.call('runSuite', { file: 'broken.yaml' }))
    expect(error.code).toBe('invalid-input')
    expect(error.issues[0]?.path).toMatch(/^broken\.yaml:5:\d+$/)
    expect(error.issues[0]?.message).toMatch(/^steps\.0\.expect\.verdict: /)
  })

  it.each(['../escape.yaml', join(tmpdir(), 'x.yaml'), 'a\\b.yaml', 'notes.txt'])(
    'refuses the name %j with a 400 and writes nothing',
    async (file) => {
      const error = await refusal(client.call('saveSuite', { file, suite: smoke }))
      expect(error.code).toBe('invalid-input')
      expect(await readdir(dir)).toEqual(['ws'])
    },
  )

  it('answers not-found for a suite that does not exist', async () => {
    const error = await refusal(client.call('getSuite', { file: 'missing.yaml' }))
    expect(error.code).toBe('not-found')
  })
})

describe('running a suite', () => {
  it('runs a suite file, publishing replayProgress for each step under the caller’s runId', async () => {
    const seen: CoreEvent[] = []
    const stop = await client.events((event) => {
      if (event.name === 'replayProgress') seen.push(event)
    })
    try {
      const result = await client.call('runSuite', { file: 'smoke.yaml', runId: 'my-run' })
      expect(result.runId).toBe('my-run')
      expect(result.file).toBe('smoke.yaml')
      expect(result.counts).toEqual({ passed: 1, failed: 1, error: 0, skipped: 0 })
      expect(result.steps[1]?.failures[0]).toMatchObject({
        assertion: 'verdict',
        expected: 'reply',
        actual: 'no-reply',
      })
      await expect.poll(() => seen.length).toBe(2)
      expect(seen.map((e) => e.name === 'replayProgress' && e.data)).toEqual([
        expect.objectContaining({ runId: 'my-run', done: 1, total: 2 }),
        expect.objectContaining({ runId: 'my-run', done: 2, total: 2 }),
      ])
    } finally {
      stop()
    }
  })

  it('runs a suite given whole, only the steps asked for', async () => {
    const result = await client.call('runSuite', { suite: smoke, only: [0] })
    expect(result.steps.map((s) => [s.index, s.status])).toEqual([[0, 'passed']])
  })

  it('refuses a target that is not a URL as the caller’s mistake', async () => {
    const error = await refusal(client.call('runSuite', { suite: smoke, target: 'ftp://x' }))
    expect(error.code).toBe('invalid-input')
  })

  it('takes each step’s deadline and attempts from timeoutMs and attempts, within bounds', async () => {
    let requests = 0
    // Answers after 600 ms: inside WeChat's 5 s, past a 200 ms deadline.
    const slow = await startTinyServer((_req, res) => {
      requests++
      setTimeout(() => res.end('success'), 600)
    })
    try {
      const suite: Suite = {
        version: 1,
        name: 'slow',
        mode: 'plain',
        steps: [{ send: { type: 'text', fields: { Content: 'hi' } } }],
      }
      const result = await client.call('runSuite', {
        suite,
        target: slow.url,
        timeoutMs: 200,
        attempts: 2,
      })
      expect(result.steps[0]?.status).toBe('failed')
      expect(result.steps[0]?.failures.map((f) => f.assertion)).toEqual(['accepted', 'noRetry'])
      expect(requests).toBe(2)
      for (const bad of [
        { timeoutMs: 50 },
        { timeoutMs: 600_001 },
        { attempts: 0 },
        { attempts: 11 },
      ]) {
        const error = await refusal(client.call('runSuite', { suite, target: slow.url, ...bad }))
        expect(error.code).toBe('invalid-input')
      }
    } finally {
      await slow.close()
    }
  })

  it('reads a suite’s captures beside its file, given by name or whole with its name', async () => {
    await mkdir(join(dir, 'ws', 'suites', 'deep'), { recursive: true })
    await writeFile(
      join(dir, 'ws', 'suites', 'deep', 'one.xml'),
      '<xml><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[image]]></Content></xml>',
    )
    const suite: Suite = {
      version: 1,
      name: 'beside',
      steps: [{ send: { capture: 'one.xml' }, expect: { replyType: 'image' } }],
    }
    await client.call('saveSuite', { file: 'deep/beside.yaml', suite })
    const byName = await client.call('runSuite', { file: 'deep/beside.yaml' })
    expect(byName.steps[0]?.status).toBe('passed')
    const whole = await client.call('runSuite', { file: 'deep/beside.yaml', suite })
    expect(whole.file).toBe('deep/beside.yaml')
    expect(whole.steps[0]?.status).toBe('passed')
    // Without its name a whole suite starts at suites/ itself: there is no one.xml there.
    const nameless = await client.call('runSuite', { suite })
    expect(nameless.steps[0]?.error).toMatch(/cannot read/)
    // The name is a suites/ name like any other, and the captures stay confined there.
    expect((await refusal(client.call('runSuite', { file: '../x.yaml', suite }))).code).toBe(
      'invalid-input',
    )
    await writeFile(join(dir, 'outside.xml'), '<xml><MsgType>text</MsgType></xml>')
    const escape = await client.call('runSuite', {
      file: 'deep/beside.yaml',
      suite: { ...suite, steps: [{ send: { capture: '../../../outside.xml' } }] },
    })
    expect(escape.steps[0]?.error).toMatch(/suites\/ folder/)
  })

  it('does not let a suite read a capture outside suites/', async () => {
    await writeFile(join(dir, 'outside.xml'), '<xml><MsgType>text</MsgType></xml>')
    const result = await client.call('runSuite', {
      suite: { version: 1, name: 'peek', steps: [{ send: { capture: '../../outside.xml' } }] },
    })
    expect(result.steps[0]?.status).toBe('error')
    expect(result.steps[0]?.error).toMatch(/suites\/ folder/)
  })
})

describe('building and importing', () => {
  it('builds a suite from recorded pushes, with or without "same reply as recorded"', async () => {
    const push = await client.call('sendPush', { typeId: 'text', values: { Content: 'help' } })
    const suite = await client.call('suiteFromExchanges', { exchangeIds: [push.id], name: 'from' })
    expect(suite.steps[0]?.send).toEqual({ xml: expect.stringContaining('help') as string })
    expect(suite.steps[0]?.expect?.sameReplyAsRecorded).toBe(true)
    const bare = await client.call('suiteFromExchanges', {
      exchangeIds: [push.id],
      name: 'from',
      sameReply: false,
    })
    expect(bare.steps[0]?.expect?.sameReplyAsRecorded).toBeUndefined()
    const rerun = await client.call('runSuite', { suite })
    expect(rerun.counts.passed).toBe(1)
  })

  it('refuses exchanges that are not pushes, and ids it does not have', async () => {
    const verify = await client.call('verifyBot', {})
    expect(
      (
        await refusal(
          client.call('suiteFromExchanges', {
            exchangeIds: [verify.exchange.id],
            name: 'x',
          }),
        )
      ).code,
    ).toBe('invalid-input')
    expect(
      (
        await refusal(
          client.call('suiteFromExchanges', {
            exchangeIds: ['ex-nope'],
            name: 'x',
          }),
        )
      ).code,
    ).toBe('not-found')
  })

  it('imports a HAR over the 2 MB every other command is held to', async () => {
    const xml = (n: number) =>
      `<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o1]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[message ${n}]]></Content><MsgId>${n}</MsgId></xml>`
    const entry = (n: number) => ({
      request: {
        method: 'POST',
        url: `http://bot.example/wechat?timestamp=1&nonce=${n}`,
        headers: [{ name: 'Content-Type', value: 'text/xml' }],
        queryString: [],
        postData: { mimeType: 'text/xml', text: xml(n) },
      },
      response: { status: 200, headers: [], content: { mimeType: 'text/plain', text: 'success' } },
    })
    const har = JSON.stringify({
      log: { version: '1.2', entries: Array.from({ length: 6000 }, (_, n) => entry(n + 1)) },
    })
    const base64 = Buffer.from(har).toString('base64')
    expect(base64.length).toBeGreaterThan(3 * 1024 * 1024)
    const report = await client.call('importCaptures', { files: [{ name: 'day.har', base64 }] })
    expect(report.messages).toHaveLength(6000)
    expect(report.skipped).toEqual([])

    // The larger bound is importCaptures' own: the same size to another command is refused.
    const other = await refusal(
      client.call('saveSuite', {
        file: 'huge.yaml',
        suite: { ...smoke, name: 'x'.repeat(3 * 1024 * 1024) },
      }),
    )
    expect(other.code).toBe('payload-too-large')
  })

  it('refuses an import whose declared length is over its bound, before reading the body', async () => {
    const { hostname, port } = new URL(core.url)
    const answer = await new Promise<string>((resolve, reject) => {
      let received = ''
      const socket = connect(Number(port), hostname, () => {
        socket.write(
          [
            'POST /api/replay/import HTTP/1.1',
            `Host: ${hostname}:${port}`,
            `${TOKEN_HEADER}: ${core.token}`,
            'Content-Type: application/json',
            `Content-Length: ${IMPORT_BODY_LIMIT_BYTES + 1}`,
            '',
            '{"files":[',
          ].join('\r\n'),
        )
      })
      socket.setEncoding('utf8')
      socket.setTimeout(3000, () => {
        socket.destroy()
        reject(new Error(`no answer in 3 s: ${received}`))
      })
      socket.on('data', (chunk: string) => (received += chunk))
      socket.on('error', reject)
      // The server answers at once and closes: the rest of the body is never waited for.
      socket.on('close', () => resolve(received))
    })
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
    expect(answer).toContain('"payload-too-large"')
    expect(answer).toContain(`the limit of ${IMPORT_BODY_LIMIT_BYTES} bytes`)
  })

  it('imports uploaded files and pasted text, saying what it skipped', async () => {
    const xml =
      '<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o1]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content><MsgId>42</MsgId></xml>'
    const report = await client.call('importCaptures', {
      files: [
        { name: 'a.xml', base64: Buffer.from(xml).toString('base64') },
        { name: 'b.txt', base64: Buffer.from('hello').toString('base64') },
      ],
      text: xml,
    })
    expect(report.messages.map((m) => [m.source.kind, m.msgType])).toEqual([
      ['xml', 'text'],
      ['paste', 'text'],
    ])
    expect(report.skipped).toEqual([
      expect.objectContaining({
        source: expect.objectContaining({ name: 'b.txt' }) as object,
        reason: 'not-xml',
      }),
    ])
  })
})
