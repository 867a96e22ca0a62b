/**
 * The verdict's problems as the inspector lists them: worst first (errors, warnings, notes), and
 * one entry per code — four missing fields are one explanation with four sets of facts.
 */
import type { ReplyProblem, ReplySeverity } from '../../../../shared/model/verdict'

const RANK: Readonly<Record<ReplySeverity, number>> = { error: 0, warning: 1, info: 2 }

export function worstFirst<T extends { readonly severity: ReplySeverity }>(
  problems: readonly T[],
): T[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => RANK[a.problem.severity] - RANK[b.problem.severity] || a.index - b.index)
    .map((entry) => entry.problem)
}

export interface ProblemGroup {
  readonly code: ReplyProblem['code']
  readonly severity: ReplySeverity
  readonly spec: ReplyProblem['spec']
  /** The detail of every occurrence, in the core's order. */
  readonly details: readonly ReplyProblem['detail'][]
}

export function groupProblems(problems: readonly ReplyProblem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup & { details: ReplyProblem['detail'][] }>()
  for (const problem of problems) {
    // Same code, same severity: one card. (A code never changes severity within one verdict.)
    const key = `${problem.code}/${problem.severity}`
    const group = groups.get(key)
    if (group) group.details.push(problem.detail)
    else groups.set(key, { ...problem, details: [problem.detail] })
  }
  return worstFirst(
    [...groups.values()].map((g) => ({
      code: g.code,
      severity: g.severity,
      spec: g.spec,
      details: g.details,
    })),
  )
}
