/**
 * Builds reply problems from the shared code table, so a check names only the code and its facts;
 * severity and spec section come from one place (src/shared/model/reply-problem-codes.ts).
 */
import { REPLY_PROBLEM_META } from '../../../shared/model/reply-problem-codes'
import type { ReplyProblem, ReplyProblemCode } from '../../../shared/model/reply-problem-codes'

export type Detail = Record<string, string | number>

export function problem(code: ReplyProblemCode, detail: Detail = {}): ReplyProblem {
  const meta = REPLY_PROBLEM_META[code]
  return { code, severity: meta.severity, detail, spec: meta.spec }
}

/** True when WeChat would refuse the reply (protocol.md §7.3 "Any hard failure ⇒ show the system tip"). */
export function hasErrors(problems: readonly ReplyProblem[]): boolean {
  return problems.some((p) => p.severity === 'error')
}

export function firstError(problems: readonly ReplyProblem[]): ReplyProblem | undefined {
  return problems.find((p) => p.severity === 'error')
}

/** Marks problems found inside a decrypted reply, so the inspector can say which layer failed. */
export function inDecrypted(problems: readonly ReplyProblem[]): ReplyProblem[] {
  return problems.map((p) => ({ ...p, detail: { ...p.detail, layer: 'decrypted' } }))
}

/** `{ [key]: value }` when value is defined, else `{}` — for spreading optional facts into detail. */
export function fact(key: string, value: string | number | undefined): Detail {
  return value === undefined ? {} : { [key]: value }
}
