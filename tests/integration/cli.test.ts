/**
 * The CLI as a user runs it: `mpsim serve --json`, then `mpsim send … --mode
 * safe` against the sample bot, and `mpsim verify` with a wrong token. Real processes, loopback only,
 * every process stopped.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededRandom } from '../../src/core/runtime/random'
import { openWorkspace } from '../../src/core/workspace'
import { ANY_PORTS, BIN, runCli, startServe } from '../helpers/cli-process'
import type { Served } from '../helpers/cli-process'

let workspace = ''
let server: ChildProcess | undefined
let served: Served

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'mpsim-cli-'))
  const started = startServe(['--workspace', workspace])
  server = started.child
  served = await started.served
}, 30_000)

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
    const result = await runCli([
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
    const result = await runCli([
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
    const result = await runCli([
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
    const result = await runCli(['verify', served.bot, '--workspace', workspace])
    expect(result.code).toBe(0)
  }, 20_000)

  it('bad flags get a clear message and exit 1', async () => {
    const badKey = await runCli([
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
    const badType = await runCli(['send', served.bot, '--workspace', workspace, '--type', 'fax'])
    expect(badType.stderr).toContain('unknown --type "fax"')
    expect(badType.code).toBe(1)
  }, 20_000)
})

/** A workspace folder with its files written, then `file` replaced by `text`. */
async function workspaceWithBad(file: string, text: (good: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mpsim-cli-bad-'))
  const ws = await openWorkspace(dir, {
    random: seededRandom('cli-bad-file'),
    defaults: {
      botUrl: 'http://127.0.0.1:9/wechat',
      callbackDomain: '127.0.0.1:9',
      avatarBaseUrl: 'http://127.0.0.1:9/__mpsim/avatar',
    },
  })
  await ws.close()
  await writeFile(join(dir, file), text(await readFile(join(dir, file), 'utf8')))
  return dir
}

/** `mpsim serve` (text mode) until its "Press Ctrl+C" line; then stopped. */
async function serveText(args: string[]): Promise<string> {
  const child = spawn(process.execPath, [BIN, 'serve', ...ANY_PORTS, ...args])
  try {
    return await new Promise<string>((resolve, reject) => {
      let out = ''
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 20_000)
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString()
        if (out.includes('Ctrl+C')) {
          clearTimeout(timer)
          resolve(out)
        }
      })
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)))
    })
  } finally {
    child.kill('SIGTERM')
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r))
  }
}

describe('a workspace file moved aside at start is reported at once', () => {
  const made: string[] = []
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true })
  })

  it('serve --json: the JSON line lists the problems with where the copy went and what is used', async () => {
    const ws = await workspaceWithBad('accounts.json', () => '{"version": 1, "accounts": [')
    made.push(ws)
    const started = startServe(['--workspace', ws])
    try {
      const info = await started.served
      expect(info.problems).toEqual([
        expect.objectContaining({
          code: 'corrupt-file',
          file: 'accounts.json',
          movedTo: expect.stringMatching(/^accounts\.corrupt-.+\.json$/) as unknown,
          usedInstead: 'new-account',
        }),
        expect.objectContaining({ code: 'reattached-users', file: 'users.json' }),
      ])
    } finally {
      started.child.kill('SIGTERM')
      await new Promise((r) => started.child.once('exit', r))
    }
  }, 30_000)

  it('serve (text, zh): the problem is printed before the prompt, in Chinese', async () => {
    const ws = await workspaceWithBad('settings.json', () => '{"version": 1,')
    made.push(ws)
    const out = await serveText(['--workspace', ws, '--lang', 'zh'])
    const [before] = out.split('Ctrl+C')
    expect(before).toMatch(/settings\.json.*settings\.corrupt-.+\.json/)
    expect(before).toContain('默认设置')
  }, 30_000)

  it('send --json: stdout stays one JSON document; stderr names the file, the copy and the fallback', async () => {
    const ws = await workspaceWithBad('users.json', () => 'not json')
    made.push(ws)
    const result = await runCli([
      'send',
      served.bot,
      '--workspace',
      ws,
      '--type',
      'text',
      '--content',
      'hi',
      '--json',
      '--lang',
      'en',
    ])
    expect((JSON.parse(result.stdout) as { kind: string }).kind).toBe('push')
    expect(result.stderr).toMatch(/users\.json.*users\.corrupt-.+\.json/)
    expect(result.stderr).toContain('three default users')
  }, 20_000)

  it('verify (zh): says accounts.json was moved aside and a new test account is used', async () => {
    const ws = await workspaceWithBad('accounts.json', (good) =>
      good.replace('"version": 1', '"version": 9'),
    )
    made.push(ws)
    const result = await runCli(['verify', served.bot, '--workspace', ws, '--lang', 'zh'])
    expect(result.stderr).toMatch(/accounts\.json.*accounts\.corrupt-.+\.json/)
    expect(result.stderr).toContain('更新版本')
    expect(result.stderr).toContain('新的测试号')
  }, 20_000)
})
