/**
 * One query parameter read exactly as WHATWG URLSearchParams reads it — split on '&', the first
 * '=' separates name from value, '+' is a space, percent-escapes decoded, the first value wins —
 * without building a URLSearchParams for every read. A query with neither '%' nor '+' decodes to
 * itself, so it is searched as it is; any other goes through URLSearchParams.
 */

/** `query` is what follows the '?' of the request target. */
export function queryValue(query: string, name: string): string | undefined {
  if (query.includes('%') || query.includes('+')) {
    // The leading '&' keeps URLSearchParams from stripping a '?' that starts the query.
    return new URLSearchParams(`&${query}`).get(name) ?? undefined
  }
  // Segment by segment, in place: a route reads several names from one query.
  for (let start = 0; start < query.length;) {
    let end = query.indexOf('&', start)
    if (end < 0) end = query.length
    let eq = query.indexOf('=', start)
    if (eq < 0 || eq > end) eq = end
    if (end > start && eq - start === name.length && query.startsWith(name, start)) {
      return eq === end ? '' : query.slice(eq + 1, end)
    }
    start = end + 1
  }
  return undefined
}

/** What follows the first '?' of `url`, or '' without one. */
export function queryOf(url: string): string {
  const at = url.indexOf('?')
  return at < 0 ? '' : url.slice(at + 1)
}
