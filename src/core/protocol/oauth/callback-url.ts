/**
 * The URL WeChat sends the user's browser back to after the authorize page (spec §9.3).
 * Consent ⇒ `redirect_uri?code=CODE&state=STATE`; refusal ⇒ `redirect_uri?state=STATE` (no code).
 * `&` instead of `?` when redirect_uri already has a query.
 */

export interface CallbackParams {
  /** The one-use, 5-minute code; omit it for a refusal. */
  readonly code?: string
  /** The state from the authorize URL, echoed back ('' when none was given). */
  readonly state: string
}

/**
 * @example buildCallbackUrl('http://h/cb/?from=menu', { code: 'C', state: 'S' })
 * // 'http://h/cb/?from=menu&code=C&state=S'
 */
export function buildCallbackUrl(redirectUri: string, params: CallbackParams): string {
  // [wire, community reports] The query goes before any `#fragment`, which is why hash routers
  // find `code` in location.search rather than in their own route query.
  const hashAt = redirectUri.indexOf('#')
  const beforeHash = hashAt < 0 ? redirectUri : redirectUri.slice(0, hashAt)
  const fragment = hashAt < 0 ? '' : redirectUri.slice(hashAt)
  const added = [
    ...(params.code === undefined ? [] : [`code=${encodeURIComponent(params.code)}`]),
    // Encoded so a state holding `&` or `#` cannot break the URL. [unconfirmed] what WeChat does
    // with such a state; the doc restricts it to a-zA-Z0-9, where encoding changes nothing.
    `state=${encodeURIComponent(params.state)}`,
  ].join('&')
  const separator = !beforeHash.includes('?') ? '?' : /[?&]$/.test(beforeHash) ? '' : '&'
  return `${beforeHash}${separator}${added}${fragment}`
}
