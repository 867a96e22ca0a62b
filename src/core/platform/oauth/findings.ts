/**
 * One thing the authorize pages report, whether it came from the protocol rules
 * (src/core/protocol/oauth, words in src/shared/explain) or from the platform itself (an unknown
 * appid, the consent form; words in src/shared/explain/oauth-page-texts.ts). The pages and the
 * Exchange read this shape.
 */
import { OAUTH_PROBLEM_TEXT } from '../../../shared/explain/oauth-problems'
import type { Explanation } from '../../../shared/explain/types'
import type { OAuthProblem, OAuthProblemCode } from '../../protocol/oauth/problems'
import { OAUTH_PAGE_TEXT } from '../../../shared/explain/oauth-page-texts'
import type { OauthPageCode } from '../../../shared/explain/oauth-page-texts'

export interface Finding {
  readonly code: OAuthProblemCode | OauthPageCode
  readonly severity: 'error' | 'warning'
  readonly detail: Readonly<Record<string, string | number>>
  /** The number WeChat's error page shows, when WeChat refuses with one (protocol.md §9.1). */
  readonly wechatErrcode?: number
  readonly text: Explanation
}

export function fromProblem(problem: OAuthProblem): Finding {
  return { ...problem, text: OAUTH_PROBLEM_TEXT[problem.code] }
}

export function pageFinding(
  code: OauthPageCode,
  detail: Record<string, string | number> = {},
  wechatErrcode?: number,
): Finding {
  const base = { code, severity: 'error' as const, detail, text: OAUTH_PAGE_TEXT[code] }
  return wechatErrcode === undefined ? base : { ...base, wechatErrcode }
}

/**
 * The finding the error page leads with: the first error that carries a WeChat code (what the
 * phone would show), else the first error.
 */
export function headline(findings: readonly Finding[]): Finding | undefined {
  const errors = findings.filter((f) => f.severity === 'error')
  return errors.find((f) => f.wechatErrcode !== undefined) ?? errors[0]
}

/** Codes only, for the Exchange's analysis (codes, not sentences: the UI and CLI word them). */
export function findingCodes(findings: readonly Finding[]) {
  return findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    detail: f.detail,
    ...(f.wechatErrcode === undefined ? {} : { wechatErrcode: f.wechatErrcode }),
  }))
}
