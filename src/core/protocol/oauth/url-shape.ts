/**
 * Checks on the shape of the authorize URL rather than on parameter values (protocol.md §9.1): the
 * endpoint, the parameter list and order, whether redirect_uri was urlencoded, and the
 * `#wechat_redirect` fragment.
 */
import { problem } from './problems'
import type { OAuthProblem } from './problems'
import type { RawParam, SplitUrl } from './query'

export const AUTHORIZE_PATH = '/connect/oauth2/authorize'

/** The order the doc prescribes; it warns the link is matched strictly (protocol.md §9.1). */
export const PARAM_ORDER = ['appid', 'redirect_uri', 'response_type', 'scope', 'state'] as const

/** Optional parameters the doc or real clients add (`connect_redirect=1` is appended by WeChat). */
const OPTIONAL_PARAMS = ['forcePopup', 'forceSnapShot', 'connect_redirect']

const KNOWN: readonly string[] = [...PARAM_ORDER, ...OPTIONAL_PARAMS]

/** Misspellings seen often enough to deserve a hint (a Map: keys come from user input). */
const LIKELY_MEANT: ReadonlyMap<string, string> = new Map([['redirect_url', 'redirect_uri']])

export function checkEndpoint(split: SplitUrl, authorizeBase: string): OAuthProblem[] {
  const expected = new URL(`${authorizeBase.replace(/\/+$/, '')}${AUTHORIZE_PATH}`).href
  // Not an absolute URL at all (e.g. the scheme was left off): nothing to compare; the parameter
  // checks still run on whatever query there is.
  if (!URL.canParse(split.base))
    return [problem('authorize-url-unparseable', { found: split.base })]
  const url = new URL(split.base)
  const found = `${url.origin}${url.pathname}`
  return found === expected ? [] : [problem('authorize-endpoint-wrong', { found, expected })]
}

/** Duplicated, unknown and out-of-order parameters, and a redirect_uri that was not urlencoded. */
export function checkParamList(split: SplitUrl): OAuthProblem[] {
  const { params } = split
  const problems: OAuthProblem[] = []
  const counts = new Map<string, number>()
  for (const p of params) counts.set(p.key, (counts.get(p.key) ?? 0) + 1)
  for (const [param, count] of counts) {
    if (count > 1) problems.push(problem('param-duplicated', { param, count }))
  }
  const unknown = [...counts.keys()].filter((key) => !KNOWN.includes(key))
  const redirect = params.find((p) => p.key === 'redirect_uri')
  const splitProblem = redirect ? querySplit(redirect, unknown, counts) : null
  if (splitProblem) problems.push(splitProblem)
  // `/` may stay raw in a query value (RFC 3986), so only `:`, `?` and `=` show it was skipped.
  else if (redirect && /[:?=]/.test(redirect.raw)) {
    problems.push(problem('redirect-uri-not-encoded', { raw: redirect.raw }))
  }
  if (!splitProblem) {
    for (const param of unknown) {
      const suggestion =
        LIKELY_MEANT.get(param) ?? KNOWN.find((k) => k.toLowerCase() === param.toLowerCase())
      problems.push(
        problem('param-unknown', suggestion ? { param, didYouMean: suggestion } : { param }),
      )
    }
  }
  const order = [...new Set(params.map((p) => p.key))].filter((key) =>
    PARAM_ORDER.some((k) => k === key),
  )
  const expected = PARAM_ORDER.filter((key) => order.includes(key))
  if (order.join(',') !== expected.join(',')) {
    problems.push(
      problem('param-order-unusual', { found: order.join(','), expected: PARAM_ORDER.join(',') }),
    )
  }
  return problems
}

/**
 * A raw `redirect_uri=http://host/cb?a=1&b=2` ends at the first `&`: `b` becomes a parameter of the
 * authorize URL and never reaches the callback. Seen as stray or duplicated parameters.
 */
function querySplit(
  redirect: RawParam,
  unknown: readonly string[],
  counts: ReadonlyMap<string, number>,
): OAuthProblem | null {
  if (!redirect.raw.includes('?')) return null
  const stray = [...unknown, ...[...counts].filter(([, n]) => n > 1).map(([key]) => key)]
  if (stray.length === 0) return null
  return problem('redirect-uri-query-split', {
    redirectUriSeen: redirect.value,
    strayParams: stray.join(','),
  })
}

/** `#wechat_redirect` is required (protocol.md §9.1); a raw `#` inside redirect_uri steals it. */
export function checkFragment(split: SplitUrl): OAuthProblem[] {
  const { fragment, params } = split
  if (fragment === 'wechat_redirect') return []
  const last = params[params.length - 1]
  // A hash-router redirect_uri written raw (`http://host/#/login`): the URL's fragment starts
  // inside redirect_uri, and every parameter after it disappears into the fragment.
  if (fragment !== null && last?.key === 'redirect_uri') {
    return [problem('redirect-uri-hash-unencoded', { redirectUriSeen: last.value, fragment })]
  }
  return [problem('wechat-redirect-missing', { found: fragment === null ? '' : `#${fragment}` })]
}
