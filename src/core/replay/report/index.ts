/** Reporters: pure functions from results to text (docs/replay.md "Reports"). */
import type { Lang } from '../../../shared/explain/types'
import type { SuiteResult } from '../../../shared/model/suite'
import { jsonReport } from './json'
import { junitReport } from './junit'
import { textReport } from './text'

export { jsonReport, junitReport, textReport }

export type ReporterName = 'junit' | 'json' | 'text'

export function report(name: ReporterName, results: readonly SuiteResult[], lang: Lang): string {
  if (name === 'junit') return junitReport(results)
  if (name === 'json') return jsonReport(results)
  return textReport(results, lang)
}
