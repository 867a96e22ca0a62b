/**
 * The problems mpsim finds in a web-authorization request (protocol.md §9): the authorize URL, its
 * redirect_uri and the configured authorization callback domain. Shared so the renderer and the
 * CLI can explain each code (src/shared/explain/oauth-problems.ts) without importing the core.
 *
 * Each code has a fixed severity and spec section. `wechatErrcode` is the number WeChat's in-app
 * error page shows for it (protocol.md §9.1 authorize-page codes); codes without one are mpsim's own
 * findings, where real WeChat either fails silently or its reaction is not documented.
 */

/** Formal (verified service) account, or the sandbox test account (测试号). protocol.md §9.2 */
export type AccountKind = 'formal' | 'test'

export type OAuthSeverity = 'error' | 'warning'

/** The spec sections these checks cite. */
export type OAuthSpecRef = '§1' | '§9.1' | '§9.2' | '§9.3'

interface ProblemMeta {
  readonly severity: OAuthSeverity
  readonly spec: OAuthSpecRef
  readonly wechatErrcode?: number
}

export const OAUTH_PROBLEM_META = {
  // The authorize URL as a whole (protocol.md §9.1).
  'authorize-url-unparseable': { severity: 'error', spec: '§9.1' },
  'authorize-endpoint-wrong': { severity: 'error', spec: '§9.1' },
  'param-duplicated': { severity: 'error', spec: '§9.1' },
  'param-order-unusual': { severity: 'warning', spec: '§9.1' },
  'param-unknown': { severity: 'warning', spec: '§9.1' },
  'wechat-redirect-missing': { severity: 'error', spec: '§9.1' },
  // appid (protocol.md §1, §9.1).
  'appid-missing': { severity: 'error', spec: '§9.1', wechatErrcode: 10012 },
  'appid-malformed': { severity: 'error', spec: '§1' },
  'appid-not-this-account': { severity: 'error', spec: '§9.1' },
  // redirect_uri: how it sits in the authorize URL (protocol.md §9.1).
  'redirect-uri-missing': { severity: 'error', spec: '§9.1', wechatErrcode: 10011 },
  'redirect-uri-not-encoded': { severity: 'warning', spec: '§9.1' },
  'redirect-uri-query-split': { severity: 'error', spec: '§9.1' },
  'redirect-uri-hash-unencoded': { severity: 'error', spec: '§9.1' },
  'redirect-uri-double-encoded': { severity: 'error', spec: '§9.1', wechatErrcode: 10003 },
  // redirect_uri: the URL itself and its domain (protocol.md §9.1, §9.2, §9.3).
  'redirect-uri-no-scheme': { severity: 'error', spec: '§9.1', wechatErrcode: 10003 },
  'redirect-uri-scheme-unsupported': { severity: 'error', spec: '§9.1', wechatErrcode: 10003 },
  'redirect-uri-domain-mismatch': { severity: 'error', spec: '§9.2', wechatErrcode: 10003 },
  'redirect-uri-port-not-allowed': { severity: 'error', spec: '§9.2', wechatErrcode: 10003 },
  'redirect-uri-has-userinfo': { severity: 'error', spec: '§9.2', wechatErrcode: 10003 },
  'redirect-uri-ambiguous': { severity: 'error', spec: '§9.2', wechatErrcode: 10003 },
  'redirect-uri-no-trailing-slash': { severity: 'warning', spec: '§9.3' },
  'redirect-uri-has-fragment': { severity: 'warning', spec: '§9.3' },
  // The authorization callback domain typed in the admin page (protocol.md §9.2).
  'callback-domain-empty': { severity: 'error', spec: '§9.2' },
  'callback-domain-has-scheme': { severity: 'error', spec: '§9.2' },
  'callback-domain-has-path': { severity: 'error', spec: '§9.2' },
  'callback-domain-has-port': { severity: 'error', spec: '§9.2' },
  'callback-domain-malformed': { severity: 'error', spec: '§9.2' },
  // response_type, scope, state (protocol.md §9.1).
  'response-type-not-code': { severity: 'error', spec: '§9.1' },
  'scope-missing': { severity: 'error', spec: '§9.1', wechatErrcode: 10010 },
  'scope-invalid': { severity: 'error', spec: '§9.1', wechatErrcode: 10005 },
  'state-missing': { severity: 'warning', spec: '§9.1' },
  'state-too-long': { severity: 'error', spec: '§9.1' },
  'state-unusual-chars': { severity: 'warning', spec: '§9.1' },
} as const satisfies Record<string, ProblemMeta>

export type OAuthProblemCode = keyof typeof OAUTH_PROBLEM_META

/** Every code, in table order (the order the checks run in). */
export const OAUTH_PROBLEM_CODES = Object.keys(OAUTH_PROBLEM_META) as OAuthProblemCode[]

/** One finding. A problem is a value, not an exception: the checks return all of them. */
export interface OAuthProblem {
  readonly code: OAuthProblemCode
  readonly severity: OAuthSeverity
  /** Structured facts for the explanation (what was found, what was expected...). */
  readonly detail: Readonly<Record<string, string | number>>
  readonly spec: OAuthSpecRef
  /** The code on WeChat's in-app error page, when WeChat would refuse with one. protocol.md §9.1 */
  readonly wechatErrcode?: number
}
