/**
 * Two things WeChat's in-app browser does that an ordinary browser does not, reproduced on a walk
 * (docs/phone-browser.md "Quirks"). Both are what developers have observed and written about;
 * WeChat's documentation describes neither.
 *
 * - `nsukey`: when a site answers the OAuth callback (a page load whose query has `code` and
 *   `state`) with a 301/302 to the same path plus '/', the address the browser goes to next
 *   carries an extra `nsukey=<opaque>` parameter. Frameworks that add the slash (Django's
 *   APPEND_SLASH, many static servers) meet it with a redirect_uri missing its trailing slash.
 * - the repeated callback: WeChat's browser has been seen requesting the callback address twice,
 *   so the second code exchange fails with 40163 (code been used); adding `connect_redirect=1` to
 *   the authorize URL is the usual remedy and turns it off here.
 */

/** Whether a page load is an OAuth callback: the address carries `code` and `state`. */
export function isOauthCallback(url: URL): boolean {
  return url.searchParams.has('code') && url.searchParams.has('state')
}

/**
 * The redirect target with `nsukey` added, when `request` is an OAuth callback answered with a
 * 301/302 to the same path plus '/'; undefined otherwise.
 * @example withNsukey(new URL('http://bot/cb?code=C&state=S'), 302,
 *   new URL('http://bot/cb/?code=C&state=S'), 'K') // 'http://bot/cb/?code=C&state=S&nsukey=K'
 */
export function withNsukey(
  request: URL,
  status: number,
  location: URL,
  nsukey: string,
): string | undefined {
  if (status !== 301 && status !== 302) return undefined
  if (!isOauthCallback(request)) return undefined
  if (location.origin !== request.origin || location.pathname !== `${request.pathname}/`) {
    return undefined
  }
  // Appended to the site's own query bytes (searchParams would re-serialise all of it).
  const search = location.search ? `${location.search}&` : '?'
  const key = encodeURIComponent(nsukey)
  return `${location.origin}${location.pathname}${search}nsukey=${key}${location.hash}`
}

/** Whether an authorize address asked WeChat not to repeat the callback. */
export function asksNoRepeat(authorize: URL): boolean {
  return authorize.searchParams.get('connect_redirect') === '1'
}
