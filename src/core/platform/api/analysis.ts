/**
 * Adds facts to the Exchange's `analysis` (merged, never replaced) so the inspector can say why a
 * call failed or what was odd about it. Values are codes, not sentences.
 */
import type { Response } from 'express'
import type { ApiAnalysis } from '../../../shared/model/exchange'
import { noteExchange } from '../http/record-exchange'

export function noteAnalysis(res: Response, facts: ApiAnalysis): void {
  noteExchange(res, { analysis: { ...res.locals.exchangeNotes?.analysis, ...facts } })
}

/** Appends warning codes (e.g. 'content-type-not-json') to analysis.warnings. */
export function noteWarnings(res: Response, warnings: readonly string[]): void {
  if (warnings.length === 0) return
  const before = res.locals.exchangeNotes?.analysis?.warnings ?? []
  noteAnalysis(res, { warnings: [...before, ...warnings] })
}
