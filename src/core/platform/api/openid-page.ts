/**
 * Paging an openid list the way user/get does (protocol.md §10.2), shared by user/get,
 * user/tag/get and tags/members/getblacklist: the page starts after the openid the caller names
 * (the last of its previous page) and `next_openid` is the last of this one. Past the end WeChat
 * answers count 0, no `data` and an empty next_openid, which is how wechatpy's iterators stop
 * [sdk]. An openid not in the list answers 40003 [unconfirmed].
 */

export type OpenidPage =
  | {
      readonly count: number
      readonly data: { readonly openid: readonly string[] }
      readonly next_openid: string
    }
  | { readonly count: 0; readonly next_openid: '' }

/** The page of `openids` after `after` (from the start when empty), or undefined when `after` is not in the list. */
export function openidPage(
  openids: readonly string[],
  after: string | undefined,
  size: number,
): OpenidPage | undefined {
  let start = 0
  if (after) {
    const at = openids.indexOf(after)
    if (at < 0) return undefined
    start = at + 1
  }
  const page = openids.slice(start, start + size)
  const last = page.at(-1)
  if (last === undefined) return { count: 0, next_openid: '' }
  return { count: page.length, data: { openid: page }, next_openid: last }
}
