/**
 * Words of replay results (docs/replay.md "Reports") in zh-CN and English: the text reporter, the
 * CLI and the Replay panel say the same things. Assertion names stay as written in the suite
 * (`verdict`, `fields.Content`): they are what the author searches the file for.
 */
import type { Lang } from './types'

export interface ReplayWords {
  readonly expected: string
  readonly actual: string
  readonly status: Readonly<Record<'passed' | 'failed' | 'error' | 'skipped', string>>
  readonly unreachable: string
  readonly row: string
  summary(
    counts: { passed: number; failed: number; error: number; skipped: number },
    seconds: string,
  ): string
  readonly noSteps: string
}

export const REPLAY_WORDS: Record<Lang, ReplayWords> = {
  zh: {
    expected: '期望',
    actual: '实际',
    status: { passed: '通过', failed: '失败', error: '出错', skipped: '跳过' },
    unreachable: '无法连接机器人',
    row: '数据行',
    summary: (c, s) =>
      `通过 ${c.passed}，失败 ${c.failed}，出错 ${c.error}，跳过 ${c.skipped}，用时 ${s} 秒`,
    noSteps: '没有要运行的步骤（标签或 only 筛掉了全部步骤）',
  },
  en: {
    expected: 'expected',
    actual: 'actual',
    status: { passed: 'passed', failed: 'failed', error: 'error', skipped: 'skipped' },
    unreachable: 'bot unreachable',
    row: 'row',
    summary: (c, s) =>
      `${c.passed} passed, ${c.failed} failed, ${c.error} errors, ${c.skipped} skipped in ${s} s`,
    noSteps: 'no steps to run (tags or only left none)',
  },
}
