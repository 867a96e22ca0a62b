/**
 * Pure helpers of the suite editor: a text expectation as the form shows it (how + value) and
 * back, and the edits the form makes to a suite. A suite stays a valid `Suite` after every edit.
 */
import type { StepExpect, Suite, SuiteStep, TextMatch } from '../../../../shared/model/suite'

export type How = 'equals' | 'matches' | 'contains'

export interface FieldRow {
  readonly element: string
  readonly how: How
  readonly value: string
}

export function rowOf(element: string, match: TextMatch): FieldRow {
  if (typeof match === 'string') return { element, how: 'equals', value: match }
  if ('equals' in match) return { element, how: 'equals', value: match.equals }
  if ('matches' in match) return { element, how: 'matches', value: match.matches }
  return { element, how: 'contains', value: match.contains }
}

/** A bare string reads as "equals" (docs/replay.md): the file stays as short as it can be. */
export function matchOf(row: FieldRow): TextMatch {
  switch (row.how) {
    case 'equals':
      return row.value
    case 'matches':
      return { matches: row.value }
    case 'contains':
      return { contains: row.value }
  }
}

export function fieldRows(expect: StepExpect | undefined): FieldRow[] {
  return Object.entries(expect?.fields ?? {}).map(([element, match]) => rowOf(element, match))
}

/** Rows back into `fields`; rows without an element name are dropped (still being typed). */
export function fieldsOf(rows: readonly FieldRow[]): Record<string, TextMatch> | undefined {
  const named = rows.filter((r) => r.element.trim() !== '')
  if (named.length === 0) return undefined
  return Object.fromEntries(named.map((r) => [r.element.trim(), matchOf(r)]))
}

/** `expect` with one assertion set or removed (undefined removes it; an empty expect goes). */
export function withExpect<K extends keyof StepExpect>(
  step: SuiteStep,
  key: K,
  value: StepExpect[K] | undefined,
): SuiteStep {
  const expect: StepExpect = { ...step.expect }
  if (value === undefined) delete expect[key]
  else expect[key] = value
  const next: SuiteStep = { ...step, expect }
  if (Object.keys(expect).length === 0) delete next.expect
  return next
}

export function replaceStep(suite: Suite, index: number, step: SuiteStep): Suite {
  const steps = suite.steps.map((s, i) => (i === index ? step : s))
  return { ...suite, steps }
}

/** Removes a step; the last one stays (a suite has at least one step). */
export function removeStep(suite: Suite, index: number): Suite {
  if (suite.steps.length <= 1) return suite
  const steps = suite.steps.filter((_, i) => i !== index)
  return { ...suite, steps }
}

/** Sets or clears an optional top-level string (target, mode …). */
export function withOptional<K extends 'target' | 'mode' | 'description'>(
  suite: Suite,
  key: K,
  value: Suite[K] | '' | undefined,
): Suite {
  const next = { ...suite }
  if (value === undefined || value === '') delete next[key]
  else next[key] = value
  return next
}
