/**
 * `mpsim replay --timeout/--attempts`, as `mpsim send` has them (docs/replay.md "CLI"): every
 * step's per-attempt deadline and deliveries, over the workspace settings. A bot answering in
 * 600 ms passes under WeChat's 5 s and fails a 200 ms deadline after exactly the attempts asked
 * for; a value the control API would refuse is a flag error (exit 2).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTinyServer } from '../../helpers/tiny-server'
import type { TinyServer } from '../../helpers/tiny-server'
import { runCli, stopChildren } from './helpers'

const SLOW = `version: 1
name: slow
mode: plain
steps:
  - name: answered in 600 ms
    send: { type: text, fields: { Content: hi } }
`

let dir = ''
let bot: TinyServer
let requests = 0

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-replay-flags-'))
  await writeFile(join(dir, 'slow.yaml'), SLOW)
  bot = await startTinyServer((_req, res) => {
    requests++
    setTimeout(() => res.end('success'), 600)
  })
})

afterAll(async () => {
  stopChildren()
  await bot.close()
  await rm(dir, { recursive: true, force: true })
})

const replay = (ws: string, ...flags: string[]) =>
  runCli([
    'replay',
    join(dir, 'slow.yaml'),
    '--target',
    bot.url,
    '--workspace',
    join(dir, ws),
    '--reporter',
    'json',
    ...flags,
  ])

describe('mpsim replay --timeout and --attempts', () => {
  it('passes under the default deadline; misses 200 ms after exactly the attempts asked for', async () => {
    const relaxed = await replay('ws-default')
    expect(relaxed.code).toBe(0)

    requests = 0
    const strict = await replay('ws-strict', '--timeout', '200', '--attempts', '2')
    const report = JSON.parse(strict.stdout) as {
      suites: { steps: { status: string; failures: { assertion: string }[] }[] }[]
    }
    const step = report.suites[0]?.steps[0]
    expect(step?.status).toBe('failed')
    expect(step?.failures.map((f) => f.assertion)).toEqual(['accepted', 'noRetry'])
    expect(requests).toBe(2)
    expect(strict.code).toBe(1)
  }, 120_000)

  it('refuses values outside the control API’s bounds as a configuration error', async () => {
    const [timeout, attempts] = await Promise.all([
      replay('ws-bad-timeout', '--timeout', '50'),
      replay('ws-bad-attempts', '--attempts', '11'),
    ])
    expect(timeout.stderr).toMatch(
      /--timeout <ms>' argument '50' is invalid\. milliseconds, from 100/,
    )
    expect(timeout.code).toBe(2)
    expect(attempts.stderr).toMatch(
      /--attempts <n>' argument '11' is invalid\. an integer from 1 to 10/,
    )
    expect(attempts.code).toBe(2)
  }, 120_000)
})
