/**
 * The addresses a page may have signed for `wx.config` (protocol.md §11), right and wrong. WeChat
 * hashes the page's own URL without its `#fragment`; a signature that does not match tells nothing
 * by itself, so mpsim re-signs with the classic mistakes (the JS-SDK doc's appendix 5 lists most of
 * them: the hash kept, the url sent to the backend encoded and never decoded, the GET parameters
 * dropped — after an OAuth callback they are `code` and `state`) and says which one matches.
 */
import type { JssdkSignatureMatch } from '../../shared/model/jssdk-codes'

export interface SignedUrlCandidate {
  readonly match: JssdkSignatureMatch
  /** Exactly what goes after `&url=` in string1, a `#fragment` included when it is the mistake. */
  readonly url: string
}

export function withoutFragment(url: string): string {
  const hashAt = url.indexOf('#')
  return hashAt < 0 ? url : url.slice(0, hashAt)
}

/**
 * The candidates in the order they are tried: the page's address, then the gateway's (in browser
 * mode `location.href` shows the loopback gateway, so a page that signs in script signs that), then
 * the mistakes. `frameUrl` is '' or equal to `pageUrl` when there is no gateway address to try.
 */
export function signedUrlCandidates(pageUrl: string, frameUrl: string): SignedUrlCandidate[] {
  const addresses = frameUrl === '' || frameUrl === pageUrl ? [pageUrl] : [pageUrl, frameUrl]
  const out: SignedUrlCandidate[] = [{ match: 'page-url', url: withoutFragment(pageUrl) }]
  if (addresses[1] !== undefined) {
    out.push({ match: 'gateway-url', url: withoutFragment(addresses[1]) })
  }
  for (const address of addresses) {
    const bare = withoutFragment(address)
    if (bare !== address) out.push({ match: 'url-with-fragment', url: address })
    out.push({ match: 'url-encoded', url: encodeURIComponent(bare) })
    const queryAt = bare.indexOf('?')
    if (queryAt >= 0) out.push({ match: 'url-without-query', url: bare.slice(0, queryAt) })
    const flipped = flipScheme(bare)
    if (flipped !== undefined) out.push({ match: 'scheme-differs', url: flipped })
  }
  return out
}

/**
 * A backend behind a TLS-terminating proxy sees http:// while the phone shows https:// (and the
 * other way round when a page is tested over plain http).
 */
function flipScheme(url: string): string | undefined {
  if (/^https:\/\//i.test(url)) return `http://${url.slice('https://'.length)}`
  if (/^http:\/\//i.test(url)) return `https://${url.slice('http://'.length)}`
  return undefined
}
