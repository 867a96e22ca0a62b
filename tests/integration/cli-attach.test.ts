/**
 * `mpsim send` and `mpsim verify` are hosts of the one core: on a workspace where a core runs
 * (the desktop app, `mpsim serve`) they act through its control API, found by the discovery file;
 * otherwise they start the core in-process for the command. Both ways give the same report and
 * exit code, the exchange is logged in the workspace, and flags are checked with the shared
 * rules. Real processes on 127.0.0.1, ports chosen by the OS, every child stopped.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DISCOVERY_FILE } from '../../src/core/discovery'
import { TOKEN_HEADER } from '../../src/shared/control/contract'
import type { Exchange, PushExchange } from '../../src/shared/model/exchange'
import { children, runCli, startServe } from '../helpers/cli-process'
import type { Ran, Served } from '../helpers/cli-process'

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  await exited
  children.delete(child)
}

async function api<T>(served: Served, path: string): Promise<T> {
  const res = await fetch(`${served.control}${path}`, { headers: { [TOKEN_HEADER]: served.token } })
  return (await res.json()) as T
}

/** What must not depend on the path taken: ids, times, nonces and signatures are left out. */
function sameness(exchange: PushExchange) {
  const verdict = exchange.verdict
  return {
    kind: exchange.kind,
    title: exchange.title,
    accountId: exchange.accountId,
    openid: exchange.openid,
    outcome: verdict?.outcome,
    cause: verdict?.outcome === 'service-unavailable' ? verdict.cause : undefined,
    phoneView: verdict?.phoneView,
    problems: verdict?.problems.map((p) => p.code),
    attempts: exchange.attempts.map((a) => a.response?.status ?? a.error?.code),
  }
}

async function logged(workspace: string): Promise<Exchange[]> {
  const text = await readFile(join(workspace, 'exchanges.ndjson'), 'utf8').catch(() => '')
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Exchange)
}

let root = ''
let slowBot: Server
let slowBotUrl = ''
let closedUrl = ''

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mpsim-cli-attach-'))
  // A bot that takes 1.5 s to answer: longer than a --timeout of 300 ms.
  slowBot = createServer((_req, res) => {
    setTimeout(() => res.end('success'), 1500)
  })
  await new Promise<void>((r) => slowBot.listen(0, '127.0.0.1', r))
  slowBotUrl = `http://127.0.0.1:${(slowBot.address() as AddressInfo).port}/wechat`
  const closed = createServer()
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
  closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/wechat`
  await new Promise((r) => closed.close(r))
})

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL')
  slowBot.closeAllConnections()
  await new Promise((r) => slowBot.close(r))
  await rm(root, { recursive: true, force: true })
})

describe('with no core running, the command runs the core in-process', () => {
  it('send with no URL reaches the sample bot, logs the exchange, leaves accounts.json as it was', async () => {
    const ws = join(root, 'alone')
    const first = await runCli(['verify', '--workspace', ws, '--json'])
    expect(first.code).toBe(0)
    const accountsBefore = await readFile(join(ws, 'accounts.json'), 'utf8')
    const sent = await runCli([
      'send',
      '--workspace',
      ws,
      '--type',
      'text',
      '--content',
      'hi',
      '--json',
    ])
    expect(sent.stderr).toBe('')
    expect(sent.code).toBe(0)
    const exchange = JSON.parse(sent.stdout) as PushExchange
    expect(exchange.verdict?.outcome).toBe('reply')
    expect((await logged(ws)).map((e) => e.id)).toContain(exchange.id)
    expect(await readFile(join(ws, 'accounts.json'), 'utf8')).toBe(accountsBefore)
  }, 60_000)

  it('verify --seed is reproducible: the same nonce, echostr and signature each run', async () => {
    const ws = join(root, 'seeded')
    // The first run creates the workspace (its keys come from the same seeded stream).
    await runCli(['verify', '--workspace', ws, '--seed', 's1'])
    const a = await runCli(['verify', '--workspace', ws, '--seed', 's1', '--json'])
    const b = await runCli(['verify', '--workspace', ws, '--seed', 's1', '--json'])
    expect(a.stderr).toBe('')
    expect(a.code).toBe(0)
    const pick = (r: Ran) => {
      const v = JSON.parse(r.stdout) as { signature: unknown; echostr: string }
      return { signature: v.signature, echostr: v.echostr }
    }
    expect(pick(a)).toEqual(pick(b))
  }, 60_000)

  it('--timeout is the deadline in force: a 1.5 s bot misses a 300 ms one, exit 3', async () => {
    const ws = join(root, 'timeout')
    const result = await runCli([
      'send',
      slowBotUrl,
      '--workspace',
      ws,
      '--type',
      'text',
      '--content',
      'x',
      '--timeout',
      '300',
      '--attempts',
      '1',
      '--json',
    ])
    expect(result.code).toBe(3)
    const exchange = JSON.parse(result.stdout) as PushExchange
    expect(exchange.attempts).toHaveLength(1)
    expect(exchange.attempts[0]?.error?.code).toBe('timeout')
    expect(exchange.attempts[0]?.durationMs).toBeLessThan(1200)
  }, 60_000)

  it('a discovery file left by a crash is ignored', async () => {
    const ws = join(root, 'crashed')
    await runCli(['verify', '--workspace', ws])
    const dead = spawn(process.execPath, ['-e', ''])
    await new Promise((r) => dead.once('exit', r))
    await writeFile(
      join(ws, DISCOVERY_FILE),
      JSON.stringify({
        version: 1,
        url: 'http://127.0.0.1:9',
        token: 'left-behind-by-a-crash-000000',
        pid: dead.pid,
        mpsimVersion: 'x',
        host: 'node',
        startedAt: '2024-01-01T00:00:00.000Z',
      }),
    )
    const result = await runCli(['send', '--workspace', ws, '--type', 'text', '--content', 'hi'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  }, 60_000)
})

describe('with a core running on the workspace, the command acts through it', () => {
  let ws = ''
  let core: { child: ChildProcess; served: Served }
  beforeAll(async () => {
    ws = join(root, 'served')
    const started = startServe(['--workspace', ws])
    core = { child: started.child, served: await started.served }
  }, 40_000)
  afterAll(async () => {
    await stop(core.child)
  })

  it('attached and --no-attach give the same report and exit code; the core shows the exchange', async () => {
    const args = ['send', '--workspace', ws, '--type', 'text', '--content', '你好', '--json']
    const attached = await runCli(args)
    const alone = await runCli([...args, '--no-attach'])
    expect(attached.code).toBe(0)
    expect(alone.code).toBe(attached.code)
    const viaCore = JSON.parse(attached.stdout) as PushExchange
    const inProcess = JSON.parse(alone.stdout) as PushExchange
    expect(sameness(inProcess)).toEqual(sameness(viaCore))
    const live = await api<Exchange[]>(core.served, '/api/exchanges?kind=push')
    expect(live.map((e) => e.id)).toContain(viaCore.id)
    expect(live.map((e) => e.id)).not.toContain(inProcess.id)
  }, 60_000)

  it('--timeout and --attempts travel with the command: attached, the core uses them', async () => {
    const result = await runCli([
      'send',
      slowBotUrl,
      '--workspace',
      ws,
      '--type',
      'text',
      '--content',
      'x',
      '--timeout',
      '300',
      '--attempts',
      '1',
      '--json',
    ])
    expect(result.stderr).not.toContain('--timeout')
    expect(result.code).toBe(3)
    const exchange = JSON.parse(result.stdout) as PushExchange
    expect(exchange.attempts).toHaveLength(1)
    expect(exchange.analysis.timeoutMs).toBe(300)
    const live = await api<Exchange[]>(core.served, '/api/exchanges?kind=push')
    expect(live.map((e) => e.id)).toContain(exchange.id)
  }, 60_000)

  it('the readable reports match too, and so do the exit codes of an unreachable bot', async () => {
    const args = ['send', closedUrl, '--workspace', ws, '--type', 'text', '--lang', 'en']
    const attached = await runCli(args)
    const alone = await runCli([...args, '--no-attach'])
    expect(attached.code).toBe(3)
    expect(alone.code).toBe(3)
    const headline = (r: Ran) => r.stdout.split('\n').slice(0, 2).join('\n')
    expect(headline(alone)).toBe(headline(attached))
  }, 60_000)

  it('one AppSecret rule: the control API refuses the capitals the CLI refuses', async () => {
    const setup = await api<{ accounts: Record<string, unknown>[] }>(core.served, '/api/setup')
    const res = await fetch(`${core.served.control}/api/accounts`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: core.served.token, 'content-type': 'application/json' },
      body: JSON.stringify({ ...setup.accounts[0], appSecret: 'ABCDEF0123456789ABCDEF0123456789' }),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('lowercase')
  })

  it('an unsubscribe through the CLI changes what the running core knows of the user', async () => {
    const before = await api<{ users: { openid: string; subscribed: boolean }[] }>(
      core.served,
      '/api/setup',
    )
    const user = before.users[0]!
    const result = await runCli(['send', '--workspace', ws, '--type', 'unsubscribe', '--json'])
    expect(result.code).toBe(0)
    const after = await api<{ users: { openid: string; subscribed: boolean }[] }>(
      core.served,
      '/api/setup',
    )
    expect(after.users.find((u) => u.openid === user.openid)?.subscribed).toBe(false)
  }, 60_000)
})

describe('flags are checked with the shared identifier rules', () => {
  it('an AppSecret with capitals: exit 1, says lowercase and how to fix', async () => {
    const result = await runCli([
      'verify',
      '--workspace',
      join(root, 'flags'),
      '--appsecret',
      'ABCDEF0123456789ABCDEF0123456789',
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('--appsecret')
    expect(result.stderr).toMatch(/lowercase/)
    expect(result.stderr).toMatch(/小写/)
  }, 30_000)

  it('a callback domain with a scheme and a path: exit 1, with the domain to type instead', async () => {
    const result = await runCli([
      'verify',
      '--workspace',
      join(root, 'flags'),
      '--callback-domain',
      'http://127.0.0.1:5176/oauth',
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('--callback-domain')
    expect(result.stderr).toContain('Remove the scheme')
    expect(result.stderr).toContain('--callback-domain 127.0.0.1:5176')
  }, 30_000)
})
