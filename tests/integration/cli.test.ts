/**
 * The CLI as a user runs it (issue 3 "Done means"): `mpsim serve --json`, then `mpsim send … --mode
 * safe` against the sample bot, and `mpsim verify` with a wrong token. Real processes, loopback only,
 * every process stopped.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('../../bin/mpsim.js', import.meta.url))

interface Served {
  platform: string
  bot: string
  control: string
  ui: string
  token: string
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

let workspace = ''
let server: ChildProcess | undefined
let served: Served

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'mpsim-cli-'))
  const started = startServe(['--workspace', workspace])
  server = started.child
  served = await started.served
}, 30_000)

/** `mpsim serve --json` on port 0 everywhere; resolves with its JSON line. */
function startServe(extra: string[]): { child: ChildProcess; served: Promise<Served> } {
  const child = spawn(process.execPath, [
    BIN,
    'serve',
    '--json',
    '--control-port',
    '0',
    '--platform-port',
    '0',
    '--bot-port',
    '0',
    ...extra,
  ])
  const served = new Promise<Served>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 20_000)
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const line = out.split('\n')[0]
      if (out.includes('\n') && line) {
        clearTimeout(timer)
        resolve(JSON.parse(line) as Served)
      }
    })
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)))
  })
  return { child, served }
}

afterAll(async () => {
  server?.kill('SIGTERM')
  await new Promise((r) => setTimeout(r, 200))
  await rm(workspace, { recursive: true, force: true })
})

describe('mpsim CLI', () => {
  it('serve --json prints platform, bot, control and token once listening', () => {
    expect(served.platform).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(served.bot).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/wechat$/)
    expect(served.control).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(served.token.length).toBeGreaterThan(20)
    // The URL that opens the app, token in the fragment (never sent to a server).
    expect(served.ui).toBe(`${served.control}/#token=${served.token}`)
  })

  it('serve --target and account flags set what the app starts with', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'mpsim-cli-target-'))
    const started = startServe([
      '--workspace',
      ws,
      '--target',
      'http://127.0.0.1:9/my-bot',
      '--token',
      'MyToken123',
    ])
    try {
      const info = await started.served
      const res = await fetch(`${info.control}/api/setup`, {
        headers: { 'x-mpsim-token': info.token },
      })
      const setup = (await res.json()) as { accounts: { botUrl: string; token: string }[] }
      expect(setup.accounts[0]).toMatchObject({
        botUrl: 'http://127.0.0.1:9/my-bot',
        token: 'MyToken123',
      })
    } finally {
      started.child.kill('SIGTERM')
      await new Promise((r) => started.child.once('exit', r))
      await rm(ws, { recursive: true, force: true })
    }
  }, 30_000)

  it('send --mode safe to the sample bot: the reply and the verdict, exit 0', async () => {
    const result = await run([
      'send',
      served.bot,
      '--workspace',
      workspace,
      '--type',
      'text',
      '--content',
      '你好',
      '--mode',
      'safe',
      '--lang',
      'en',
    ])
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('WeChat accepted the reply')
    expect(result.stdout).toContain('你好')
    expect(result.code).toBe(0)
  }, 20_000)

  it('send --json gives the whole Exchange', async () => {
    const result = await run([
      'send',
      served.bot,
      '--workspace',
      workspace,
      '--type',
      'CLICK',
      '--event-key',
      'V1001_TODAY_MUSIC',
      '--json',
    ])
    const exchange = JSON.parse(result.stdout) as { kind: string; verdict: { outcome: string } }
    expect(exchange.kind).toBe('push')
    expect(['reply', 'no-reply']).toContain(exchange.verdict.outcome)
  }, 20_000)

  it('verify with a wrong token: told exactly why, exit 2', async () => {
    const result = await run([
      'verify',
      served.bot,
      '--workspace',
      workspace,
      '--token',
      'wrongToken1',
      '--lang',
      'en',
    ])
    expect(result.stdout).toContain('the Tokens differ')
    expect(result.stdout).toContain('wrongToken1')
    expect(result.code).toBe(2)
  }, 20_000)

  it('verify with the workspace token passes, exit 0', async () => {
    const result = await run(['verify', served.bot, '--workspace', workspace])
    expect(result.code).toBe(0)
  }, 20_000)

  it('bad flags get a clear message and exit 1', async () => {
    const badKey = await run([
      'send',
      served.bot,
      '--workspace',
      workspace,
      '--type',
      'text',
      '--aes-key',
      'short',
    ])
    expect(badKey.stderr).toContain('--aes-key must be exactly 43 letters or digits')
    expect(badKey.code).toBe(1)
    const badType = await run(['send', served.bot, '--workspace', workspace, '--type', 'fax'])
    expect(badType.stderr).toContain('unknown --type "fax"')
    expect(badType.code).toBe(1)
  }, 20_000)
})
