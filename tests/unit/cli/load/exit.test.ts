/**
 * `mpsim load` exit codes (docs/load.md "The command"): 0 the bot kept up, 2 users saw
 * 该公众号暂时无法提供服务 or p99 passed the deadline, 3 nothing got an answer, 130 stopped before
 * any verdict — one judgement (assess) shared with the report's first sentence.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../../../src/cli/load/assess'
import { LOAD_EXIT, loadExitCode } from '../../../../src/cli/load/exit'
import { KEPT_UP, RAMP_STOPPED, report, SLOW, UNAVAILABLE, UNREACHABLE } from './reports'

describe('loadExitCode', () => {
  it.each([
    ['kept up', KEPT_UP, 'kept-up', 0],
    ['users saw the error', UNAVAILABLE, 'unavailable', 2],
    ['p99 over the deadline, nobody saw the error', SLOW, 'slow', 2],
    ['every push refused', UNREACHABLE, 'unreachable', 3],
    ['stopped early, the figures as they stand', RAMP_STOPPED, 'unavailable', 2],
  ] as const)('%s → %s, exit %i', (_name, r, judged, code) => {
    expect(assess(r, 5000)).toBe(judged)
    expect(loadExitCode(r, 5000)).toBe(code)
  })

  it('reads p99 against the run’s deadline, not a fixed 5 s', () => {
    expect(loadExitCode(SLOW, 10_000)).toBe(LOAD_EXIT.keptUp)
    expect(loadExitCode(KEPT_UP, 80)).toBe(LOAD_EXIT.broke)
  })

  it('a bot that answers nothing in time is unreachable; one answering 500 is not', () => {
    const silent = report({
      outcomes: { reply: 0, 'no-reply': 0, 'service-unavailable': 10 },
      unavailable: { timeout: 10, httpError: 0, network: 0, badReply: 0 },
      completed: 10,
    })
    expect(loadExitCode(silent, 5000)).toBe(LOAD_EXIT.unreachable)
    const failing = report({
      outcomes: { reply: 0, 'no-reply': 0, 'service-unavailable': 10 },
      unavailable: { timeout: 0, httpError: 10, network: 0, badReply: 0 },
      completed: 10,
    })
    expect(loadExitCode(failing, 5000)).toBe(LOAD_EXIT.broke)
  })

  it('nothing settled: 130 when stopped, 70 when the run failed, 0 when nothing was due', () => {
    const none = { completed: 0, messages: 0 }
    expect(loadExitCode(report({ ...none, status: 'stopped' }), 5000)).toBe(130)
    expect(loadExitCode(report({ ...none, status: 'failed', error: 'x' }), 5000)).toBe(70)
    expect(loadExitCode(report({ ...none }), 5000)).toBe(0)
  })

  it('a run the core reports failed is mpsim’s failure (70), whatever its figures', () => {
    expect(
      loadExitCode(report({ status: 'failed', error: 'a push could not be sent' }), 5000),
    ).toBe(70)
  })

  it('keeps the family of send and verify', () => {
    expect(LOAD_EXIT).toMatchObject({ keptUp: 0, usage: 1, broke: 2, unreachable: 3, internal: 70 })
  })
})
