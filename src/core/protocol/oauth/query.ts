/**
 * Splits an authorize URL by hand instead of with URLSearchParams: the checks need the parameters
 * in their written order, duplicates kept, and each value both raw (to see whether redirect_uri
 * was urlencoded, protocol.md §9.1) and decoded.
 */
export interface RawParam {
  readonly key: string
  /** The value exactly as written in the URL. */
  readonly raw: string
  /** The value after one percent-decoding, as WeChat reads it. */
  readonly value: string
}

export interface SplitUrl {
  /** Everything before the first `?` (or `#`): scheme, host and path of the endpoint. */
  readonly base: string
  readonly params: readonly RawParam[]
  /** Text after the first `#`, or null when there is none. */
  readonly fragment: string | null
}

export function splitUrl(url: string): SplitUrl {
  const hashAt = url.indexOf('#')
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt)
  const fragment = hashAt < 0 ? null : url.slice(hashAt + 1)
  const queryAt = beforeHash.indexOf('?')
  const base = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt)
  const query = queryAt < 0 ? '' : beforeHash.slice(queryAt + 1)
  const params = query
    .split('&')
    .filter((segment) => segment !== '')
    .map((segment) => {
      const eq = segment.indexOf('=')
      const key = eq < 0 ? segment : segment.slice(0, eq)
      const raw = eq < 0 ? '' : segment.slice(eq + 1)
      // `+` is left alone: only percent-escapes are decoded, so a raw `+` in a path survives.
      return { key: safeDecode(key), raw, value: safeDecode(raw) }
    })
  return { base, params, fragment }
}

/** The first value of `key`, decoded; null when absent. */
export function firstValue(params: readonly RawParam[], key: string): string | null {
  return params.find((p) => p.key === key)?.value ?? null
}

/** decodeURIComponent that leaves text with a broken `%` escape as it was. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
