/**
 * One exchange exported: JSON is the whole record; XML is what went over the wire for the chosen
 * attempt — the request body and the reply body — as one annotated document.
 */
import type { Exchange } from '../../../../shared/model/exchange'

export function exchangeJson(exchange: Exchange): string {
  return JSON.stringify(exchange, null, 2)
}

/** Request and response bodies of the attempt, each in a comment-labelled block (no re-parsing). */
export function exchangeXml(exchange: Exchange, attemptIndex = exchange.attempts.length): string {
  const attempt =
    exchange.attempts.find((a) => a.index === attemptIndex) ?? exchange.attempts.at(-1)
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
