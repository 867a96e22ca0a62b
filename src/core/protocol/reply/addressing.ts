/**
 * Reply addressing (protocol.md §7.1): ToUserName is the openid the push came from and FromUserName the
 * account's `gh_` original id — the push's two fields swapped. Not swapping is the classic mistake
 * (WxJava #3597); writing the AppID where the original id belongs is the next one (protocol.md §1).
 */
import type { ReplyProblem } from '../../../shared/model/reply-problem-codes'
import type { ReplyHeader } from '../../../shared/model/verdict'
import type { PushFacts } from './input'
import { APPID_PATTERN } from './limits'
import { fact, problem } from './problems'
import type { Detail } from './problems'

export function checkAddressing(
  header: ReplyHeader,
  push: PushFacts,
  appId: string | undefined,
): ReplyProblem[] {
  const to = nonEmpty(header.toUserName)
  const from = nonEmpty(header.fromUserName)
  const expectedTo = push.fromUserName
  const expectedFrom = push.toUserName
  // Echoing the push's header unchanged: one problem says it all.
  if (to === push.toUserName && from === push.fromUserName && to !== from) {
    return [problem('to-from-not-swapped', { gotTo: to, gotFrom: from, expectedTo, expectedFrom })]
  }
  const problems: ReplyProblem[] = []
  if (to !== undefined && to !== expectedTo) {
    problems.push(problem('to-user-wrong', mismatch(to, expectedTo)))
  }
  if (from !== undefined && from !== expectedFrom) {
    const isAppId = from === appId || APPID_PATTERN.test(from)
    problems.push(
      problem(isAppId ? 'from-user-is-appid' : 'from-user-wrong', mismatch(from, expectedFrom)),
    )
  }
  return problems
}

/** Blank values are already reported as field-empty by the header check. */
function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value
}

function mismatch(got: string, expected: string): Detail {
  // Template layouts sometimes put line breaks inside the element; WeChat compares exactly.
  const whitespace = got.trim() === expected ? 'surrounding-whitespace' : undefined
  return { got, expected, ...fact('hint', whitespace) }
}
