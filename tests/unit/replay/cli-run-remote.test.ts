/**
 * How `mpsim replay` sends a suite too big for one control API body: cut into parts under the
 * limit, run one after the other, joined back with the step indexes of the whole suite; --bail
 * stops after the part that failed. And the exit code a set of results gives.
 */
import { describe, expect, it } from 'vitest'
import type { CoreClient } from '../../../src/cli/core-link/control-client'
import { REPLAY_EXIT, replayExitCode } from '../../../src/cli/replay/exit'
import { runRemote, splitSuite } from '../../../src/cli/replay/run-remote'
import type { StepResult, Suite, SuiteResult } from '../../../src/shared/model/suite'

const suite: Suite = {
  version: 1,
  name: 'big',
  steps: Array.from({ length: 10 }, (_, i) => ({
    send: { xml: `<xml>${'x'.repeat(100)}${i}</xml>` },
  })),
}

function step(index: number, status: StepResult['status'], extra: Partial<StepResult> = {}) {
  return { index, name: `s${index}`, status, failures: [], durationMs: 1, ...extra }
}

function result(steps: StepResult[]): SuiteResult {
  const counts = { passed: 0, failed: 0, error: 0, skipped: 0 }
  for (const s of steps) counts[s.status]++
  return { runId: 'r', suite: 'big', startedAt: 0, durationMs: 5, steps, counts }
}

/** A core that passes every step except those whose XML ends in one of `failing`. */
function fakeClient(failing: string[], calls: Suite[]): CoreClient {
  return {
    events: () => Promise.resolve(() => undefined),
    call: ((name: string, input: { suite: Suite }) => {
      if (name !== 'runSuite') throw new Error(name)
      calls.push(input.suite)
      const steps = input.suite.steps.map((s, i) => {
        const xml = 'xml' in s.send ? s.send.xml : ''
        return step(i, failing.some((f) => xml.endsWith(`${f}</xml>`)) ? 'failed' : 'passed')
      })
      return Promise.resolve(result(steps))
    }) as CoreClient['call'],
  }
}

describe('splitSuite', () => {
  it('keeps a small suite whole', () => {
    expect(splitSuite(suite)).toEqual([{ offset: 0, suite }])
  })

  it('cuts a big one into parts under the limit, in order, nothing lost', () => {
    const parts = splitSuite(suite, 400)
    expect(parts.length).toBeGreaterThan(2)
    for (const part of parts) expect(JSON.stringify(part.suite).length).toBeLessThanOrEqual(400)
    expect(parts.flatMap((p) => p.suite.steps)).toEqual(suite.steps)
    expect(parts.map((p) => p.offset)).toEqual(
      parts.map((_, i) => parts.slice(0, i).reduce((n, p) => n + p.suite.steps.length, 0)),
    )
  })
})

describe('runRemote', () => {
  it('joins the parts back with the whole suite’s step indexes', async () => {
    const calls: Suite[] = []
    const joined = await runRemote(
      { client: fakeClient(['7'], calls), flags: {}, partBytes: 400 },
      suite,
      'big.yaml',
    )
    expect(calls.length).toBeGreaterThan(2)
    expect(joined.steps.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(joined.steps[7]?.status).toBe('failed')
    expect(joined.counts).toEqual({ passed: 9, failed: 1, error: 0, skipped: 0 })
    expect(joined.file).toBe('big.yaml')
  })

  it('with bail, starts no part after one that failed', async () => {
    const calls: Suite[] = []
    const joined = await runRemote(
      { client: fakeClient(['1'], calls), flags: { bail: true }, partBytes: 400 },
      suite,
      undefined,
    )
    expect(calls.length).toBe(1)
    expect(joined.steps.length).toBe(calls[0]?.steps.length)
  })
})

describe('replayExitCode', () => {
  it.each([
    [[step(0, 'passed'), step(1, 'skipped')], REPLAY_EXIT.passed],
    [[step(0, 'passed'), step(1, 'failed')], REPLAY_EXIT.failed],
    [[step(0, 'error')], REPLAY_EXIT.failed],
    [[step(0, 'failed'), step(1, 'error', { unreachable: true })], REPLAY_EXIT.unreachable],
  ] as const)('%j → %i', (steps, code) => {
    expect(replayExitCode([result([...steps])])).toBe(code)
  })
})
