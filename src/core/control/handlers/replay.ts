/**
 * Replay commands of the control API (docs/replay.md): import captures, list, read and save the
 * workspace's suites (suites/), build a suite from recorded exchanges, and run a suite with live
 * `replayProgress` events. A bad suite file or name is the caller's mistake (400 with the line
 * and reason), never a 500; a failed assertion is a result, not an error.
 */
import { dirname, join } from 'node:path'
import type { Input, Output } from '../../../shared/control/contract'
import type { Suite } from '../../../shared/model/suite'
import type { PushExchange } from '../../../shared/model/exchange'
import type { Random } from '../../runtime/random'
import { randomAlnum } from '../../runtime/random'
import type { EventBus } from '../../runtime/event-bus'
import type { Workspace } from '../../workspace'
import { WorkspaceError } from '../../workspace'
import { checkSuiteName, SuiteNameError } from '../../workspace/suites'
import type { SuiteStore } from '../../workspace/suites'
import { PASTED_TEXT_NAME } from '../../replay/import'
import { ControlError } from '../control-error'
import type { Handlers } from '../mount-contract'
import type { ReplayServices, SuiteProblemData } from './replay-services'

export interface ReplayHandlerDeps {
  readonly workspace: Workspace
  readonly suites: SuiteStore
  readonly bus: EventBus
  readonly random: Random
  readonly services: ReplayServices
}

type ReplayCommands = Pick<
  Handlers,
  | 'importCaptures'
  | 'listSuites'
  | 'getSuite'
  | 'saveSuite'
  | 'suiteFromExchanges'
  | 'runSuite'
  | 'runConformance'
>

/** A problem as a control API issue: "smoke.yaml:12:5 steps.2.expect: …". */
function issuesOf(file: string, problems: readonly SuiteProblemData[]) {
  return problems.map((p) => ({
    path: [file, p.line, p.line === undefined ? undefined : p.column]
      .filter((part) => part !== undefined)
      .join(':'),
    message: p.path === undefined ? p.message : `${p.path}: ${p.message}`,
  }))
}

/** Runs the store call, turning a bad name into a 400 and a file it cannot reach into a 500 with the reason. */
async function store<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof SuiteNameError) throw new ControlError('invalid-input', error.message)
    if (error instanceof WorkspaceError) throw new ControlError('internal', error.message)
    throw error
  }
}

function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'))
}

export function replayHandlers(deps: ReplayHandlerDeps): ReplayCommands {
  const { services, suites, workspace } = deps

  /** The folder a suite file of suites/ is in: its `{capture}` paths start there. */
  const suiteFolder = (file: string): string => dirname(join(suites.dir, ...file.split('/')))

  const readSuite = async (file: string): Promise<Output<'getSuite'>> => {
    const text = await store(() => suites.read(file))
    if (text === undefined) throw new ControlError('not-found', `no suite suites/${file}`)
    const { suite, problems } = services.parseSuiteText(text, file)
    return { file, text, problems, ...(suite === undefined ? {} : { suite }) }
  }

  const suiteToRun = async (
    input: Input<'runSuite'>,
  ): Promise<{ suite: Suite; file?: string; baseDir?: string }> => {
    if (input.suite !== undefined) {
      if (input.file === undefined) return { suite: input.suite }
      // A suite given whole with its file's name (an edit not saved yet, a command-line suite
      // inside suites/): its captures are beside that file, as when the file itself is run.
      const file = await store(() => Promise.resolve(checkSuiteName(input.file ?? '')))
      return { suite: input.suite, file, baseDir: suiteFolder(file) }
    }
    if (input.file === undefined) {
      throw new ControlError('invalid-input', 'give a suite `file` in suites/ or a whole `suite`')
    }
    const read = await readSuite(input.file)
    if (read.suite === undefined) {
      throw new ControlError(
        'invalid-input',
        `suites/${input.file} is not a valid suite`,
        issuesOf(input.file, read.problems),
      )
    }
    return { suite: read.suite, file: input.file, baseDir: suiteFolder(input.file) }
  }

  return {
    importCaptures: (input) => {
      const inputs: { name: string; bytes: Uint8Array; pasted?: boolean }[] = (
        input.files ?? []
      ).map((f) => ({ name: f.name, bytes: fromBase64(f.base64) }))
      if (input.text !== undefined) {
        inputs.push({
          name: PASTED_TEXT_NAME,
          bytes: new TextEncoder().encode(input.text),
          pasted: true,
        })
      }
      const accounts = workspace.directory.listAccounts()
      return Promise.resolve(services.importCaptures(inputs, { accounts }))
    },

    listSuites: async () => {
      const files = await store(() => suites.list())
      const listed = []
      for (const file of files) {
        const text = await store(() => suites.read(file)).catch(() => undefined)
        if (text === undefined) continue
        const { suite, problems } = services.parseSuiteText(text, file)
        listed.push({
          file,
          ...(suite === undefined ? {} : { name: suite.name, steps: suite.steps.length }),
          ...(problems.length === 0 ? {} : { problems }),
        })
      }
      return { suites: listed }
    },

    getSuite: ({ file }) => readSuite(file),

    saveSuite: async ({ file, suite }) => {
      const text = services.formatSuite(suite, file)
      await store(() => suites.write(file, text))
      return readSuite(file)
    },

    suiteFromExchanges: async ({ exchangeIds, name, sameReply }) => {
      const exchanges: PushExchange[] = []
      const missing: string[] = []
      for (const id of exchangeIds) {
        const exchange = await workspace.exchangeLog.find(id)
        if (exchange === undefined) missing.push(id)
        else if (exchange.kind !== 'push') {
          throw new ControlError(
            'invalid-input',
            `exchange ${id} is a ${exchange.kind}, not a push: only pushes can be replayed`,
          )
        } else exchanges.push(exchange)
      }
      if (missing.length > 0) {
        // Searched since the last clear (docs/workspace.md "The exchange log").
        throw new ControlError(
          'not-found',
          `exchanges not in the log since it was last cleared: ${missing.slice(0, 10).join(', ')}`,
        )
      }
      return services.suiteFromExchanges(exchanges, name, {
        ...(sameReply === undefined ? {} : { sameReply }),
      })
    },

    runSuite: async (input) => {
      const { suite, file, baseDir } = await suiteToRun(input)
      const runId = input.runId ?? `run-${randomAlnum(deps.random, 12)}`
      const result = await services.runSuite(suite, {
        runId,
        ...(input.target === undefined ? {} : { target: input.target }),
        ...(input.mode === undefined ? {} : { mode: input.mode }),
        ...(input.bail === undefined ? {} : { bail: input.bail }),
        ...(input.concurrency === undefined ? {} : { concurrency: input.concurrency }),
        ...(input.seed === undefined ? {} : { seed: input.seed }),
        ...(input.tags === undefined ? {} : { tags: input.tags }),
        ...(input.only === undefined ? {} : { only: input.only }),
        ...(input.timeoutMs === undefined ? {} : { timeoutMs: input.timeoutMs }),
        ...(input.attempts === undefined ? {} : { attempts: input.attempts }),
        ...(baseDir === undefined ? {} : { baseDir }),
        ...(file === undefined ? {} : { fileName: file }),
        onProgress: (progress) => deps.bus.emit('replayProgress', { ...progress, runId }),
      })
      return { ...result, runId, ...(file === undefined ? {} : { file }) }
    },

    runConformance: async (input) => {
      const runId = input.runId ?? `conformance-${randomAlnum(deps.random, 12)}`
      const result = await services.runConformance({
        runId,
        ...(input.target === undefined ? {} : { target: input.target }),
        ...(input.accountId === undefined ? {} : { accountId: input.accountId }),
        ...(input.mode === undefined ? {} : { mode: input.mode }),
        ...(input.bail === undefined ? {} : { bail: input.bail }),
        ...(input.seed === undefined ? {} : { seed: input.seed }),
        onProgress: (progress) => deps.bus.emit('replayProgress', { ...progress, runId }),
      })
      return { ...result, runId }
    },
  }
}
