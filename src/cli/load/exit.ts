/**
 * Exit codes of `mpsim load` (docs/load.md "The command"): the family of `send` and `verify`
 * (exit-codes.ts) — 0 WeChat would be satisfied, 1 bad flags, 2 WeChat would not be, 3 the bot
 * out of reach — read for a whole run, so `mpsim load … --rate 200 && deploy` is a CI gate.
 */
import type { LoadReport } from '../../shared/control/load-schemas'
import { EXIT } from '../exit-codes'
import { assess } from './assess'

export const LOAD_EXIT = {
  /** The bot kept up: no user saw 该公众号暂时无法提供服务 and p99 stayed within the deadline. */
  keptUp: EXIT.ok,
  /** Bad flags or input: the message says what and how to fix it. */
  usage: EXIT.usage,
  /** Users saw 该公众号暂时无法提供服务, or p99 passed the deadline (the 5 s rule broke). */
  broke: EXIT.refused,
  /** No push got an answer (refused, reset, or no answer in time), or the core was lost. */
  unreachable: EXIT.unreachable,
  /** A bug in mpsim: please report it. */
  internal: EXIT.internal,
  /** Ctrl+C before any push settled, or a second Ctrl+C (no report): the shell's code for SIGINT. */
  interrupted: 130,
} as const

export const LOAD_EXIT_HELP = `
Exit codes:
  0    the bot kept up: no user saw 该公众号暂时无法提供服务 and p99 stayed within the deadline
  1    bad flags or input (the message says what to fix)
  2    users saw 该公众号暂时无法提供服务, or p99 passed the deadline (the 5 s rule broke)
  3    no push got an answer (bot unreachable), or the core was lost
  70   internal error in mpsim (also a run the core reports as failed)
  130  stopped by Ctrl+C before any push settled (a stopped run otherwise exits as its figures say)`

export function loadExitCode(report: LoadReport, deadlineMs: number): number {
  // The runner fails only on what mpsim got wrong (the bot's failures are verdicts).
  if (report.status === 'failed') return LOAD_EXIT.internal
  switch (assess(report, deadlineMs)) {
    case 'kept-up':
      return LOAD_EXIT.keptUp
    case 'slow':
    case 'unavailable':
      return LOAD_EXIT.broke
    case 'unreachable':
      return LOAD_EXIT.unreachable
    case 'empty':
      // Nothing settled: stopped before the first verdict, or a run that sent nothing at all.
      return report.status === 'stopped' ? LOAD_EXIT.interrupted : LOAD_EXIT.keptUp
  }
}
