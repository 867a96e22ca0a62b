/**
 * "Copy as curl": one attempt's request as a shell command a developer can paste to replay it
 * against their bot — same method, URL, headers and exact body bytes.
 */
import type { RecordedRequest } from '../../../../shared/model/exchange'

/** POSIX single-quoting: the only character needing care inside '…' is ' itself. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}

// curl computes these itself; sending the recorded ones could contradict the body it sends.
const SKIPPED = new Set(['host', 'content-length', 'connection'])

export function toCurl(request: RecordedRequest): string {
  const lines = [`curl -X ${request.method} ${shellQuote(request.url)}`]
  for (const [name, value] of request.headers) {
    if (SKIPPED.has(name.toLowerCase())) continue
    lines.push(`  -H ${shellQuote(`${name}: ${value}`)}`)
  }
  if (request.body.bytes > 0) lines.push(`  --data-binary ${shellQuote(request.body.text)}`)
  return lines.join(' \\\n')
}
