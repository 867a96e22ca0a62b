/**
 * The discovery file a running core leaves in its workspace folder: written by every core session
 * (desktop app, `mpsim serve`), private, removed on a clean stop, moved along when the session
 * opens another folder; one left by a crash is recognised as stale and replaced.
 */
import { spawn } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCoreSession } from '../../../src/core/core-session'
import type { CoreSession } from '../../../src/core/core-session'
import {
  DISCOVERY_FILE,
  findRunningCore,
  publishDiscovery,
  withdrawDiscovery,
} from '../../../src/core/discovery'
import type { DiscoveryRecord } from '../../../src/core/discovery'
import type { StartCoreOptions } from '../../../src/core/start-core'

let root = ''
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mpsim-discovery-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

const options = (workspaceDir: string): StartCoreOptions => ({
  host: 'node',
  version: 'test-1',
  controlPort: 0,
  platformPort: 0,
  botPort: 0,
  sampleBot: false,
  workspaceDir,
})

async function withSession(dir: string, body: (s: CoreSession) => Promise<void>): Promise<void> {
  const session = await startCoreSession(options(dir))
  try {
    await body(session)
  } finally {
    await session.stop()
  }
}

const fileOf = (dir: string) => join(dir, DISCOVERY_FILE)
const readRecord = async (dir: string) =>
  JSON.parse(await readFile(fileOf(dir), 'utf8')) as DiscoveryRecord

/** The id of a process that has exited: what a crashed core leaves behind. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
    child.once('error', reject)
    child.once('exit', () => resolve(child.pid ?? 0))
  })
}

/** A port nothing listens on any more. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  await new Promise((r) => server.close(r))
  return port
}

const record = (over: Partial<DiscoveryRecord>): DiscoveryRecord => ({
  version: 1,
  url: 'http://127.0.0.1:9',
  token: 'a-token-that-nobody-has-0123456789',
  pid: process.pid,
  mpsimVersion: 'old',
  host: 'node',
  startedAt: '2024-01-01T00:00:00.000Z',
  ...over,
})

describe('a core session announces itself in its workspace', () => {
  it('writes URL, token, pid and version, readable by the owner only; finds it running', async () => {
    const dir = join(root, 'announce')
    await withSession(dir, async (session) => {
      const core = session.current()
      const written = await readRecord(dir)
      expect(written).toMatchObject({
        version: 1,
        url: core.url,
        token: core.token,
        pid: process.pid,
        mpsimVersion: 'test-1',
        host: 'node',
      })
      if (process.platform !== 'win32') expect(statSync(fileOf(dir)).mode & 0o777).toBe(0o600)
      const found = await findRunningCore(dir)
      expect(found).toEqual({ status: 'running', record: written })
    })
    // A clean stop takes the file away.
    expect(existsSync(fileOf(dir))).toBe(false)
    expect(await findRunningCore(dir)).toEqual({ status: 'none' })
  })

  it('moves the file along when the session opens another folder', async () => {
    const first = join(root, 'move-1')
    const second = join(root, 'move-2')
    await withSession(first, async (session) => {
      const token = session.current().token
      await session.openWorkspace(second)
      expect(existsSync(fileOf(first))).toBe(false)
      expect((await readRecord(second)).token).toBe(token)
    })
    expect(existsSync(fileOf(second))).toBe(false)
  })
})

describe('a file left by a crash is stale: ignored, then replaced', () => {
  it('the process is gone', async () => {
    const dir = join(root, 'dead')
    await withSession(dir, () => Promise.resolve())
    await writeFile(fileOf(dir), JSON.stringify(record({ pid: await deadPid() })))
    expect(await findRunningCore(dir)).toEqual({ status: 'stale', reason: 'process-gone' })
    await withSession(dir, async (session) => {
      expect((await readRecord(dir)).token).toBe(session.current().token)
    })
  })

  it('the process lives (a reused pid) but the URL does not answer', async () => {
    const dir = join(root, 'silent')
    await withSession(dir, () => Promise.resolve())
    await writeFile(
      fileOf(dir),
      JSON.stringify(record({ url: `http://127.0.0.1:${await closedPort()}` })),
    )
    expect(await findRunningCore(dir)).toEqual({ status: 'stale', reason: 'not-answering' })
  })

  it('the URL answers, but not to that token (another core on a reused port)', async () => {
    const dir = join(root, 'other-token')
    await withSession(join(root, 'elsewhere'), async (session) => {
      await withSession(dir, () => Promise.resolve())
      await writeFile(fileOf(dir), JSON.stringify(record({ url: session.current().url })))
      expect(await findRunningCore(dir)).toEqual({ status: 'stale', reason: 'not-answering' })
    })
  })

  it('the file is not a discovery record', async () => {
    const dir = join(root, 'garbage')
    await withSession(dir, () => Promise.resolve())
    await writeFile(fileOf(dir), '{"url": "http://example.com", "token": 1')
    expect(await findRunningCore(dir)).toEqual({ status: 'stale', reason: 'unreadable' })
  })
})

describe('a live core keeps the folder it announced itself in', () => {
  it('a second publisher leaves the entry alone, and does not remove it', async () => {
    const dir = join(root, 'shared')
    await withSession(dir, async (session) => {
      const first = session.current()
      const second = await publishDiscovery(dir, {
        url: 'http://127.0.0.1:9',
        token: 'another-token-0123456789abcdef',
        version: 'x',
        host: 'node',
      })
      expect(second).toMatchObject({ written: false, other: { token: first.token } })
      await withdrawDiscovery(dir, 'another-token-0123456789abcdef')
      expect((await readRecord(dir)).token).toBe(first.token)
    })
  })
})
