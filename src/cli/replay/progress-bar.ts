/**
 * The replay progress bar: one line on stderr, redrawn in place, shown only on a terminal (a CI
 * log gets the report alone, not hundreds of carriage returns).
 */
import type { Lang } from '../../shared/explain/types'

const WIDTH = 24

export interface ProgressBar {
  update(done: number, total: number, failed: number): void
  /** Erases the line, so the report starts on a clean one. */
  done(): void
}

const NONE: ProgressBar = { update: () => undefined, done: () => undefined }

export function progressBar(
  stream: NodeJS.WriteStream,
  lang: Lang,
  label: string,
  env: NodeJS.ProcessEnv = process.env,
): ProgressBar {
  if (stream.isTTY !== true || env.CI !== undefined) return NONE
  let drawn = false
  return {
    update: (done, total, failed) => {
      const filled = total === 0 ? WIDTH : Math.min(WIDTH, Math.round((done / total) * WIDTH))
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`
      const fails = failed === 0 ? '' : lang === 'zh' ? `  ${failed} 失败` : `  ${failed} failed`
      stream.write(`\r${label} ${bar} ${done}/${total}${fails}\u001b[K`)
      drawn = true
    },
    done: () => {
      if (drawn) stream.write('\r\u001b[K')
      drawn = false
    },
  }
}
