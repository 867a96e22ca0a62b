/**
 * Runs a suite on the engine (docs/replay.md "Running"): the account and target it names (or the
 * workspace's), every step × row narrowed by tags and `only`, at most `concurrency` at once, in
 * any mode, reproducible under a seed. Results come back in suite order whatever finished first;
 * each one is also reported as progress as it ends, for the app's live view and the CLI's bar.
 */
import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import type { Suite, SuiteResult, StepResult } from '../../../shared/model/suite'
import { MpsimError } from '../../errors'
import type { RunDeps, RunOptions } from './options'
import { planSteps } from './plan'
import { runPool } from './pool'
import { runStep, skippedStepName } from './run-step'
import type { StepRunContext } from './run-step'

export class ReplayConfigError extends MpsimError {
  readonly code: 'unknown-account' | 'bad-target' | 'nothing-to-run'
  constructor(code: ReplayConfigError['code'], message: string) {
    super(message)
    this.code = code
  }
}

export const DEFAULT_API_CALL_WAIT_MS = 2000

/** Throws ReplayConfigError for what no step could run with (CLI exit 2); steps fail on their own. */
export async function runSuite(
  deps: RunDeps,
  suite: Suite,
  options: RunOptions = {},
): Promise<SuiteResult> {
  const accountId = options.accountId ?? suite.account
  const account =
    accountId === undefined ? deps.directory.listAccounts()[0] : deps.directory.account(accountId)
  if (!account) {
    throw new ReplayConfigError(
      'unknown-account',
      `no account ${accountId ?? '(the workspace has none)'}`,
    )
  }
  const botUrl = options.target ?? suite.target
  if (botUrl !== undefined && !/^https?:\/\/[^/]/i.test(botUrl)) {
    throw new ReplayConfigError('bad-target', `the target must be an http(s) URL: ${botUrl}`)
  }
  const plan = planSteps(suite, {
    ...(options.tags ? { tags: options.tags } : {}),
    ...(options.only ? { only: options.only } : {}),
  })
  const runId = options.runId ?? randomUUID()
  const startedAt = deps.clock.nowMs()
  const started = performance.now()
  const seed = options.seed ?? suite.seed
  const mode = options.mode ?? suite.mode
  const ctx: StepRunContext = {
    deps,
    account,
    ...(botUrl === undefined ? {} : { botUrl }),
    ...(mode === undefined ? {} : { mode }),
    ...(seed === undefined ? {} : { seed: String(seed) }),
    keepMsgIds: suite.keepMsgIds ?? false,
    ...(suite.variables ? { variables: suite.variables } : {}),
    baseDir: options.baseDir ?? process.cwd(),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.attempts === undefined ? {} : { attempts: options.attempts }),
    apiCallWaitMs: options.apiCallWaitMs ?? DEFAULT_API_CALL_WAIT_MS,
  }
  let done = 0
  const steps = await runPool<StepResult>(
    plan.length,
    options.concurrency ?? 1,
    async (index, stop) => {
      const result = await runStep(ctx, plan[index]!)
      if (options.bail && (result.status === 'failed' || result.status === 'error')) stop()
      options.onProgress?.({ runId, done: ++done, total: plan.length, step: result })
      return result
    },
    (index) => {
      const planned = plan[index]!
      return {
        index: planned.index,
        ...(planned.row === undefined ? {} : { row: planned.row }),
        name: skippedStepName(ctx, planned),
        status: 'skipped',
        failures: [],
        durationMs: 0,
      }
    },
  )
  return {
    runId,
    suite: suite.name,
    ...(options.file === undefined ? {} : { file: options.file }),
    startedAt,
    durationMs: Math.round(performance.now() - started),
    steps,
    counts: countOf(steps),
  }
}

export function countOf(steps: readonly StepResult[]): SuiteResult['counts'] {
  const counts = { passed: 0, failed: 0, error: 0, skipped: 0 }
  for (const step of steps) counts[step.status]++
  return counts
}
