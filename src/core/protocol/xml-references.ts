/**
 * Character and entity references in XML text (outside CDATA). XML without a DTD knows exactly
 * five named entities (&lt; &gt; &amp; &quot; &apos;) plus numeric references (&#20320; &#x597D;),
 * and an XML reader decodes both: `<Content>&#20320;&#x597D;</Content>` is the text 你好.
 * Decoding happens in one pass, so `&amp;#20320;` stays the literal text `&#20320;`. A bare `&` or
 * a reference to a character XML forbids (`&#0;`) is refused.
 */
import { XmlError } from './errors'

const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
])

const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*)?(;)?/g

/** Decodes the references of one text value; throws XmlError for anything XML does not allow. */
export function decodeXmlReferences(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(REFERENCE, (whole: string, name: string | undefined, semi?: string) => {
    if (name === undefined || semi === undefined) {
      throw new XmlError('xml-malformed', `a bare "&" must be written &amp; (found "${whole}")`, {
        parserCode: 'InvalidReference',
      })
    }
    if (name.startsWith('#')) return fromCodePoint(name, whole)
    // [unconfirmed] An HTML name such as &nbsp; is not XML; lenient readers keep it as written,
    // and mpsim does too rather than refuse a reply WeChat may well show.
    return PREDEFINED.get(name) ?? whole
  })
}

function fromCodePoint(name: string, whole: string): string {
  const hex = name.startsWith('#x')
  const digits = name.slice(hex ? 2 : 1)
  // Longer than any code point: refuse before parseInt loses precision.
  const code = digits.length > 8 ? Number.NaN : Number.parseInt(digits, hex ? 16 : 10)
  if (!isXmlChar(code)) {
    throw new XmlError('xml-malformed', `${whole} is not a character XML allows`, {
      parserCode: 'InvalidCharReference',
    })
  }
  return String.fromCodePoint(code)
}

/** XML 1.0's Char production: tab, LF, CR, and the planes minus surrogates, FFFE and FFFF. */
function isXmlChar(code: number): boolean {
  if (!Number.isInteger(code)) return false
  if (code === 0x9 || code === 0xa || code === 0xd) return true
  if (code >= 0x20 && code <= 0xd7ff) return true
  if (code >= 0xe000 && code <= 0xfffd) return true
  return code >= 0x10000 && code <= 0x10ffff
}
