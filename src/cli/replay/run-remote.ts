/**
 * Runs a suite through the core's runSuite command, attached or in-process alike, with the
 * core's replayProgress events feeding the progress bar. A suite larger than the control API
 * takes in one body (2 MB — ten thousand captured messages are more) is sent in parts run one
 * after the other; their results are joined back into one, step indexes as in the whole suite.
 */
import type { Input } from '../../shared/control/contract'
import type { StepResult, Suite, SuiteResult } from '../../shared/model/suite'
import type { CoreClient } from '../core-link/control-client'

/** Under the control API's 2 MB body limit, with room for the options and JSON escaping. */
export const PART_BYTES = 1_500_000

export type RunFlags = Omit<Input<'runSuite'>, 'file' | 'suite' | 'runId' | 'only'>

export interface RemoteRun {
  readonly client: CoreClient
  readonly flags: RunFlags
  /** done and total over the whole suite, failed so far. */
  readonly onProgress?: (done: number, total: number, failed: number) => void
  /** @default PART_BYTES */
  readonly partBytes?: number
  /** The suite's name in suites/ when its file is there: its captures are read beside it. */
  readonly suitesName?: string
}

/** The suite's steps cut into parts whose JSON stays under `limit` bytes each. */
export function splitSuite(suite: Suite, limit = PART_BYTES): { offset: number; suite: Suite }[] {
  const base = Buffer.byteLength(JSON.stringify({ ...suite, steps: [] }))
  const parts: { offset: number; suite: Suite }[] = []
  let steps: Suite['steps'] = []
  let size = base
  let offset = 0
  for (const [index, step] of suite.steps.entries()) {
    const bytes = Buffer.byteLength(JSON.stringify(step)) + 1
    if (steps.length > 0 && size + bytes > limit) {
      parts.push({ offset, suite: { ...suite, steps } })
      steps = []
      size = base
      offset = index
    }
    steps.push(step)
    size += bytes
  }
  parts.push({ offset, suite: { ...suite, steps } })
  return parts
}

const failedStatus = (step: StepResult) => step.status === 'failed' || step.status === 'error'

let sequence = 0

export async function runRemote(
  run: RemoteRun,
  suite: Suite,
  file: string | undefined,
): Promise<SuiteResult> {
  const parts = splitSuite(suite, run.partBytes)
  const rows = Math.max(1, suite.rows?.length ?? 0)
  const estimate = suite.steps.length * rows
  const runBase = `cli-${process.pid}-${Date.now().toString(36)}-${++sequence}`
  let doneBefore = 0
  let failed = 0
  let currentRun = ''
  const stop = run.onProgress
    ? await run.client
        .events((event) => {
          if (event.name !== 'replayProgress' || event.data.runId !== currentRun) return
          if (event.data.step && failedStatus(event.data.step)) failed++
          const total = Math.max(estimate, doneBefore + event.data.total)
          run.onProgress?.(doneBefore + event.data.done, total, failed)
        })
        // No progress is no reason to fail the run: the report comes with the answer.
        .catch(() => undefined)
    : undefined
  const results: SuiteResult[] = []
  try {
    for (const [index, part] of parts.entries()) {
      currentRun = parts.length === 1 ? runBase : `${runBase}-${index + 1}`
      const result = await run.client.call('runSuite', {
        ...run.flags,
        runId: currentRun,
        suite: part.suite,
        ...(run.suitesName === undefined ? {} : { file: run.suitesName }),
      })
      results.push({
        ...result,
        steps: result.steps.map((step) => ({ ...step, index: step.index + part.offset })),
      })
      doneBefore += result.steps.length
      if (run.flags.bail === true && result.steps.some(failedStatus)) break
    }
  } finally {
    stop?.()
  }
  return joinResults(results, runBase, suite.name, file)
}

function joinResults(
  results: readonly SuiteResult[],
  runId: string,
  name: string,
  file: string | undefined,
): SuiteResult {
  const steps = results.flatMap((r) => r.steps)
  const counts = { passed: 0, failed: 0, error: 0, skipped: 0 }
  for (const step of steps) counts[step.status]++
  return {
    runId,
    suite: name,
    ...(file === undefined ? {} : { file }),
    startedAt: results[0]?.startedAt ?? Date.now(),
    durationMs: results.reduce((sum, r) => sum + r.durationMs, 0),
    steps,
    counts,
  }
}
