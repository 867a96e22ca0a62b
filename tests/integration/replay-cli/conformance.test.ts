/**
 * `mpsim conformance [url]`: the conformance pack with the reporters and exit codes of `replay` —
 * 0 against the sample bot, 1 against a bot that answers every push with a 500 (each step's
 * failure named), 3 when nothing listens (URL verification reports it; the pushes are skipped).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTinyServer } from '../../helpers/tiny-server'
import type { TinyServer } from '../../helpers/tiny-server'
import type { SuiteResult } from '../../../src/shared/model/suite'
import { closedPort, runCli, stopChildren } from './helpers'

let dir = ''
let next = 0
const ws = () => ['--workspace', join(dir, `ws-${++next}`)]
let broken: TinyServer

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-conformance-'))
  // Passes URL verification (echoes echostr, as a bot that skips the signature check would), then
  // fails every push with a 500.
  broken = await startTinyServer((req, res) => {
    const echostr = new URL(req.url ?? '/', 'http://x').searchParams.get('echostr')
    if (req.method === 'GET' && echostr !== null) res.end(echostr)
    else res.writeHead(500).end('boom')
  })
})

afterAll(async () => {
  stopChildren()
  await broken.close()
  await rm(dir, { recursive: true, force: true })
})

describe.concurrent('mpsim conformance', () => {
  it('0 against the sample bot', async () => {
    const ran = await runCli(['conformance', ...ws()])
    expect(ran.stdout).toContain('✓ 1. URL verification (echostr, signature check) — passed')
    expect(ran.stdout).toMatch(/retry: the same MsgId again does no second side effect — passed/)
    expect(ran.stdout).toMatch(/ 0 failed, 0 errors, 0 skipped/)
    expect(ran.code).toBe(0)
  }, 120_000)

  it('1 against a bot that answers pushes with a 500, each failure named', async () => {
    const ran = await runCli(['conformance', broken.url, '--reporter', 'json', ...ws()])
    expect(ran.code).toBe(1)
    const [result] = (JSON.parse(ran.stdout) as { suites: SuiteResult[] }).suites
    expect(result?.steps[0]?.status).toBe('passed')
    const text = result?.steps.find((s) => s.name.startsWith('text:'))
    expect(text?.status).toBe('failed')
    expect(text?.failures.map((f) => f.assertion)).toContain('accepted')
  }, 120_000)

  it('3 when nothing listens at the URL', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/wechat`
    const ran = await runCli(['conformance', url, ...ws()])
    expect(ran.stdout).toContain('bot unreachable')
    expect(ran.code).toBe(3)
  }, 120_000)
})
