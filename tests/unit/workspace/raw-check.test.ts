/**
 * The test on a raw log line that spares parsing it (exchange-index/raw-check.ts) never rules out a
 * line whose exchange matches: for text made of the characters that make case-insensitive search
 * hard (İ and the Kelvin sign lower-case to ASCII, Σ by context, escaped quotes and controls,
 * surrogates), whenever the lower-cased text holds `q`, the line passes.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rawIdCheck, rawTextCheck } from '../../../src/core/workspace/exchange-index/raw-check'
import { TITLE_WORDS } from '../../../src/core/workspace/exchange-index/keys'

const ALPHABET = [
  'a',
  'A',
  'k',
  'K',
  '\u212A',
  'i',
  'I',
  '\u0130',
  '\u0307',
  's',
  'S',
  'σ',
  'Σ',
  'ς',
  'é',
  'É',
  'ß',
  'ẞ',
  '退',
  '款',
  '"',
  '\\',
  '\n',
  '\t',
  '\u0001',
  '😀',
  '\ud83d',
  ' ',
  '-',
  '.',
  '1',
  '/',
]

const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((a) => a.join(''))
const line = (value: string) => Buffer.from(JSON.stringify({ id: 'x', body: { text: value } }))

describe('the raw-line check before parsing', () => {
  it('lets through every line whose text holds q, in any case', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, from, length) => {
        const lower = value.toLowerCase()
        const q = lower
          .slice(from % (lower.length + 1), (from % (lower.length + 1)) + (length % 8))
          .trim()
        const check = rawTextCheck(q)
        if (check === undefined || q === '') return
        expect(check(line(value), 0)).toBe(true)
      }),
      { numRuns: 5000 },
    )
  })

  it('never refuses a line that matches, for any q', () => {
    fc.assert(
      fc.property(text, text, (value, query) => {
        const q = query.toLowerCase().trim()
        const check = rawTextCheck(q)
        if (check === undefined || q === '') return
        if (value.toLowerCase().includes(q)) expect(check(line(value), 0)).toBe(true)
      }),
      { numRuns: 5000 },
    )
  })

  it('rules out lines that cannot match, unless the title has words or the line \\u-escapes', () => {
    const check = rawTextCheck('hello')
    expect(check?.(line('HeLLo there'), 0)).toBe(true)
    expect(check?.(line('goodbye'), 0)).toBe(false)
    expect(check?.(line('goodbye'), TITLE_WORDS)).toBe(true)
    expect(check?.(Buffer.from('{"body":"h\\u0065llo"}'), 0)).toBe(true)
    expect(rawTextCheck('退款')?.(line('退货'), 0)).toBe(false)
    expect(rawTextCheck('kelvin')?.(line('\u212Aelvin'), 0)).toBe(true)
  })

  it('has no say where the line cannot decide', () => {
    for (const q of ['say "hi"', 'back\\slash', 'a\nb', '\u0001', 'οδος', 'σ', '\ud83d']) {
      expect(rawTextCheck(q), q).toBeUndefined()
    }
  })

  it('finds an id as JSON writes it', () => {
    expect(rawIdCheck('ab-01')(Buffer.from('{"id":"ab-01","kind":"push"}'), 0)).toBe(true)
    expect(rawIdCheck('ab-01')(Buffer.from('{"id":"ab-02","kind":"push"}'), 0)).toBe(false)
    expect(rawIdCheck('a"b')(Buffer.from(JSON.stringify({ id: 'a"b' })), 0)).toBe(true)
  })
})
