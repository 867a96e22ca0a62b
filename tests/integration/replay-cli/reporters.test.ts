/**
 * `mpsim replay` reporters: text (the default, zh or en), JSON (one document, the results of every
 * suite) and JUnit XML in the Jenkins/Surefire shape — on stdout, or in --out FILE with the
 * readable text still on stdout for the CI log. Two suites in one run give two testsuites.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SuiteResult } from '../../../src/shared/model/suite'
import { FAILING, PASSING, runCli, stopChildren } from './helpers'

let dir = ''
let next = 0
const ws = () => ['--workspace', join(dir, `ws-${++next}`)]

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-replay-report-'))
  await writeFile(join(dir, 'passing.yaml'), PASSING)
  await writeFile(join(dir, 'failing.yaml'), FAILING)
})

afterAll(async () => {
  stopChildren()
  await rm(dir, { recursive: true, force: true })
})

const suites = () => [join(dir, 'passing.yaml'), join(dir, 'failing.yaml')]

describe.concurrent('mpsim replay reporters', () => {
  it('junit to --out: the Surefire shape, one testsuite per suite, the failure with its message', async () => {
    const out = join(dir, 'reports', 'junit.xml')
    const ran = await runCli(['replay', ...suites(), '--reporter', 'junit', '--out', out, ...ws()])
    expect(ran.code).toBe(1)
    const xml = await readFile(out, 'utf8')
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /)
    expect(xml).toMatch(/<testsuites [^>]*tests="3" failures="1" errors="0" skipped="0"/)
    expect(xml).toMatch(/<testsuite name="passing" tests="1" failures="0"/)
    expect(xml).toMatch(/<testsuite name="failing" tests="2" failures="1"/)
    expect(xml).toMatch(/<testcase name="2\. wrong content" classname="failing" time="[\d.]+">/)
    expect(xml).toMatch(
      /<failure message="fields\.Content: [^"]*no such words[^"]*" type="fields\.Content">/,
    )
    // The log still gets the readable report, and where the file went.
    expect(ran.stdout).toContain('✗ 2. wrong content — failed')
    expect(ran.stderr).toContain(`report written to ${out}`)
  }, 120_000)

  it('json on stdout: one document with every suite’s results', async () => {
    const ran = await runCli(['replay', ...suites(), '--reporter', 'json', ...ws()])
    expect(ran.code).toBe(1)
    const doc = JSON.parse(ran.stdout) as { version: number; suites: SuiteResult[] }
    expect(doc.suites.map((s) => [s.suite, s.counts])).toEqual([
      ['passing', { passed: 1, failed: 0, error: 0, skipped: 0 }],
      ['failing', { passed: 1, failed: 1, error: 0, skipped: 0 }],
    ])
    expect(doc.suites[1]?.steps[1]?.failures[0]?.assertion).toBe('fields.Content')
  }, 120_000)

  it('--json is the json reporter; text to --out in Chinese', async () => {
    const out = join(dir, 'report.txt')
    const [json, text] = await Promise.all([
      runCli(['replay', join(dir, 'passing.yaml'), '--json', ...ws()]),
      runCli(['replay', join(dir, 'passing.yaml'), '--out', out, '--lang', 'zh', ...ws()]),
    ])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toMatchObject({ suites: [{ suite: 'passing' }] })
    expect(text.code).toBe(0)
    const written = await readFile(out, 'utf8')
    expect(written).toContain('✓ 1. help is answered — 通过')
    expect(written).toMatch(/通过 1，失败 0，出错 0，跳过 0/)
    expect(text.stderr).toContain(`报告已写入 ${out}`)
  }, 120_000)
})
