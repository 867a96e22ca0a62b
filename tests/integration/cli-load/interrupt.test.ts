/**
 * Ctrl+C during `mpsim load` (docs/load.md "The command"): the run is stopped on the core
 * (stopLoad), the partial report is printed, marked as stopped early, and the command exits with
 * the code its figures deserve — 0 here, the bot kept up. Runs on an in-process core.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LoadReport } from '../../../src/shared/control/load-schemas'
import { fast, startBot, startCli, stopBots, stopChildren } from './helpers'
import type { TestBot } from './helpers'

let dir = ''
let bot: TestBot
let next = 0
const ws = () => [
  '--workspace',
  join(dir, `ws-${++next}`),
  '--platform-port',
  '0',
  '--bot-port',
  '0',
]
/** Long enough that only Ctrl+C ends it within the test. */
const LONG = ['--rate', '20', '--duration', '5m', '--mode', 'plain']

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-cli-load-int-'))
  bot = await startBot(fast)
})

afterAll(async () => {
  stopChildren()
  await stopBots()
  await rm(dir, { recursive: true, force: true })
})

/** Ctrl+C once the bot has had `pushes` more pushes; resolves with how the command ended. */
async function interruptAfter(args: string[], pushes: number) {
  const before = bot.received()
  const cli = startCli(args)
  await expect
    .poll(() => bot.received() - before, { timeout: 45_000, interval: 50 })
    .toBeGreaterThanOrEqual(pushes)
  const at = Date.now()
  cli.interrupt()
  const ran = await cli.ran
  return { ...ran, tookMs: Date.now() - at }
}

describe('mpsim load and Ctrl+C', () => {
  it('prints the partial report, marked stopped early, and exits as its figures say', async () => {
    const ran = await interruptAfter(['load', bot.url, ...LONG, ...ws()], 10)
    const [first, second] = ran.stdout.split('\n')
    expect(first).toMatch(/^Stopped early \(Ctrl\+C\): the figures cover the first \d+\.\d s\.$/)
    expect(second).toMatch(/^Your bot kept up with 20 msg\/s: 100% of \d+ messages answered/)
    expect(ran.stdout).toContain('Run it to the end for complete figures.')
    expect(ran.code).toBe(0)
    expect(ran.tookMs).toBeLessThan(3000)
  }, 60_000)

  it('with --json: the partial report, status "stopped"', async () => {
    const ran = await interruptAfter(['load', bot.url, ...LONG, '--json', ...ws()], 10)
    const report = JSON.parse(ran.stdout) as LoadReport
    expect(report.status).toBe('stopped')
    expect(report.messages).toBeGreaterThanOrEqual(10)
    expect(report.durationMs).toBeLessThan(60_000)
    expect(ran.code).toBe(0)
  }, 60_000)
})
