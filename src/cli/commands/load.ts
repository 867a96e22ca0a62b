/**
 * `mpsim load [url]`: WeChat-faithful load on a bot — N simulated users, a fixed arrival rate (or
 * C messages in flight), every push signed, encrypted, under the deadline, retried and judged —
 * through the core's runLoad (core-link/): attached to the app or `mpsim serve` on the same
 * workspace, so the run shows live in its Load panel, or on a core of its own. Tells in one
 * sentence whether the bot survives the rate under WeChat's rules, then the figures; JSON for CI;
 * exit codes in load/exit.ts (docs/load.md "The command").
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { LoadReport } from '../../shared/control/load-schemas'
import type { Lang } from '../../shared/explain/types'
import { CoreRequestError } from '../core-link/control-client'
import { runOnCore } from '../core-link/run-command'
import { LOAD_EXIT, loadExitCode } from '../load/exit'
import { linkOptionsOf, loadInputOf } from '../load/flags'
import type { LoadOptions } from '../load/flags'
import { progressLine } from '../load/progress-line'
import { renderLoadReport } from '../load/render'
import { runLoad } from '../load/run'
import { loadWords } from '../load/words'
import { pickLang } from '../report/lang'
import { styleFor } from '../report/style'

export type { LoadOptions }

let sequence = 0

async function writeJson(file: string, report: LoadReport, lang: Lang): Promise<void> {
  const path = resolve(file)
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`, 'utf8')
  process.stderr.write(`${loadWords(lang).wrote(path)}\n`)
}

export async function load(url: string | undefined, options: LoadOptions): Promise<number> {
  const runId = `cli-load-${process.pid}-${Date.now().toString(36)}-${++sequence}`
  // Flags first: a wrong one is refused before any core starts.
  const input = loadInputOf(url, options, runId)
  const lang = pickLang(options.lang)
  try {
    return await runOnCore(
      linkOptionsOf(options),
      input.botUrl === undefined,
      async ({ client }) => {
        const settings = await client.call('getSettings', {})
        const line = progressLine(process.stderr, lang, input)
        let outcome
        try {
          outcome = await runLoad(client, input, {
            onProgress: (report) => line.update(report),
            onStopping: () => line.stopping(),
            onAbandon: () => {
              line.done()
              process.exit(LOAD_EXIT.interrupted)
            },
          })
        } finally {
          line.done()
        }
        const { report, stoppedByYou } = outcome
        // The run's own deadline; a core that does not report it used the flag or the workspace's.
        const deadlineMs = report.timeoutMs ?? options.timeout ?? settings.push.timeoutMs
        if (options.out !== undefined) await writeJson(options.out, report, lang)
        if (options.json) {
          process.stdout.write(`${JSON.stringify(report)}\n`)
          if (report.status === 'failed') {
            process.stderr.write(`mpsim: ${loadWords(lang).failed(report.error ?? '?')}\n`)
          }
        } else {
          const text = renderLoadReport(report, lang, styleFor(process.stdout), {
            deadlineMs,
            attempts: input.attempts ?? settings.push.attempts,
            stoppedByYou,
            url: input.botUrl,
          })
          process.stdout.write(`${text}\n`)
        }
        return loadExitCode(report, deadlineMs)
      },
    )
  } catch (error) {
    // The core went away mid-run (the app closed, `mpsim serve` stopped): the bot is not to blame.
    if (error instanceof CoreRequestError && error.code === 'network') {
      process.stderr.write(`mpsim: ${loadWords(lang).lostCore(error.message)}\n`)
      return LOAD_EXIT.unreachable
    }
    throw error
  }
}
