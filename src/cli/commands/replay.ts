/**
 * `mpsim replay <suite|capture…>`: runs replay suites — and capture files given directly, each
 * message asserted to get an answer WeChat accepts in time — through the core's runSuite
 * (core-link/): attached to the app or `mpsim serve` on the same workspace, so the run shows live
 * there, or on a core of its own. Reports as text, JSON or JUnit; exit codes for CI in
 * replay/exit.ts (docs/replay.md "CLI").
 */
import { join } from 'node:path'
import { MpsimError } from '../../core/errors'
import { defaultWorkspaceDir } from '../../core/workspace'
import { SUITES_DIR } from '../../core/workspace/layout'
import type { ReporterName } from '../../core/replay/report'
import type { Lang } from '../../shared/explain/types'
import type { SuiteResult } from '../../shared/model/suite'
import { UsageError } from '../flag-rules'
import type { LinkOptions } from '../core-link/connect'
import type { CoreClient } from '../core-link/control-client'
import { runOnCore } from '../core-link/run-command'
import { pickLang } from '../report/lang'
import { REPLAY_EXIT, replayExitCode } from '../replay/exit'
import { loadInputs } from '../replay/load-inputs'
import type { LoadedSuite } from '../replay/load-inputs'
import { progressBar } from '../replay/progress-bar'
import { runRemote } from '../replay/run-remote'
import type { RunFlags } from '../replay/run-remote'
import { renderImportSummary, replayWords } from '../replay/words'
import { writeReports } from '../replay/write-report'

export interface ReplayOptions extends LinkOptions {
  reporter?: ReporterName
  out?: string
  bail: boolean
  concurrency?: number
  tag: string[]
  /** Per-attempt deadline and deliveries of every step (as `send`'s); the workspace's when absent. */
  timeout?: number
  attempts?: number
}

/** The run's own flags; --seed seeds the run (timestamps, nonces, MsgIds), not a core of its own. */
export function runFlagsOf(options: ReplayOptions): RunFlags {
  return {
    ...(options.target === undefined ? {} : { target: options.target }),
    ...(options.mode === undefined ? {} : { mode: options.mode }),
    ...(options.bail ? { bail: true } : {}),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.tag.length === 0 ? {} : { tags: options.tag }),
    ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout }),
    ...(options.attempts === undefined ? {} : { attempts: options.attempts }),
  }
}

/** The options the core link sees: without --seed, which goes to the run (see runFlagsOf). */
export function linkOptionsOf(options: ReplayOptions): LinkOptions {
  return { ...options, seed: undefined }
}

export function reporterOf(options: Pick<ReplayOptions, 'reporter' | 'json'>): ReporterName {
  return options.reporter ?? (options.json ? 'json' : 'text')
}

/** Runs the suites one after the other, each with its own progress bar on a terminal. */
export async function runSuites(
  client: CoreClient,
  suites: readonly LoadedSuite[],
  flags: RunFlags,
  lang: Lang,
): Promise<SuiteResult[]> {
  const results: SuiteResult[] = []
  for (const loaded of suites) {
    const bar = progressBar(process.stderr, lang, loaded.suite.name)
    try {
      results.push(
        await runRemote(
          {
            client,
            flags,
            onProgress: (done, total, failed) => bar.update(done, total, failed),
            ...(loaded.suitesName === undefined ? {} : { suitesName: loaded.suitesName }),
          },
          loaded.suite,
          loaded.file,
        ),
      )
    } finally {
      bar.done()
    }
    const last = results[results.length - 1]
    if (flags.bail === true && last && last.counts.failed + last.counts.error > 0) break
  }
  return results
}

/**
 * A configuration problem (bad flag, suite file, capture; an input the core refused) is printed
 * and becomes exit 2; anything else is mpsim's own failure and goes on to the internal-error path.
 */
export async function asReplayExit(lang: Lang, body: () => Promise<number>): Promise<number> {
  try {
    return await body()
  } catch (error) {
    if (error instanceof UsageError || error instanceof MpsimError) {
      process.stderr.write(`mpsim: ${replayWords(lang).config}: ${error.message}\n`)
      return REPLAY_EXIT.config
    }
    throw error
  }
}

export async function replay(paths: string[], options: ReplayOptions): Promise<number> {
  const lang = pickLang(options.lang)
  return asReplayExit(lang, () =>
    runOnCore(linkOptionsOf(options), options.target === undefined, async ({ client, setup }) => {
      const workspace = options.workspace ?? defaultWorkspaceDir()
      const inputs = await loadInputs(paths, setup.accounts, join(workspace, SUITES_DIR))
      if (inputs.captures) {
        process.stderr.write(`${renderImportSummary(inputs.captures, lang).join('\n')}\n`)
        if (inputs.captures.messages.length === 0) {
          throw new UsageError(replayWords(lang).nothing)
        }
      }
      const results = await runSuites(client, inputs.suites, runFlagsOf(options), lang)
      await writeReports(results, reporterOf(options), options.out, lang)
      return replayExitCode(results)
    }),
  )
}
