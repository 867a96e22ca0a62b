/**
 * Exit codes of `mpsim replay` and `mpsim conformance` (docs/replay.md "Exit codes"), made for CI:
 * they differ from `send`/`verify` (exit-codes.ts) because a test run's first question is
 * "did every assertion hold", and a broken suite file must not look like a failing bot.
 */
import type { SuiteResult } from '../../shared/model/suite'

export const REPLAY_EXIT = {
  /** Every step ran and every assertion held. */
  passed: 0,
  /** At least one assertion failed (or a step could not run for a reason of the bot's). */
  failed: 1,
  /** Bad flags, a suite file that does not parse, captures with nothing to replay. */
  config: 2,
  /** The target could not be reached (connection refused, no answer on any attempt). */
  unreachable: 3,
  /** A bug in mpsim: please report it. */
  internal: 70,
} as const

export const REPLAY_EXIT_HELP = `
Exit codes:
  0   every step passed
  1   an assertion failed
  2   usage or configuration error (bad flag, suite file or capture; the message says what)
  3   the target was unreachable
  70  internal error in mpsim`

/** Unreachable wins: when the bot is down, its failed assertions say nothing new. */
export function replayExitCode(results: readonly SuiteResult[]): number {
  const steps = results.flatMap((r) => r.steps)
  if (steps.some((s) => s.unreachable === true)) return REPLAY_EXIT.unreachable
  if (steps.some((s) => s.status === 'failed' || s.status === 'error')) return REPLAY_EXIT.failed
  return REPLAY_EXIT.passed
}
