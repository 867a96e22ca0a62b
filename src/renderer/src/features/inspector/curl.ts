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

/**
 * Requests the mock platform received are recorded with the path only, as on the request line;
 * curl needs the whole URL, so the Host header supplies the rest.
 */
export function absoluteUrl(request: RecordedRequest): string {
  if (!request.url.startsWith('/')) return request.url
  const host = request.headers.find(([name]) => name.toLowerCase() === 'host')?.[1]
  return host ? `http://${host}${request.url}` : request.url
}

export function toCurl(request: RecordedRequest): string {
  const lines = [`curl -X ${request.method} ${shellQuote(absoluteUrl(request))}`]
  for (const [name, value] of request.headers) {
    if (SKIPPED.has(name.toLowerCase())) continue
    lines.push(`  -H ${shellQuote(`${name}: ${value}`)}`)
  }
  if (request.body.bytes > 0) lines.push(`  --data-binary ${shellQuote(request.body.text)}`)
  return lines.join(' \\\n')
}
