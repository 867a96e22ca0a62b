/**
 * `mpsim replay` exit codes as documented (docs/replay.md "Exit codes"): 0 every step passed,
 * 1 an assertion failed, 2 a usage or configuration error (bad suite file with its line, an
 * unknown flag value, captures with nothing to replay), 3 the target unreachable. In-process runs
 * against the sample bot; captures given directly are asserted to be accepted in time.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BROKEN,
  CAPTURED_TEXT,
  closedPort,
  FAILING,
  PASSING,
  runCli,
  stopChildren,
} from './helpers'

let dir = ''
/** Each test its own workspace: they run at once, each with a core of its own. */
let next = 0
const ws = () => ['--workspace', join(dir, `ws-${++next}`)]

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-replay-exit-'))
  await writeFile(join(dir, 'passing.yaml'), PASSING)
  await writeFile(join(dir, 'failing.yaml'), FAILING)
  await writeFile(join(dir, 'broken.yaml'), BROKEN)
  await mkdir(join(dir, 'captures'))
  await writeFile(join(dir, 'captures', 'one.xml'), CAPTURED_TEXT)
  await writeFile(join(dir, 'captures', 'notes.txt'), 'not a capture')
  await mkdir(join(dir, 'empty-captures'))
  await writeFile(join(dir, 'empty-captures', 'notes.txt'), 'not a capture')
})

afterAll(async () => {
  stopChildren()
  await rm(dir, { recursive: true, force: true })
})

describe.concurrent('mpsim replay exit codes', () => {
  it('0 when every step passes', async () => {
    const ran = await runCli(['replay', join(dir, 'passing.yaml'), ...ws()])
    expect(ran.stderr).toBe('')
    expect(ran.stdout).toContain('✓ 1. help is answered — passed')
    expect(ran.stdout).toMatch(/1 passed, 0 failed, 0 errors, 0 skipped/)
    expect(ran.code).toBe(0)
  }, 120_000)

  it('1 when an assertion fails, with what was expected and what came', async () => {
    const ran = await runCli(['replay', join(dir, 'failing.yaml'), ...ws()])
    expect(ran.stdout).toContain('✗ 2. wrong content — failed')
    expect(ran.stdout).toContain('fields.Content: expected contains "no such words", actual "')
    expect(ran.code).toBe(1)
  }, 120_000)

  it('2 for a suite file that does not parse, with its line and reason', async () => {
    const ran = await runCli(['replay', join(dir, 'broken.yaml'), ...ws()])
    expect(ran.stderr).toMatch(
      /^mpsim: configuration error: .*broken\.yaml:6:\d+: steps\.0\.expect\.verdict: /m,
    )
    expect(ran.stdout).toBe('')
    expect(ran.code).toBe(2)
  }, 120_000)

  it('2 for a flag value commander refuses and for a file that is not there', async () => {
    const [flag, missing] = await Promise.all([
      runCli(['replay', join(dir, 'passing.yaml'), '--reporter', 'xml', ...ws()]),
      runCli(['replay', join(dir, 'nope.yaml'), ...ws()]),
    ])
    expect(flag.stderr).toMatch(/--reporter <name>' argument 'xml' is invalid/)
    expect(flag.code).toBe(2)
    expect(missing.stderr).toMatch(/no such file or folder: .*nope\.yaml/)
    expect(missing.code).toBe(2)
  }, 120_000)

  it('3 when the target cannot be reached', async () => {
    const target = `http://127.0.0.1:${await closedPort()}/wechat`
    const ran = await runCli(['replay', join(dir, 'passing.yaml'), '--target', target, ...ws()])
    expect(ran.stdout).toContain('bot unreachable')
    expect(ran.code).toBe(3)
  }, 120_000)

  it('replays a folder of captures, skipping what is not one, and asserts each is accepted', async () => {
    const ran = await runCli(['replay', join(dir, 'captures'), ...ws()])
    expect(ran.stderr).toContain('captures: 1 push to replay, 1 skipped')
    expect(ran.stderr).toMatch(/notes\.txt: Not XML/)
    expect(ran.stdout).toMatch(/✓ 1\. .*one\.xml.* — passed/)
    expect(ran.code).toBe(0)
  }, 120_000)

  it('2 when the captures hold nothing to replay', async () => {
    const ran = await runCli(['replay', join(dir, 'empty-captures'), ...ws()])
    expect(ran.stderr).toContain('no push found in the captures given')
    expect(ran.code).toBe(2)
  }, 120_000)

  it('speaks Chinese with --lang zh', async () => {
    const ran = await runCli(['replay', join(dir, 'broken.yaml'), '--lang', 'zh', ...ws()])
    expect(ran.stderr).toMatch(/^mpsim: 配置错误: /)
    expect(ran.code).toBe(2)
  }, 120_000)
})
