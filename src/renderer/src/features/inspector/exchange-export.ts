/**
 * One exchange exported: JSON is the whole record; "the bodies" is what went over the wire for the
 * chosen attempt — for pushes the request and reply XML as one annotated document, for API calls
 * the request and response JSON.
 */
import type { Exchange } from '../../../../shared/model/exchange'

export function exchangeJson(exchange: Exchange): string {
  return JSON.stringify(exchange, null, 2)
}

export function exportFileName(exchange: Exchange, extension: 'json' | 'xml'): string {
  const title = exchange.title.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '')
  return `mpsim-${exchange.kind}-${title || 'exchange'}-${exchange.id}.${extension}`
}

function chosenAttempt(exchange: Exchange, attemptIndex: number) {
  return exchange.attempts.find((a) => a.index === attemptIndex) ?? exchange.attempts.at(-1)
}

/** Request and response bodies of the attempt, each in a comment-labelled block (no re-parsing). */
export function exchangeXml(exchange: Exchange, attemptIndex = exchange.attempts.length): string {
  const attempt = chosenAttempt(exchange, attemptIndex)
  if (!attempt) return ''
  const safe = (s: string) => s.replace(/--/g, '- -')
  const lines = [
    `<!-- mpsim exchange ${exchange.id} · ${safe(exchange.title)} · attempt ${attempt.index} -->`,
    `<!-- request: ${attempt.request.method} ${safe(attempt.request.url)} -->`,
    attempt.request.body.text,
  ]
  if (attempt.response) {
    lines.push(`<!-- response: HTTP ${attempt.response.status} -->`, attempt.response.body.text)
  }
  return lines.join('\n') + '\n'
}

/** API calls speak JSON: both bodies parsed (kept as text when they are not JSON). */
export function exchangeApiJson(
  exchange: Exchange,
  attemptIndex = exchange.attempts.length,
): string {
  const attempt = chosenAttempt(exchange, attemptIndex)
  if (!attempt) return '{}\n'
  const parsed = (text: string): unknown => {
    if (text === '') return null
    try {
      return JSON.parse(text) as unknown
    } catch {
      return text
    }
  }
  const document = {
    exchange: exchange.id,
    attempt: attempt.index,
    request: {
      method: attempt.request.method,
      url: attempt.request.url,
      body: parsed(attempt.request.body.text),
    },
    response: attempt.response
      ? { status: attempt.response.status, body: parsed(attempt.response.body.text) }
      : null,
  }
  return JSON.stringify(document, null, 2) + '\n'
}

/**
 * The wire bodies in the format the exchange speaks: XML for pushes, JSON for API calls (and for
 * page requests, whose bodies are kept as text inside it).
 */
export function exchangeBodies(
  exchange: Exchange,
  attemptIndex: number | undefined,
): { filename: string; mediaType: string; text: string } {
  // Pushes and verification speak XML; the platform's calls and the phone's pages do not.
  const wire = exchange.kind !== 'push' && exchange.kind !== 'verify'
  return wire
    ? {
        filename: exportFileName(exchange, 'json').replace(/\.json$/, '-bodies.json'),
        mediaType: 'application/json',
        text: exchangeApiJson(exchange, attemptIndex),
      }
    : {
        filename: exportFileName(exchange, 'xml'),
        mediaType: 'application/xml',
        text: exchangeXml(exchange, attemptIndex),
      }
}
