/**
 * Pure helpers of the suite editor: a text expectation as the form shows it (how + value) and
 * back, and the edits the form makes to a suite's settings and a step's assertions (the list of
 * steps: step-list.ts). A suite stays a valid `Suite` after every edit.
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

/** Sets or clears an optional top-level setting (target, mode, seed, keepMsgIds …). */
export function withOptional<K extends 'target' | 'mode' | 'description' | 'seed' | 'keepMsgIds'>(
  suite: Suite,
  key: K,
  value: Suite[K] | '' | undefined,
): Suite {
  const next = { ...suite }
  if (value === undefined || value === '' || value === false) delete next[key]
  else next[key] = value
  return next
}

/**
 * The seed as typed: a plain number is a number (what `--seed 42` gives), anything else
 * ("007", "smoke") a string kept as typed; blank is no seed. Either makes runs repeat.
 */
export function seedOf(text: string): string | number | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  return /^(0|[1-9]\d{0,14})$/.test(trimmed) ? Number(trimmed) : trimmed
}

/** Tags typed as "smoke, slow" (commas or spaces); none left removes `tags`. */
export function withTags(step: SuiteStep, text: string): SuiteStep {
  const tags = [...new Set(text.split(/[\s,，]+/).filter((tag) => tag !== ''))]
  const next: SuiteStep = { ...step, tags }
  if (tags.length === 0) delete next.tags
  return next
}
