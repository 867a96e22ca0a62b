import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { jsonReport, junitReport, textReport } from '../../../src/core/replay/report'
import type { SuiteResult } from '../../../src/shared/model/suite'
import { suiteResultSchema } from '../../../src/shared/model/suite'

const RESULT: SuiteResult = {
  runId: 'r1',
  suite: 'smoke <menu> & "keywords"',
  file: 'smoke.yaml',
  startedAt: Date.UTC(2024, 0, 2, 3, 4, 5),
  durationMs: 1234,
  counts: { passed: 1, failed: 1, error: 1, skipped: 1 },
  steps: [
    { index: 0, name: 'help', status: 'passed', failures: [], durationMs: 12 },
    {
      index: 1,
      row: 0,
      name: 'image [row 1]',
      status: 'failed',
      durationMs: 30,
      exchangeId: 'ex2',
      failures: [
        { assertion: 'replyType', expected: 'image', actual: 'text' },
        {
          assertion: 'sameReplyAsRecorded',
          expected: '<xml>…',
          actual: '<xml>…',
          diff: '- <Content>a</Content>\n+ <Content>b\u0001</Content>',
        },
      ],
    },
    {
      index: 2,
      name: 'slow',
      status: 'error',
      error: 'the bot could not be reached at http://127.0.0.1:9/wechat: ECONNREFUSED',
      unreachable: true,
      failures: [],
      durationMs: 3,
    },
    { index: 3, name: 'voice', status: 'skipped', failures: [], durationMs: 0 },
  ],
}

type Node = Record<string, unknown>
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error'].includes(name),
})

/** The JUnit schema's shape (the Jenkins/Surefire XSD): required attributes and their types. */
function checkJunitShape(xml: string): Node {
  const doc = parser.parse(xml, true) as Node
  const root = doc.testsuites as Node
  expect(root).toBeDefined()
  for (const key of ['@tests', '@failures', '@errors', '@time'])
    expect(root[key]).toMatch(/^\d+(\.\d+)?$/)
  for (const suite of (root.testsuite ?? []) as Node[]) {
    expect(typeof suite['@name']).toBe('string')
    for (const key of ['@tests', '@failures', '@errors', '@skipped'])
      expect(suite[key]).toMatch(/^\d+$/)
    expect(suite['@time']).toMatch(/^\d+\.\d{3}$/)
    expect(suite['@timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/)
    const cases = suite.testcase as Node[]
    expect(cases).toHaveLength(Number(suite['@tests']))
    for (const testcase of cases) {
      expect(typeof testcase['@name']).toBe('string')
      expect(typeof testcase['@classname']).toBe('string')
      expect(testcase['@time']).toMatch(/^\d+\.\d{3}$/)
      for (const kind of ['failure', 'error'] as const) {
        for (const item of (testcase[kind] ?? []) as Node[]) {
          expect(typeof item['@message']).toBe('string')
          expect(typeof item['@type']).toBe('string')
        }
      }
    }
    const count = (kind: string) => cases.filter((c) => c[kind] !== undefined).length
    expect(count('failure')).toBe(Number(suite['@failures']))
    expect(count('error')).toBe(Number(suite['@errors']))
    expect(count('skipped')).toBe(Number(suite['@skipped']))
  }
  return root
}

describe('JUnit report', () => {
  it('has the JUnit schema’s shape, escaped, with the diff in the failure body', () => {
    const xml = junitReport([RESULT, { ...RESULT, runId: 'r2', suite: 'second' }])
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true)
    const root = checkJunitShape(xml)
    expect(root['@tests']).toBe('8')
    const [suite] = root.testsuite as Node[]
    expect(suite?.['@name']).toBe('smoke <menu> & "keywords"')
    expect(suite?.['@timestamp']).toBe('2024-01-02T03:04:05')
    expect(suite?.['@time']).toBe('1.234')
    const cases = suite?.testcase as Node[]
    expect(cases.map((c) => c['@name'])).toEqual([
      '1. help',
      '2. image [row 1]',
      '3. slow',
      '4. voice',
    ])
    const failure = (cases[1]?.failure as Node[])[0]
    expect(failure?.['@message']).toBe('replyType: expected image, got text')
    expect(failure?.['@type']).toBe('replyType')
    expect(failure?.['#text']).toContain('+ <Content>b\uFFFD</Content>')
    expect((cases[2]?.error as Node[])[0]?.['@type']).toBe('unreachable')
  })

  it('an empty run is still a valid report', () => {
    const root = checkJunitShape(junitReport([]))
    expect(root['@tests']).toBe('0')
  })
})

describe('JSON and text reports', () => {
  it('JSON carries the results as the schema has them, and totals', () => {
    const parsed = JSON.parse(jsonReport([RESULT])) as {
      version: number
      counts: unknown
      suites: unknown[]
    }
    expect(parsed.version).toBe(1)
    expect(parsed.counts).toEqual({ passed: 1, failed: 1, error: 1, skipped: 1 })
    expect(suiteResultSchema.parse(parsed.suites[0])).toEqual(RESULT)
  })

  it('text in English', () => {
    expect(textReport([RESULT], 'en')).toBe(
      [
        'smoke <menu> & "keywords" (smoke.yaml)',
        '  ✓ 1. help — passed (12 ms)',
        '  ✗ 2. image [row 1] — failed (30 ms)',
        '      replyType: expected image, actual text',
        '      sameReplyAsRecorded: expected <xml>…, actual <xml>…',
        '        - <Content>a</Content>',
        '        + <Content>b\u0001</Content>',
        '  ! 3. slow — error (3 ms)',
        '      bot unreachable: the bot could not be reached at http://127.0.0.1:9/wechat: ECONNREFUSED',
        '  - 4. voice — skipped (0 ms)',
        '  1 passed, 1 failed, 1 errors, 1 skipped in 1.2 s',
        '',
      ].join('\n'),
    )
  })

  it('text in Chinese', () => {
    const text = textReport([RESULT], 'zh')
    expect(text).toContain('  ✗ 2. image [row 1] — 失败 (30 ms)')
    expect(text).toContain('      replyType: 期望 image, 实际 text')
    expect(text).toContain('  通过 1，失败 1，出错 1，跳过 1，用时 1.2 秒')
  })
})
