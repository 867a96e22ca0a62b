/**
 * What `mpsim replay` and `mpsim conformance` say besides the report itself, in zh-CN and English:
 * what a capture import skipped and why (the reasons' words are shared with the Replay panel,
 * shared/explain/capture-skips.ts), where the report went, and the prefix of a configuration error.
 */
import { CAPTURE_SKIP_TEXT } from '../../shared/explain/capture-skips'
import type { Lang } from '../../shared/explain/types'
import type { ImportReport } from '../../shared/model/capture'

const WORDS = {
  en: {
    found: (n: number, skipped: number) =>
      `captures: ${n} push${n === 1 ? '' : 'es'} to replay, ${skipped} skipped`,
    nothing: 'no push found in the captures given (see what was skipped above)',
    wrote: (file: string) => `report written to ${file}`,
    config: 'configuration error',
  },
  zh: {
    found: (n: number, skipped: number) => `抓包：可回放的推送 ${n} 条，跳过 ${skipped} 条`,
    nothing: '给出的抓包里没有可回放的推送（跳过的原因见上）',
    wrote: (file: string) => `报告已写入 ${file}`,
    config: '配置错误',
  },
} as const

export function replayWords(lang: Lang) {
  return WORDS[lang]
}

/** The import's summary and one line per skipped entry: where, why, and the parser's words. */
export function renderImportSummary(report: ImportReport, lang: Lang): string[] {
  const lines = [WORDS[lang].found(report.messages.length, report.skipped.length)]
  for (const skip of report.skipped.slice(0, 50)) {
    const where =
      skip.source.index === undefined
        ? skip.source.name
        : `${skip.source.name}#${skip.source.index}`
    const title = CAPTURE_SKIP_TEXT[skip.reason][lang].title
    lines.push(`  - ${where}: ${title}${skip.detail ? ` (${skip.detail})` : ''}`)
  }
  if (report.skipped.length > 50) lines.push(`  … ${report.skipped.length - 50}`)
  return lines
}
