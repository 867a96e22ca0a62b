/**
 * The URL WeChat sends the user's browser back to after the authorize page (protocol.md §9.3).
 * Consent ⇒ `redirect_uri?code=CODE&state=STATE`; refusal ⇒ `redirect_uri?state=STATE` (no code).
 * `&` instead of `?` when redirect_uri already has a query.
 *
 * The callback is built on the URL as a browser reads it (readRedirectTarget), never by pasting
 * strings onto the text as written: the host of the result is the host the domain check compared,
 * and a value that could be read as two different URLs is refused here too.
 */
import { readRedirectTarget } from './redirect-target'

export interface CallbackParams {
  /** The one-use, 5-minute code; omit it for a refusal. */
  readonly code?: string
  /** The state from the authorize URL, echoed back ('' when none was given). */
  readonly state: string
}

/**
 * @param redirectUri a redirect_uri that passed the domain check (its WHATWG serialisation, or
 *   text that reads the same way).
 * @throws Error when redirectUri is not one unambiguous http(s) URL: check it with
 *   checkRedirectUri first and send the browser only where that check found no error.
 * @example buildCallbackUrl('http://h/cb/?from=menu', { code: 'C', state: 'S' })
 * // 'http://h/cb/?from=menu&code=C&state=S'
 */
export function buildCallbackUrl(redirectUri: string, params: CallbackParams): string {
  const target = readRedirectTarget(redirectUri)
  if (!target.ok) {
    throw new Error(
      `buildCallbackUrl: redirect_uri ${JSON.stringify(redirectUri)} is not one unambiguous ` +
        `http(s) URL (${target.fault}); check it with checkRedirectUri and build callbacks only ` +
        'for values it accepts',
    )
  }
  const { url } = target
  const added = [
    ...(params.code === undefined ? [] : [`code=${encodeURIComponent(params.code)}`]),
    // Encoded so a state holding `&` or `#` cannot break the URL. [unconfirmed] what WeChat does
    // with such a state; the doc restricts it to a-zA-Z0-9, where encoding changes nothing.
    `state=${encodeURIComponent(params.state)}`,
  ].join('&')
  // [wire, community reports] The query goes before any `#fragment`, which is why hash routers
  // find `code` in location.search rather than in their own route query. Setting `search` keeps
  // the fragment where it is.
  const query = url.search.slice(1)
  url.search = query === '' ? added : query.endsWith('&') ? `${query}${added}` : `${query}&${added}`
  return url.href
}
