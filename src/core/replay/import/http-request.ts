/**
 * A raw HTTP request as text — what Charles's and Fiddler's "copy request", `tcpdump -A` and
 * `nc -l` give: the request line, headers, a blank line, the body. Pasted like that, a push keeps
 * its query and headers as a HAR entry does.
 */
export interface RawRequest {
  readonly method: string
  /** The request target as written: a path with its query, or an absolute URL. */
  readonly target: string
  readonly headers: [string, string][]
  readonly body: string
}

const REQUEST_LINE = /^([A-Z]{3,7}) (\S+) HTTP\/\d(?:\.\d)?\r?$/

/** The request, or undefined when the text does not start with an HTTP/1 request line. */
export function parseRawRequest(text: string): RawRequest | undefined {
  const firstBreak = text.indexOf('\n')
  const line = REQUEST_LINE.exec(firstBreak < 0 ? text : text.slice(0, firstBreak))
  if (line === null || firstBreak < 0) return undefined
  const rest = text.slice(firstBreak + 1)
  const blank = /\r?\n\r?\n/.exec(rest)
  const head = blank === null ? rest : rest.slice(0, blank.index)
  const body = blank === null ? '' : rest.slice(blank.index + blank[0].length)
  const headers: [string, string][] = []
  for (const field of head.split(/\r?\n/)) {
    const colon = field.indexOf(':')
    if (colon > 0) headers.push([field.slice(0, colon).trim(), field.slice(colon + 1).trim()])
  }
  return { method: line[1] ?? '', target: line[2] ?? '', headers, body }
}

/** The query of a request target (a path or an absolute URL); the first value of a name wins. */
export function queryOfTarget(target: string): Record<string, string> {
  const query: Record<string, string> = {}
  try {
    const url = new URL(target, 'http://capture.invalid')
    for (const [name, value] of url.searchParams) if (!(name in query)) query[name] = value
  } catch {
    // An unparsable target keeps no query; the body is still the capture.
  }
  return query
}
