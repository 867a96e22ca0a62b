/**
 * Ruling a candidate line out before parsing it: JSON.parse and the search text cost about 20 µs
 * for a push, a look at its bytes well under one. The test is exact in what it rules out — a line
 * it refuses cannot match — because every part of the search text (exchangeSearchText) but the
 * title's words is a string value of the record, which JSON.stringify writes as it is except for
 * `"`, `\`, control characters and lone surrogates. So it is used only when:
 * - `q` holds none of those characters (then an occurrence in a string value is in the line too),
 *   nor σ/ς (the one letter whose lower case depends on its neighbours);
 * - the line holds no `\u` escape (a hand-edited line may spell any character that way);
 * - the exchange's title has no words (its kind byte says so: keys.ts TITLE_WORDS).
 * Whatever it lets through is parsed and checked with matchesExchange as usual.
 *
 * The bytes are looked at as they are where that is exact, without decoding the line:
 * - `q` itself in the bytes: a match for sure (lower case leaves lower case alone);
 * - an ASCII `q`: the only non-ASCII characters whose lower case holds ASCII are İ and the Kelvin
 *   sign K; in a line without them, lower-casing the line finds `q` exactly where an ASCII
 *   case-insensitive search of its bytes does (UTF-8 bytes of other characters are all ≥ 0x80);
 * - a `q` with no case at all (Chinese, digits): only its own characters lower-case to it.
 * Otherwise the line is decoded and lower-cased, as matchesExchange does.
 */
import { TITLE_WORDS } from './keys'

export type LineCheck = (line: Buffer, kindByte: number) => boolean

const BACKSLASH_U = Buffer.from('\\u')
/** İ (U+0130) and K (U+212A), in UTF-8. */
const LOWER_TO_ASCII = [Buffer.from('\u0130'), Buffer.from('\u212A')]

/** For a lower-cased, trimmed `q`; undefined when the raw line cannot decide for it. */
export function rawTextCheck(q: string): LineCheck | undefined {
  if (q === '') return undefined
  let ascii = true
  for (let i = 0; i < q.length; i += 1) {
    const c = q.charCodeAt(i)
    const escaped = c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)
    if (escaped || c === 0x3c2 || c === 0x3c3) return undefined
    if (c >= 0x80) ascii = false
  }
  const bytes = Buffer.from(q)
  const decoded = (line: Buffer) => line.toString('utf8').toLowerCase().includes(q)
  let rest: (line: Buffer) => boolean = decoded
  if (ascii) {
    const pattern = new RegExp(q.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), 'i')
    rest = (line) =>
      LOWER_TO_ASCII.some((b) => line.includes(b))
        ? decoded(line)
        : pattern.test(line.toString('latin1'))
  } else if (q.toUpperCase() === q && !q.includes('\u0307')) {
    // No case: nothing else lower-cases to these characters (U+0307 comes from İ).
    rest = () => false
  }
  return (line, kindByte) =>
    (kindByte & TITLE_WORDS) !== 0 ||
    line.includes(bytes) ||
    line.includes(BACKSLASH_U) ||
    rest(line)
}

/** For an exact id: the line of the record with that id holds it, JSON-escaped. */
export function rawIdCheck(id: string): LineCheck {
  const written = Buffer.from(JSON.stringify(id).slice(1, -1))
  return (line) => line.includes(BACKSLASH_U) || line.includes(written)
}
