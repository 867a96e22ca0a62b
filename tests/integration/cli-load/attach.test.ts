/**
 * `mpsim load` attached to a running core (`mpsim serve` on the same workspace) — the run is that
 * core's, so it shows live in the open app's Load panel: its loadProgress events reach that
 * core's stream and listLoadRuns lists it — while --no-attach leaves the running core untouched.
 * Real processes on 127.0.0.1, all stopped.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCoreClient } from '../../../src/cli/core-link/control-client'
import type { CoreClient } from '../../../src/cli/core-link/control-client'
import type { EventData } from '../../../src/shared/control/events'
import { startServe } from '../../helpers/cli-process'
import { fast, runCli, startBot, stopBots, stopChildren } from './helpers'
import type { TestBot } from './helpers'

let dir = ''
let workspace = ''
let client: CoreClient
let bot: TestBot
const progress: EventData<'loadProgress'>[] = []
let stopEvents: (() => void) | undefined
const RUN = ['--rate', '20', '--duration', '1500ms', '--mode', 'plain']

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-cli-load-attach-'))
  workspace = join(dir, 'ws')
  bot = await startBot(fast)
  const served = await startServe(['--workspace', workspace]).served
  client = createCoreClient(served.control, served.token)
  stopEvents = await client.events((event) => {
    if (event.name === 'loadProgress') progress.push(event.data)
  })
}, 60_000)

afterAll(async () => {
  stopEvents?.()
  stopChildren()
  await stopBots()
  await rm(dir, { recursive: true, force: true })
})

describe('mpsim load attached or in-process', () => {
  it('attached: the run is the running core’s, live on its event stream and in its list', async () => {
    const ran = await runCli(['load', bot.url, ...RUN, '--workspace', workspace, '--json'])
    expect(ran.stderr).toBe('')
    expect(ran.code).toBe(0)
    const { runId, messages } = JSON.parse(ran.stdout) as { runId: string; messages: number }
    expect(runId).toMatch(/^cli-load-/)
    const statuses = () => progress.filter((p) => p.runId === runId).map((p) => p.report.status)
    // The stream may bring the last event a moment after the command printed its report.
    await expect.poll(() => statuses().at(-1)).toBe('finished')
    expect(statuses()).toContain('running')
    const { runs } = await client.call('listLoadRuns', {})
    expect(runs.find((r) => r.runId === runId)?.messages).toBe(messages)
  }, 60_000)

  it('--no-attach: the same report, and the running core sees nothing', async () => {
    const before = (await client.call('listLoadRuns', {})).runs.length
    const seen = progress.length
    const ran = await runCli(['load', bot.url, ...RUN, '--workspace', workspace, '--no-attach'])
    expect(ran.code).toBe(0)
    expect(ran.stdout.split('\n')[0]).toMatch(/^Your bot kept up with 20 msg\/s/)
    expect((await client.call('listLoadRuns', {})).runs.length).toBe(before)
    expect(progress.length).toBe(seen)
  }, 60_000)
})
