/**
 * Results as text for a person (a terminal, a CI log), in zh-CN or English: one line per step,
 * each failure with expected and actual and its diff indented under it, a summary per suite.
 * No colour here: the CLI adds it on a TTY.
 */
import { REPLAY_WORDS } from '../../../shared/explain/replay-words'
import type { Lang } from '../../../shared/explain/types'
import type { StepResult, SuiteResult } from '../../../shared/model/suite'

const MARK: Record<StepResult['status'], string> = {
  passed: '✓',
  failed: '✗',
  error: '!',
  skipped: '-',
}

export function textReport(results: readonly SuiteResult[], lang: Lang): string {
  const words = REPLAY_WORDS[lang]
  const out: string[] = []
  for (const result of results) {
    out.push(result.file ? `${result.suite} (${result.file})` : result.suite)
    if (result.steps.length === 0) out.push(`  ${words.noSteps}`)
    for (const step of result.steps) {
      out.push(
        `  ${MARK[step.status]} ${step.index + 1}. ${step.name} — ${words.status[step.status]} (${step.durationMs} ms)`,
      )
      if (step.error) {
        out.push(`      ${step.unreachable ? `${words.unreachable}: ` : ''}${step.error}`)
      }
      for (const failure of step.failures) {
        out.push(
          `      ${failure.assertion}: ${words.expected} ${failure.expected}, ${words.actual} ${failure.actual}`,
        )
        if (failure.diff) out.push(...failure.diff.split('\n').map((line) => `        ${line}`))
      }
    }
    out.push(`  ${words.summary(result.counts, (result.durationMs / 1000).toFixed(1))}`, '')
  }
  return out.join('\n')
}
