/**
 * Where the report goes: the chosen reporter to --out FILE (folders created) with the readable
 * text on stdout for the log, or the chosen reporter straight to stdout.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { Lang } from '../../shared/explain/types'
import type { SuiteResult } from '../../shared/model/suite'
import { report } from '../../core/replay/report'
import type { ReporterName } from '../../core/replay/report'
import { replayWords } from './words'

export async function writeReports(
  results: readonly SuiteResult[],
  reporter: ReporterName,
  out: string | undefined,
  lang: Lang,
): Promise<void> {
  const text = report(reporter, results, lang)
  if (out === undefined) {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
    return
  }
  const path = resolve(out)
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, text.endsWith('\n') ? text : `${text}\n`, 'utf8')
  const readable = reporter === 'text' ? text : report('text', results, lang)
  process.stdout.write(readable.endsWith('\n') ? readable : `${readable}\n`)
  process.stderr.write(`${replayWords(lang).wrote(path)}\n`)
}
