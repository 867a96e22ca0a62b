/**
 * The Replay panel's pure parts: a suite made from an import, the editor's edits, the JUnit and
 * JSON exports, the upload batches under the control API's body limit, and live progress.
 */
import { describe, expect, it } from 'vitest'
import { suiteSchema, suiteResultSchema } from '../../../../src/shared/model/suite'
import type { Suite, SuiteResult } from '../../../../src/shared/model/suite'
import type { ImportReport } from '../../../../src/shared/model/capture'
import {
  suiteFileName,
  suiteFromCaptures,
} from '../../../../src/renderer/src/features/replay/captures-suite'
import {
  fieldRows,
  fieldsOf,
  withExpect,
  withOptional,
} from '../../../../src/renderer/src/features/replay/suite-draft'
import { removeStep } from '../../../../src/renderer/src/features/replay/step-list'
import {
  resultsFileName,
  resultsJunit,
} from '../../../../src/renderer/src/features/replay/results-export'
import { batches, bytesToBase64 } from '../../../../src/renderer/src/features/replay/read-files'
import { advance } from '../../../../src/renderer/src/features/replay/replay-state'
import type { RunState } from '../../../../src/renderer/src/features/replay/replay-state'

const XML = '<xml><MsgType><![CDATA[text]]></MsgType><Content>hi</Content></xml>'

const report: ImportReport = {
  messages: [
    {
      id: 'a.har#0',
      source: { kind: 'har', name: 'a.har', index: 0 },
      original: { text: XML },
      plainXml: XML,
      encrypted: false,
      msgType: 'text',
      typeId: 'text',
      recordedReply: { status: 200, body: '<xml>reply</xml>' },
    },
    {
      id: 'b.xml#0',
      source: { kind: 'xml', name: 'b.xml' },
      original: { text: XML },
      plainXml: XML,
      encrypted: true,
      msgType: 'event',
      event: 'CLICK',
    },
  ],
  skipped: [{ source: { kind: 'har', name: 'a.har', index: 1 }, reason: 'not-a-post' }],
}

describe('a suite from an import', () => {
  it('replays each message as XML, asserting the recorded reply or WeChat’s deadline', () => {
    const suite = suiteFromCaptures(report, 'prod')
    expect(suiteSchema.parse(suite)).toEqual(suite)
    expect(suite?.steps).toEqual([
      {
        name: 'a.har #1 · text',
        send: { xml: XML },
        recordedReply: '<xml>reply</xml>',
        expect: { sameReplyAsRecorded: true, noRetry: true },
      },
      {
        name: 'b.xml · event.CLICK',
        send: { xml: XML },
        expect: { withinMs: 5000, noRetry: true },
      },
    ])
  })

  it('is nothing when nothing was found', () => {
    expect(suiteFromCaptures({ messages: [], skipped: report.skipped }, 'x')).toBeUndefined()
  })

  it('names files safely and never over another suite', () => {
    expect(suiteFileName('smoke test/é')).toBe('smoke-test-é.json')
    expect(suiteFileName('a', ['a.json', 'a-2.json'])).toBe('a-3.json')
    expect(suiteFileName('../..')).toBe('suite.json')
  })
})

describe('the editor’s edits', () => {
  const suite: Suite = {
    version: 1,
    name: 's',
    steps: [
      { send: { type: 'text', fields: { Content: 'a' } }, expect: { fields: { Content: 'x' } } },
      { send: { xml: XML } },
    ],
  }

  it('reads bare strings as equals and writes equals back as a bare string', () => {
    const rows = fieldRows({
      fields: { Content: 'x', Title: { matches: '^A' }, Url: { contains: 'q' } },
    })
    expect(rows).toEqual([
      { element: 'Content', how: 'equals', value: 'x' },
      { element: 'Title', how: 'matches', value: '^A' },
      { element: 'Url', how: 'contains', value: 'q' },
    ])
    expect(fieldsOf(rows)).toEqual({
      Content: 'x',
      Title: { matches: '^A' },
      Url: { contains: 'q' },
    })
    expect(fieldsOf([{ element: ' ', how: 'equals', value: 'typed' }])).toBeUndefined()
  })

  it('sets and clears one assertion; an empty expect goes away', () => {
    const step = suite.steps[0]!
    const timed = withExpect(step, 'withinMs', 800)
    expect(timed.expect).toEqual({ fields: { Content: 'x' }, withinMs: 800 })
    const bare = withExpect(step, 'fields', undefined)
    expect('expect' in bare).toBe(false)
    expect(suiteSchema.parse({ ...suite, steps: [bare] }).steps[0]).toEqual(bare)
  })

  it('keeps the last step and clears optional settings', () => {
    const one = removeStep(suite, 0)
    expect(one.steps).toEqual([suite.steps[1]])
    expect(removeStep(one, 0)).toBe(one)
    expect(withOptional({ ...suite, target: 'http://x' }, 'target', '')).toEqual(suite)
    expect(withOptional(suite, 'mode', 'safe').mode).toBe('safe')
  })
})

describe('exports', () => {
  const result: SuiteResult = suiteResultSchema.parse({
    runId: 'r1',
    suite: 'smoke <&>',
    startedAt: Date.UTC(2024, 0, 1),
    durationMs: 1500,
    steps: [
      { index: 0, name: 'hello', status: 'passed', failures: [], durationMs: 12 },
      {
        index: 1,
        row: 0,
        name: 'menu',
        status: 'failed',
        failures: [{ assertion: 'fields.Content', expected: 'a', actual: 'b', diff: '- a\n+ b' }],
        durationMs: 40,
      },
      {
        index: 2,
        name: 'gone',
        status: 'error',
        failures: [],
        error: 'bot unreachable',
        durationMs: 1,
      },
      { index: 3, name: 'later', status: 'skipped', failures: [], durationMs: 0 },
    ],
    counts: { passed: 1, failed: 1, error: 1, skipped: 1 },
  })

  it('writes JUnit in the Surefire shape, escaped', () => {
    const xml = resultsJunit(result)
    expect(xml).toContain(
      '<testsuites name="mpsim replay" tests="4" failures="1" errors="1" skipped="1" time="1.500">',
    )
    expect(xml).toContain('<testsuite name="smoke &lt;&amp;&gt;" tests="4"')
    expect(xml).toContain('timestamp="2024-01-01T00:00:00.000Z"')
    expect(xml).toContain('<testcase name="hello" classname="smoke &lt;&amp;&gt;" time="0.012"/>')
    expect(xml).toContain(
      '<failure message="fields.Content: expected a, got b" type="fields.Content">- a\n+ b</failure>',
    )
    expect(xml).toContain('<testcase name="menu [row 1]"')
    expect(xml).toContain('<error message="bot unreachable" type="error"/>')
    expect(xml).toContain('<skipped/>')
    expect(resultsFileName(result, 'xml')).toBe('mpsim-replay-smoke.junit.xml')
  })
})

describe('uploads and progress', () => {
  it('batches files under the budget, a big one alone', () => {
    const f = (name: string, size: number) => ({ name, base64: 'A'.repeat(size) })
    const out = batches([f('a', 400), f('b', 400), f('big', 5000), f('c', 10)], 1000)
    expect(out.map((b) => b.map((x) => x.name))).toEqual([['a', 'b'], ['big'], ['c']])
    expect(bytesToBase64(new TextEncoder().encode('回放'))).toBe(btoa('\xe5\x9b\x9e\xe6\x94\xbe'))
  })

  it('follows this window’s run by id and another client’s only when idle here', () => {
    const step = { index: 0, name: 's', status: 'passed' as const, failures: [], durationMs: 1 }
    const mine: RunState = {
      status: 'running',
      local: true,
      runId: 'ui-1',
      done: 0,
      total: 0,
      steps: [],
    }
    const moved = advance(mine, { runId: 'ui-1', done: 1, total: 2, step })
    expect(moved).toMatchObject({ done: 1, total: 2, steps: [step] })
    expect(advance(moved, { runId: 'cli', done: 1, total: 9 })).toBe(moved)
    expect(advance({ status: 'idle' }, { runId: 'cli', done: 1, total: 9, step })).toEqual({
      status: 'running',
      local: false,
      runId: 'cli',
      done: 1,
      total: 9,
      steps: [step],
    })
  })
})
