/**
 * The live checklist of step 1: the protocol's problem codes (checkAuthorizeRequest) sorted into
 * the rules a class reads off a slide — the callback domain, redirect_uri encoded and inside the
 * domain, #wechat_redirect, state, scope. Grouping only: every rule is the core's.
 */
import type { CheckedProblem } from '../../../../shared/control/oauth-schemas'
import type { OAuthProblemCode } from '../../../../shared/model/oauth-problem-codes'

export const CHECK_ROWS = [
  'domain',
  'encoded',
  'inDomain',
  'finalUrl',
  'fragment',
  'state',
  'scope',
  'link',
] as const
export type CheckRow = (typeof CHECK_ROWS)[number]

const ROW_OF: Readonly<Record<OAuthProblemCode, CheckRow>> = {
  'authorize-url-unparseable': 'link',
  'authorize-endpoint-wrong': 'link',
  'param-duplicated': 'link',
  'param-order-unusual': 'link',
  'param-unknown': 'link',
  'wechat-redirect-missing': 'fragment',
  'appid-missing': 'link',
  'appid-malformed': 'link',
  'appid-not-this-account': 'link',
  'redirect-uri-missing': 'inDomain',
  'redirect-uri-not-encoded': 'encoded',
  'redirect-uri-query-split': 'encoded',
  'redirect-uri-hash-unencoded': 'encoded',
  'redirect-uri-double-encoded': 'encoded',
  'redirect-uri-no-scheme': 'inDomain',
  'redirect-uri-scheme-unsupported': 'inDomain',
  'redirect-uri-domain-mismatch': 'inDomain',
  'redirect-uri-port-not-allowed': 'inDomain',
  'redirect-uri-has-userinfo': 'inDomain',
  'redirect-uri-ambiguous': 'inDomain',
  'redirect-uri-no-trailing-slash': 'finalUrl',
  'redirect-uri-has-fragment': 'finalUrl',
  'callback-domain-empty': 'domain',
  'callback-domain-has-scheme': 'domain',
  'callback-domain-has-path': 'domain',
  'callback-domain-has-port': 'domain',
  'callback-domain-malformed': 'domain',
  'response-type-not-code': 'link',
  'scope-missing': 'scope',
  'scope-invalid': 'scope',
  'state-missing': 'state',
  'state-too-long': 'state',
  'state-unusual-chars': 'state',
}

export type RowVerdict = 'ok' | 'warn' | 'error'

export interface CheckedRow {
  readonly row: CheckRow
  readonly verdict: RowVerdict
  readonly problems: readonly CheckedProblem[]
}

export function checkRows(problems: readonly CheckedProblem[]): CheckedRow[] {
  return CHECK_ROWS.map((row) => {
    const mine = problems.filter((p) => ROW_OF[p.code] === row)
    const verdict: RowVerdict = mine.some((p) => p.severity === 'error')
      ? 'error'
      : mine.length > 0
        ? 'warn'
        : 'ok'
    return { row, verdict, problems: mine }
  })
}
