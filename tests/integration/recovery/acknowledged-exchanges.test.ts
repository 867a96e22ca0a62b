/**
 * An acknowledged push is on disk (docs/workspace.md "The exchange log"): the control API answers
 * a push only once its Exchange has been handed to the operating system, so what the file holds
 * at the moment the answer arrives — what a kill -9 at that moment would leave — includes it,
 * even when the log writer is busy with a large backlog. Real servers on 127.0.0.1, port 0.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCore } from '../../../src/core/start-core'
import type { RunningCore } from '../../../src/core/start-core'
import { TOKEN_HEADER } from '../../../src/shared/control/contract'
import type { Exchange } from '../../../src/shared/model/exchange'

let core: RunningCore
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-acked-'))
  core = await startCore({
    host: 'node',
    version: 'test',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
    workspaceDir: join(dir, 'ws'),
  })
})
afterAll(async () => {
  await core.stop()
  await rm(dir, { recursive: true, force: true })
})

/** ~40 MB of exchanges queued for the writer, not awaited: the disk is behind. */
function backlog(): void {
  const filler = 'x'.repeat(100_000)
  for (let i = 0; i < 400; i += 1) {
    core.workspace.exchangeLog.append({
      id: `backlog-${i}`,
      kind: 'api',
      accountId: 'acc-backlog',
      title: filler,
      simTime: 0,
      attempts: [],
    })
  }
}

const onDisk = (id: string): boolean =>
  readFileSync(join(core.workspace.dir, 'exchanges.ndjson'), 'utf8').includes(`"id":"${id}"`)

describe('an acknowledged exchange is on disk when the answer arrives', () => {
  it.each([
    ['sendPush', '/api/push', { typeId: 'text', values: { Content: 'durable?' } }],
    ['verifyBot', '/api/verify', {}],
  ] as const)('%s', async (_name, path, body) => {
    backlog()
    const res = await fetch(`${core.url}${path}`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: core.token, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = (await res.json()) as Exchange | { exchange: Exchange }
    // Checked at once, before anything else runs: this is what a kill now would leave.
    const id = 'exchange' in json ? json.exchange.id : json.id
    expect(res.status).toBe(200)
    expect(onDisk(id)).toBe(true)
  })
})
