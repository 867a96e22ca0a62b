/**
 * Redaction of `name=value&…` text (a query string or a form-encoded body) read the way the
 * platform reads its query: WHATWG URLSearchParams, as api/request.ts and oauth/sns-query.ts do —
 * split on `&` only (a `#` belongs to the value), `+` is a space, percent-escapes decoded, names
 * compared case-sensitively. Each pair is decoded exactly so, and the raw value is replaced when
 * the decoded pair is a secret; every other byte is kept as sent.
 */
import { isSecretName, mask } from './redact-rules'
import type { KnownSecrets } from './redact-rules'

/** One `name=value` segment decoded as URLSearchParams decodes it. */
function decodePair(segment: string, eq: number): readonly [string, string] | undefined {
  // Without '%' or '+' decoding changes nothing: split it as it is (most calls, and cheap).
  if (!segment.includes('%') && !segment.includes('+')) {
    return [segment.slice(0, eq), segment.slice(eq + 1)]
  }
  // The leading '&' keeps URLSearchParams from stripping a '?' that starts the segment.
  const [pair] = new URLSearchParams(`&${segment}`)
  return pair
}

/** `text` (without the leading '?') with the values of secret pairs masked. */
export function redactPairs(text: string, known: KnownSecrets): string {
  return text
    .split('&')
    .map((segment) => {
      const eq = segment.indexOf('=')
      if (eq < 0) return segment
      const pair = decodePair(segment, eq)
      if (!pair) return segment
      const [name, value] = pair
      if (!isSecretName(name) && !known.contains(value)) return segment
      return `${segment.slice(0, eq + 1)}${mask(value.length)}`
    })
    .join('&')
}
