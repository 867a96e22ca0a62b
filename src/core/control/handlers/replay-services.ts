/**
 * The replay modules as the control handlers use them (docs/replay.md): the capture importer
 * (replay/import), the suite parser and builder (replay/suite) and the runner (replay/run), with
 * the runner bound to this core's engine, bus, directory and clock. One seam, so the handlers can
 * be tested with fakes and the composition root wires the real modules in one line.
 */
import { readFile, realpath } from 'node:fs/promises'
import { isAbsolute, relative } from 'node:path'
import type { z } from 'zod'
import type { SuiteProblem } from '../../../shared/control/replay-schemas'
import type { ImportReport } from '../../../shared/model/capture'
import type { Account } from '../../../shared/model/account'
import type { PushExchange } from '../../../shared/model/exchange'
import type { Suite, SuiteResult } from '../../../shared/model/suite'
import type { PlatformContext } from '../../context/platform-context'
import type { Engine } from '../../engine/engine'
import { importCaptures } from '../../replay/import'
import { formatSuite, parseSuiteText, suiteFromExchanges } from '../../replay/suite'
import { ReplayConfigError, runSuite } from '../../replay/run'
import type { RunOptions } from '../../replay/run'
import { runConformance } from '../../replay/conformance'
import { EngineError } from '../../engine/engine'
import { ControlError } from '../control-error'

export type SuiteProblemData = z.infer<typeof SuiteProblem>

/**
 * A run as the control handlers ask for it: the runner's own options (one definition of what a
 * run takes), with the suite's workspace name in place of the report's `file` and a run id the
 * caller chose, so its progress events can be told apart.
 */
export type ReplayRunRequest = Omit<
  RunOptions,
  'file' | 'runId' | 'accountId' | 'apiCallWaitMs'
> & {
  readonly runId: string
  readonly fileName?: string
}

export interface ReplayServices {
  importCaptures(
    inputs: readonly { name: string; bytes: Uint8Array; pasted?: boolean }[],
    ctx: { accounts: readonly Account[] },
  ): ImportReport
  parseSuiteText(text: string, fileName: string): { suite?: Suite; problems: SuiteProblemData[] }
  suiteFromExchanges(
    exchanges: readonly PushExchange[],
    name: string,
    options: { sameReply?: boolean },
  ): Suite
  /** The suite as the text of its file, in the format its name says (JSON or YAML). */
  formatSuite(suite: Suite, fileName: string): string
  runSuite(suite: Suite, request: ReplayRunRequest): Promise<SuiteResult>
  /** URL verification, then the conformance suite, for the account (or the first). */
  runConformance(request: ReplayRunRequest & { readonly accountId?: string }): Promise<SuiteResult>
}

export interface ReplayServiceDeps {
  readonly ctx: PlatformContext
  readonly engine: Engine
  /**
   * The only folder a suite's `send: {capture}` may read from (the workspace's suites/): a suite
   * arrives over the control API, and must not make the core read any file the caller names.
   */
  readonly captureRoot: string
}

/** Nothing could run (no such account, a target that is not a URL): the caller's mistake, a 400. */
function callerMistake(error: unknown): unknown {
  if (error instanceof ReplayConfigError) return new ControlError('invalid-input', error.message)
  if (error instanceof EngineError) {
    return new ControlError('invalid-input', error.message)
  }
  return error
}

export function replayServices(deps: ReplayServiceDeps): ReplayServices {
  const readCapture = async (path: string): Promise<Uint8Array> => {
    const [root, real] = await Promise.all([realpath(deps.captureRoot), realpath(path)])
    const rel = relative(root, real)
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
      throw new Error('captures of a suite must be inside the workspace’s suites/ folder')
    }
    return new Uint8Array(await readFile(real))
  }
  const runDeps = {
    engine: deps.engine,
    bus: deps.ctx.bus,
    directory: deps.ctx.directory,
    clock: deps.ctx.clock,
    readFile: readCapture,
  }
  return {
    importCaptures,
    parseSuiteText,
    suiteFromExchanges,
    formatSuite,
    runSuite: async (suite, request) => {
      const { fileName, baseDir, ...options } = request
      try {
        return await runSuite(runDeps, suite, {
          ...options,
          baseDir: baseDir ?? deps.captureRoot,
          ...(fileName === undefined ? {} : { file: fileName }),
        })
      } catch (error) {
        throw callerMistake(error)
      }
    },
    runConformance: async (request) => {
      // A conformance run has no suite file: fileName is not passed on.
      const { runId, target, mode, bail, seed, accountId, onProgress } = request
      try {
        return await runConformance(runDeps, {
          runId,
          ...(target === undefined ? {} : { target }),
          ...(mode === undefined ? {} : { mode }),
          ...(bail === undefined ? {} : { bail }),
          ...(seed === undefined ? {} : { seed }),
          ...(accountId === undefined ? {} : { accountId }),
          ...(onProgress === undefined ? {} : { onProgress }),
        })
      } catch (error) {
        throw callerMistake(error)
      }
    },
  }
}
