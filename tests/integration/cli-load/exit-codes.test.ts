/**
 * `mpsim load` run as a user runs it, against bots written here (docs/load.md "The command"):
 * 0 and the JSON CI reads for a bot that keeps up, 2 when users saw 该公众号暂时无法提供服务,
 * 3 when nothing answers, 1 for a bad flag (before any core starts); --out and --lang. Each run
 * lasts a second; each test has a workspace and an in-process core of its own.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LoadReport } from '../../../src/shared/control/load-schemas'
import {
  closedPort,
  failingHalf,
  fast,
  JSON_KEYS,
  runCli,
  startBot,
  stopBots,
  stopChildren,
} from './helpers'
import type { TestBot } from './helpers'

let dir = ''
let fastBot: TestBot
let failingBot: TestBot
let next = 0
/** A workspace of its own and ports the OS picks: the tests run at once. */
const ws = () => [
  '--workspace',
  join(dir, `ws-${++next}`),
  '--platform-port',
  '0',
  '--bot-port',
  '0',
]
const RUN = ['--rate', '40', '--duration', '1s', '--mode', 'plain']

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-cli-load-'))
  fastBot = await startBot(fast)
  failingBot = await startBot(failingHalf)
})

afterAll(async () => {
  stopChildren()
  await stopBots()
  await rm(dir, { recursive: true, force: true })
})

describe.concurrent('mpsim load exit codes', () => {
  it('0 for a bot that keeps up; --json prints the report CI reads, nothing on stderr', async () => {
    const ran = await runCli(['load', fastBot.url, ...RUN, '--json', ...ws()])
    expect(ran.stderr).toBe('')
    expect(ran.code).toBe(0)
    const report = JSON.parse(ran.stdout) as LoadReport
    for (const key of JSON_KEYS) expect(report).toHaveProperty(key)
    expect(Object.keys(report.latencyMs)).toEqual(
      expect.arrayContaining(['p50', 'p95', 'p99', 'max']),
    )
    expect(report.status).toBe('finished')
    expect(report.botUrl).toBe(fastBot.url)
    expect(report.mode).toBe('plain')
    expect(report.messages).toBeGreaterThanOrEqual(30)
    expect(report.completed).toBe(report.messages)
    expect(report.outcomes).toEqual({
      reply: report.messages,
      'no-reply': 0,
      'service-unavailable': 0,
    })
    expect(report.retries).toBe(0)
    expect(report.duplicates).toBe(0)
    expect(report.throughput).toBeGreaterThan(0)
    expect(report.latencyMs.p99).toBeLessThan(5000)
  }, 60_000)

  it('2 when users saw 该公众号暂时无法提供服务, said first with how many and why', async () => {
    const ran = await runCli(['load', failingBot.url, ...RUN, ...ws()])
    expect(ran.code).toBe(2)
    const [first] = ran.stdout.split('\n')
    expect(first).toMatch(
      /^At 40 msg\/s, \d+ of 100 users \(\d+%\) saw 该公众号暂时无法提供服务 .*: \d+ HTTP errors?\.$/,
    )
    expect(ran.stdout).toMatch(/Why +• \d+ got an HTTP error: status 500/)
    expect(ran.stdout).toContain("Look for the HTTP errors in the bot's own log")
  }, 60_000)

  it('3 when nothing answers', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/wechat`
    const ran = await runCli(['load', url, ...RUN, ...ws()])
    expect(ran.code).toBe(3)
    expect(ran.stdout.split('\n')[0]).toMatch(
      new RegExp(`^Your bot could not be reached at ${url}: none of \\d+ messages got an answer`),
    )
  }, 60_000)

  it('1 for a bad flag, with what to write instead, before any core starts', async () => {
    const [mix, both] = await Promise.all([
      runCli(['load', fastBot.url, '--mix', 'text:70,imgae:30', ...ws()]),
      runCli(['load', fastBot.url, '--rate', '10', '--concurrency', '2', ...ws()]),
    ])
    expect(mix.code).toBe(1)
    expect(mix.stdout).toBe('')
    expect(mix.stderr).toContain('mpsim: --mix: "imgae" is not a message or event type')
    expect(mix.stderr).toMatch(/Did you mean .*: image/)
    expect(both.code).toBe(1)
    expect(both.stderr).toContain('--rate and --concurrency are two ways to load a bot')
  }, 60_000)

  it('--out writes the JSON report and still prints the readable one; --lang zh', async () => {
    const file = join(dir, 'reports', 'load.json')
    const ran = await runCli(['load', fastBot.url, ...RUN, '--out', file, '--lang', 'zh', ...ws()])
    expect(ran.code).toBe(0)
    expect(ran.stdout.split('\n')[0]).toMatch(/^机器人扛住了 40 条\/秒：\d+ 条消息 100% 得到应答/)
    expect(ran.stderr).toBe(`报告已写入 ${file}\n`)
    const written = JSON.parse(await readFile(file, 'utf8')) as LoadReport
    for (const key of JSON_KEYS) expect(written).toHaveProperty(key)
    expect(written.outcomes['service-unavailable']).toBe(0)
  }, 60_000)
})
