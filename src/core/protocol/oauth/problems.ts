/**
 * Builds OAuth problem values from the shared code table (protocol.md §9), so a check names only the code
 * and its facts; severity, spec section and WeChat's error-page code come from one place.
 */
import { OAUTH_PROBLEM_META } from '../../../shared/model/oauth-problem-codes'
import type { OAuthProblem, OAuthProblemCode } from '../../../shared/model/oauth-problem-codes'

export type {
  AccountKind,
  OAuthProblem,
  OAuthProblemCode,
  OAuthSeverity,
  OAuthSpecRef,
} from '../../../shared/model/oauth-problem-codes'

export function problem(
  code: OAuthProblemCode,
  detail: Record<string, string | number> = {},
): OAuthProblem {
  const meta: {
    severity: OAuthProblem['severity']
    spec: OAuthProblem['spec']
    wechatErrcode?: number
  } = OAUTH_PROBLEM_META[code]
  return meta.wechatErrcode === undefined
    ? { code, severity: meta.severity, detail, spec: meta.spec }
    : { code, severity: meta.severity, detail, spec: meta.spec, wechatErrcode: meta.wechatErrcode }
}

/** True when any problem would stop WeChat from completing the authorization. */
export function hasErrors(problems: readonly OAuthProblem[]): boolean {
  return problems.some((p) => p.severity === 'error')
}
