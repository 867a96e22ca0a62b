/**
 * JSON as the workspace writes and reads it. Written: 2-space indent and a trailing newline, so
 * the files diff well under git and editors do not add a newline on the next save. Key order is
 * the order the value was built in; the stores build values through their schemas, so the same
 * data always gives the same bytes. Read: a UTF-8 BOM (left by some Windows editors) is ignored,
 * and a syntax error is located as line:column rather than a character offset.
 */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string }

export function parseJsonText(text: string): JsonParse {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body.trim() === '') return { ok: false, reason: 'the file is empty' }
  try {
    return { ok: true, value: JSON.parse(body) as unknown }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, reason: withLineColumn(message, body) }
  }
}

// V8 reports "... in JSON at position 123" (sometimes followed by "(line 4 column 7)" in newer
// versions); add the line and column when it does not, since that is what an editor shows.
function withLineColumn(message: string, text: string): string {
  if (/line \d+ column \d+/.test(message)) return message
  const match = /position (\d+)/.exec(message)
  if (!match) return message
  const before = text.slice(0, Number(match[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return `${message} (line ${line} column ${column})`
}
