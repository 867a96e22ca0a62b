/**
 * The XML codec's own checks, run before fast-xml-parser sees a body (see xml-codec.ts). They refuse
 * what the library either accepts although it is not XML (a NUL, `<!x`) or answers with an untyped
 * exception instead of a validation error (an unclosed CDATA section after the root, nesting past
 * its 100-level limit). One pass, linear in the length of the body, throwing XmlError only.
 */
import { XmlError } from './errors'

/**
 * XML 1.0's Char production: tab, LF, CR and everything from U+0020 except surrogates, U+FFFE and
 * U+FFFF. A NUL or another control character makes a document not XML at all, whatever a lenient
 * parser makes of it; a lone surrogate is what a broken UTF-16 conversion leaves behind.
 */
const FORBIDDEN_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

/** Throws xml-malformed (parserCode InvalidChar, with the code point) at the first such character. */
export function checkCharacters(body: string): void {
  const found = FORBIDDEN_CHAR.exec(body)
  if (!found) return
  const hex = (found[0].codePointAt(0) ?? 0).toString(16).toUpperCase()
  const codePoint = `U+${hex.padStart(4, '0')}`
  const message = `the character ${codePoint} is not allowed in XML`
  throw malformedAt(body, found.index, 'InvalidChar', message, { codePoint })
}

const SLASH = 0x2f
const GT = 0x3e
const QUOTE = 0x22
const APOSTROPHE = 0x27
const QUESTION = 0x3f

/**
 * Checks the markup the library mishandles, and counts nesting (`maxDepth`: levels below the root).
 * fast-xml-parser's validator skips a `<!` it does not know (`<!'[`) and lets an unclosed comment,
 * CDATA section or processing instruction run to the end, after which its parser throws untyped
 * errors; nesting is bounded only by the parser's own 100-level limit, another untyped error. So
 * those constructs are found here the way the parser finds them, and elements are counted as they
 * open: the pass stops at the first level too deep, however long the input. Everything else (tag
 * names, matching end tags, attributes) is left to the validator.
 */
export function scanMarkup(body: string, maxDepth: number): void {
  let depth = 0
  for (let at = body.indexOf('<'); at !== -1; at = body.indexOf('<', at)) {
    if (body.startsWith('<!--', at)) {
      at = skipPast(body, at, '<!--', '-->', 'UnclosedComment', 'a comment is not closed')
    } else if (body.startsWith('<![CDATA[', at)) {
      at = skipPast(body, at, '<![CDATA[', ']]>', 'UnclosedCdata', 'a CDATA section is not closed')
    } else if (body.startsWith('<?', at)) {
      // Found as the library's parser finds it: quote-aware (`<?x a="?>"?>` is one instruction),
      // from the `?` on (`<?>` is a whole, empty one).
      const end = closeOutsideQuotes(body, at + 1, '?>')
      if (end === -1) {
        throw malformedAt(body, at, 'UnclosedPi', 'a processing instruction is not closed')
      }
      at = end + 2
    } else if (body.startsWith('<!', at)) {
      throw malformedAt(
        body,
        at,
        'InvalidDeclaration',
        "'<!' starts neither a comment nor a CDATA section",
      )
    } else if (body.startsWith('</', at)) {
      const end = body.indexOf('>', at)
      if (end === -1) throw malformedAt(body, at, 'UnclosedTag', 'an end tag is not closed with >')
      depth--
      at = end + 1
    } else {
      const end = closeOutsideQuotes(body, at + 1, '>')
      if (end === -1) throw malformedAt(body, at, 'UnclosedTag', 'a tag is not closed with >')
      if (body.charCodeAt(end - 1) !== SLASH) depth++
      // depth counts the root too; maxDepth does not.
      if (depth > maxDepth + 1) throw tooDeep(maxDepth)
      at = end + 1
    }
  }
}

/** Index just after `close`, searched from after `open`; throws when it never comes. */
function skipPast(
  body: string,
  at: number,
  open: string,
  close: string,
  parserCode: string,
  message: string,
): number {
  const end = body.indexOf(close, at + open.length)
  if (end === -1) throw malformedAt(body, at, parserCode, message)
  return end + close.length
}

/** Index of the first `close` at or after `from` outside a quoted attribute value, or -1. */
function closeOutsideQuotes(body: string, from: number, close: '>' | '?>'): number {
  const last = close.charCodeAt(close.length - 1)
  let quote = 0
  for (let i = from; i < body.length; i++) {
    const c = body.charCodeAt(i)
    if (quote !== 0) {
      if (c === quote) quote = 0
    } else if (c === QUOTE || c === APOSTROPHE) quote = c
    else if (close === '>' ? c === GT : c === QUESTION && body.charCodeAt(i + 1) === last) return i
  }
  return -1
}

/** An xml-malformed error pointing at `offset`, with 1-based line and column as the validator's. */
function malformedAt(
  body: string,
  offset: number,
  parserCode: string,
  message: string,
  extra: Record<string, string | number> = {},
): XmlError {
  let line = 1
  for (let i = body.indexOf('\n'); i !== -1 && i < offset; i = body.indexOf('\n', i + 1)) line++
  const col = offset - body.lastIndexOf('\n', offset - 1)
  return new XmlError('xml-malformed', message, { parserCode, line, col, ...extra })
}

export function tooDeep(maxDepth: number): XmlError {
  return new XmlError('xml-too-deep', `elements nest deeper than ${maxDepth} levels`, { maxDepth })
}
