/**
 * `mpsim conformance [url]`: the conformance pack shipped with mpsim (docs/replay.md
 * "Conformance") — URL verification, every message and event type answered or acknowledged in
 * time, valid replies, the account's encryption mode, no duplicate side effects on a retry — run
 * through the core's runConformance (core-link/), with the reporters and exit codes of `replay`.
 */
import type { SuiteResult } from '../../shared/model/suite'
import { runOnCore } from '../core-link/run-command'
import { pickLang } from '../report/lang'
import { replayExitCode } from '../replay/exit'
import { progressBar } from '../replay/progress-bar'
import { writeReports } from '../replay/write-report'
import { asReplayExit, linkOptionsOf, reporterOf } from './replay'
import type { ReplayOptions } from './replay'

export type ConformanceOptions = Omit<ReplayOptions, 'concurrency' | 'tag'>

let sequence = 0

export async function conformance(
  url: string | undefined,
  options: ConformanceOptions,
): Promise<number> {
  const lang = pickLang(options.lang)
  const target = url ?? options.target
  const linkOptions = linkOptionsOf({ ...options, tag: [], ...(target ? { target } : {}) })
  return asReplayExit(lang, () =>
    runOnCore(linkOptions, target === undefined, async ({ client }) => {
      const runId = `cli-conformance-${process.pid}-${Date.now().toString(36)}-${++sequence}`
      const bar = progressBar(process.stderr, lang, 'conformance')
      let failed = 0
      const stop = await client
        .events((event) => {
          if (event.name !== 'replayProgress' || event.data.runId !== runId) return
          const status = event.data.step?.status
          if (status === 'failed' || status === 'error') failed++
          bar.update(event.data.done, event.data.total, failed)
        })
        .catch(() => undefined)
      let result: SuiteResult
      try {
        result = await client.call('runConformance', {
          runId,
          ...(target === undefined ? {} : { target }),
          ...(options.mode === undefined ? {} : { mode: options.mode }),
          ...(options.bail ? { bail: true } : {}),
          ...(options.seed === undefined ? {} : { seed: options.seed }),
        })
      } finally {
        stop?.()
        bar.done()
      }
      await writeReports([result], reporterOf(options), options.out, lang)
      return replayExitCode([result])
    }),
  )
}
