/**
 * `mpsim conformance <url>` and its control command: URL verification first (protocol.md §3; a bot
 * WeChat cannot verify is never pushed to), then the conformance suite on the same runner and
 * reporters as any replay. The verification is step 0 of the result.
 */
import { performance } from 'node:perf_hooks'
import type { StepResult, SuiteResult } from '../../../shared/model/suite'
import { countOf, runSuite } from '../run/run-suite'
import type { RunDeps, RunOptions } from '../run/options'
import { CONFORMANCE_SUITE_NAME, conformanceSuite } from './conformance-suite'
import type { ConformanceOptions } from './conformance-suite'

export const VERIFY_STEP_NAME = 'URL verification (echostr, signature check)'

export async function runConformance(
  deps: RunDeps,
  options: RunOptions & ConformanceOptions = {},
): Promise<SuiteResult> {
  const account = deps.engine.account(options.accountId)
  const started = performance.now()
  const verification = await verifyStep(deps, account.id, options)
  const suite = conformanceSuite(account, options)
  if (verification.status !== 'passed' && (options.bail || verification.unreachable)) {
    // Nothing to learn from pushing to a bot that is not there or (with --bail) not verified.
    const skipped = suite.steps.map((step, index): StepResult => ({
      index: index + 1,
      name: step.name ?? '',
      status: 'skipped',
      failures: [],
      durationMs: 0,
    }))
    const steps = [verification, ...skipped]
    return {
      runId: options.runId ?? `conformance-${Date.now()}`,
      suite: CONFORMANCE_SUITE_NAME,
      startedAt: deps.clock.nowMs(),
      durationMs: Math.round(performance.now() - started),
      steps,
      counts: countOf(steps),
    }
  }
  const result = await runSuite(deps, suite, {
    ...options,
    // The retry check needs the steps in order, one at a time.
    concurrency: 1,
    onProgress: (p) =>
      options.onProgress?.({
        ...p,
        done: p.done + 1,
        total: p.total + 1,
        ...(p.step ? { step: { ...p.step, index: p.step.index + 1 } } : {}),
      }),
  })
  const steps = [verification, ...result.steps.map((s) => ({ ...s, index: s.index + 1 }))]
  return {
    ...result,
    durationMs: Math.round(performance.now() - started),
    steps,
    counts: countOf(steps),
  }
}

async function verifyStep(
  deps: RunDeps,
  accountId: string,
  options: RunOptions,
): Promise<StepResult> {
  const started = performance.now()
  const base = { index: 0, name: VERIFY_STEP_NAME }
  try {
    const { result, exchange } = await deps.engine.verify({
      accountId,
      ...(options.target ? { botUrl: options.target } : {}),
      probe: true,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    })
    const verdict = result.verdict
    const durationMs = Math.round(performance.now() - started)
    const unreachable = verdict.code === 'connection-refused' || verdict.code === 'dns'
    // A bot answering a forged signature is a security warning (protocol.md §3), not a failure:
    // the probe's attempt stays in the exchange for the inspector to show.
    const failures = verdict.ok
      ? []
      : [{ assertion: 'verification', expected: 'passed', actual: verdict.code }]
    if (unreachable) {
      return {
        ...base,
        status: 'error',
        failures: [],
        error: `the bot could not be reached: ${verdict.code}`,
        unreachable: true,
        exchangeId: exchange.id,
        durationMs,
      }
    }
    return {
      ...base,
      status: failures.length > 0 ? 'failed' : 'passed',
      failures,
      exchangeId: exchange.id,
      durationMs,
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ...base, status: 'error', failures: [], error: message, durationMs: 0 }
  }
}
