/**
 * Reads the top-level elements of a push's plain XML (`<xml><MsgType>…</MsgType>…</xml>`, spec
 * §4.3) into name → text: CDATA sections joined as they are, other text with XML's five entities
 * and numeric references decoded. Group elements (SendLocationInfo…) are skipped whole, so their
 * inner Label never hides the message's own. Pure and DOM-free, so it is unit-tested under Node.
 */
const OPEN_TAG = /<([A-Za-z_][\w.-]*)\s*(\/?)>/y
const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) {
      return String.fromCodePoint(Number.parseInt(ref.slice(2), 16))
    }
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10))
    return NAMED[ref] ?? whole
  })
}

/** Text of one element from `from` up to its closing tag; undefined when it holds elements. */
function readValue(
  xml: string,
  from: number,
  name: string,
): { text?: string; end: number } | undefined {
  const close = `</${name}>`
  let text = ''
  let nested = false
  let i = from
  while (i < xml.length) {
    const cdata = xml.indexOf('<![CDATA[', i)
    const closing = xml.indexOf(close, i)
    if (closing < 0) return undefined
    if (cdata >= 0 && cdata < closing) {
      const before = xml.slice(i, cdata)
      if (before.includes('<')) nested = true
      // Layout whitespace around a CDATA section is not part of the value.
      if (before.trim() !== '') text += decodeEntities(before)
      const cdataEnd = xml.indexOf(']]>', cdata)
      if (cdataEnd < 0) return undefined
      text += xml.slice(cdata + 9, cdataEnd)
      i = cdataEnd + 3
      continue
    }
    const rest = xml.slice(i, closing)
    if (rest.includes('<')) nested = true
    if (i === from || rest.trim() !== '') text += decodeEntities(rest)
    return nested ? { end: closing + close.length } : { text, end: closing + close.length }
  }
  return undefined
}

export function readPushFields(xml: string): ReadonlyMap<string, string> {
  const fields = new Map<string, string>()
  const start = xml.indexOf('<xml>')
  if (start < 0) return fields
  let i = start + 5
  // Each pass consumes one element, so the loop ends within the text's length.
  while (i < xml.length) {
    while (i < xml.length && /\s/.test(xml.charAt(i))) i++
    OPEN_TAG.lastIndex = i
    const open = OPEN_TAG.exec(xml)
    if (!open) break
    const name = open[1] ?? ''
    i = OPEN_TAG.lastIndex
    if (open[2] === '/') {
      fields.set(name, '')
      continue
    }
    const value = readValue(xml, i, name)
    if (!value) break
    if (value.text !== undefined && !fields.has(name)) fields.set(name, value.text)
    i = value.end
  }
  return fields
}
