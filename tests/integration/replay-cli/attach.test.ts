/**
 * `mpsim replay` attached to a running core (`mpsim serve` on the same workspace) versus on a
 * core of its own: the same report and exit code either way; attached, the run is the open app's
 * — its exchanges reach that core's log and its replayProgress events that core's stream — while
 * --no-attach leaves the running core untouched. Real processes on 127.0.0.1, all stopped.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCoreClient } from '../../../src/cli/core-link/control-client'
import type { CoreClient } from '../../../src/cli/core-link/control-client'
import type { EventData } from '../../../src/shared/control/events'
import { startServe } from '../../helpers/cli-process'
import { FAILING, runCli, stopChildren } from './helpers'

let dir = ''
let workspace = ''
let client: CoreClient
const progress: EventData<'replayProgress'>[] = []
let stopEvents: (() => void) | undefined

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-replay-attach-'))
  workspace = join(dir, 'ws')
  await writeFile(join(dir, 'failing.yaml'), FAILING)
  const served = await startServe(['--workspace', workspace]).served
  client = createCoreClient(served.control, served.token)
  stopEvents = await client.events((event) => {
    if (event.name === 'replayProgress') progress.push(event.data)
  })
}, 60_000)

afterAll(async () => {
  stopEvents?.()
  stopChildren()
  await rm(dir, { recursive: true, force: true })
})

async function pushCount(): Promise<number> {
  return (await client.call('listExchanges', { kind: 'push', limit: 500 })).length
}

describe('mpsim replay attached or in-process', () => {
  it('attached: runs on the running core, which logs the pushes and streams the progress', async () => {
    const before = await pushCount()
    const ran = await runCli(['replay', join(dir, 'failing.yaml'), '--workspace', workspace])
    expect(ran.code).toBe(1)
    expect(ran.stdout).toContain('✗ 2. wrong content — failed')
    expect(await pushCount()).toBe(before + 2)
    await expect.poll(() => progress.length).toBe(2)
    expect(progress.map((p) => [p.done, p.total, p.step?.status])).toEqual([
      [1, 2, 'passed'],
      [2, 2, 'failed'],
    ])
  }, 120_000)

  it('--no-attach: the same report and exit code, and the running core sees nothing', async () => {
    const before = await pushCount()
    const seen = progress.length
    const ran = await runCli([
      'replay',
      join(dir, 'failing.yaml'),
      '--workspace',
      workspace,
      '--no-attach',
    ])
    expect(ran.code).toBe(1)
    expect(ran.stdout).toContain('✓ 1. help is answered — passed')
    expect(ran.stdout).toContain('✗ 2. wrong content — failed')
    expect(await pushCount()).toBe(before)
    expect(progress.length).toBe(seen)
  }, 120_000)
})
