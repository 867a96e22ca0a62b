/**
 * Results as JSON for machines (docs/replay.md "Reports"): the suite results exactly as the
 * control API returns them (shared/model/suite.ts), plus the totals a CI script checks first.
 */
import type { SuiteResult } from '../../../shared/model/suite'

export const JSON_REPORT_VERSION = 1

export function jsonReport(results: readonly SuiteResult[]): string {
  const counts = { passed: 0, failed: 0, error: 0, skipped: 0 }
  for (const result of results) {
    for (const key of Object.keys(counts) as (keyof typeof counts)[])
      counts[key] += result.counts[key]
  }
  return `${JSON.stringify({ version: JSON_REPORT_VERSION, counts, suites: results }, null, 2)}\n`
}
