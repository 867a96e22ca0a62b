/**
 * The XML codec under hostile input: whatever the text, parsing returns a tree of strings or
 * throws an XmlError with a known code — never a parser's own error (which the push and reply
 * paths would turn into a 500) — and what the codec renders it reads back unchanged.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { XmlError } from '../../src/core/protocol/errors'
import type { XmlErrorCode } from '../../src/core/protocol/errors'
import {
  parseWechatXml,
  parseXmlDocument,
  renderTextElement,
} from '../../src/core/protocol/xml-codec'
import { isGroupNode } from '../../src/core/protocol/xml-node'
import type { XmlNode } from '../../src/core/protocol/xml-node'
import { elementName, wellFormedXml, xmlSoup, xmlText } from './helpers/arbitraries'
import { announce, fuzzParams, PROPERTY_TIMEOUT_MS } from './helpers/fuzz-run'
import { watchProcess } from './helpers/process-guard'
import type { ProcessWatch } from './helpers/process-guard'
import { outcomeOf } from './helpers/typed-errors'

const XML_CODES: readonly XmlErrorCode[] = [
  'xml-empty',
  'xml-malformed',
  'xml-root-not-xml',
  'xml-doctype-forbidden',
  'xml-entity-forbidden',
  'xml-bytes-outside-root',
  'xml-too-deep',
]
/** MAX_DEPTH in xml-codec.ts: elements may nest this deep below <xml>. */
const MAX_DEPTH = 16

let watch: ProcessWatch
beforeAll(() => {
  announce('xml-codec')
  watch = watchProcess()
})
afterAll(() => {
  watch.dispose()
  watch.assertClean()
})

function assertStringTree(nodes: readonly XmlNode[]): void {
  for (const node of nodes) {
    expect(typeof node.name).toBe('string')
    if (isGroupNode(node)) assertStringTree(node.children)
    else expect(typeof node.text).toBe('string')
  }
}

/** XML end-of-line handling (XML 1.0 §2.11): a parser reads CR LF and lone CR as LF. */
const normaliseEol = (text: string): string => text.replace(/\r\n?/g, '\n')

describe('xml-codec under hostile input', () => {
  const parsesOrRefuses = (text: string): void => {
    const result = outcomeOf(() => parseXmlDocument(text), [XmlError], XML_CODES)
    if (result.ok) {
      expect(typeof result.value.root).toBe('string')
      assertStringTree(result.value.nodes)
    } else if (/<!DOCTYPE/i.test(text)) {
      expect(result.error.code).toBe('xml-doctype-forbidden')
    } else if (/<!ENTITY/i.test(text)) {
      expect(result.error.code).toBe('xml-entity-forbidden')
    }
    // The <xml>-root variant used on every push and reply refuses the same way.
    outcomeOf(() => parseWechatXml(text), [XmlError], XML_CODES)
  }

  it.each([
    {
      input: 'well-formed trees with hostile names and texts',
      arbitrary: wellFormedXml,
      runs: 300,
    },
    { input: 'markup soup', arbitrary: xmlSoup, runs: 300 },
    { input: 'any text', arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), runs: 200 },
  ])(
    '$input: a tree of strings, or XmlError with a known code',
    ({ arbitrary, runs }) => {
      fc.assert(fc.property(arbitrary, parsesOrRefuses), fuzzParams(runs))
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'nesting up to the limit parses; deeper is xml-too-deep, however deep',
    () => {
      const nested = fc.record({
        depth: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 100, max: 5000 })),
        name: fc.constantFrom('a', 'item', 'xml'),
        closed: fc.boolean(),
      })
      fc.assert(
        fc.property(nested, ({ depth, name, closed }) => {
          const open = `<${name}>`.repeat(depth)
          const text = `<xml>${open}x${closed ? `</${name}>`.repeat(depth) : ''}</xml>`
          const result = outcomeOf(() => parseWechatXml(text), [XmlError], XML_CODES)
          if (!closed) expect(result.ok).toBe(false)
          else if (depth <= MAX_DEPTH) expect(result.ok).toBe(true)
          else expect(result.ok ? 'parsed' : result.error.code).toBe('xml-too-deep')
        }),
        fuzzParams(60),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'large bodies are read (or refused) in time linear in their length',
    () => {
      // A bot's reply is read on the event loop: a quadratic step turns a 60 KB body into
      // seconds of a frozen simulator (a whitespace run inside <xml> did, before the fix).
      const large = fc
        .tuple(
          fc.oneof(
            { weight: 2, arbitrary: fc.constantFrom(' ', '\n', '\t ', '\r\n') },
            {
              weight: 3,
              arbitrary: fc.constantFrom(
                '<a></a>',
                '<a>',
                '&amp;',
                '<!--x-->',
                '<![CDATA[x]]>',
                'x',
                '<',
              ),
            },
          ),
          // Sizes from a fixed list: fast-check's integers lean small, and small is fast anyway.
          fc.constantFrom(5_000, 30_000, 60_000),
          fc.constantFrom('', ' x', '</a>'),
        )
        .map(
          ([unit, length, tail]) =>
            `<xml>${unit.repeat(Math.ceil(length / unit.length))}${tail}</xml>`,
        )
      fc.assert(
        fc.property(large, (text) => {
          const started = performance.now()
          outcomeOf(() => parseXmlDocument(text), [XmlError], XML_CODES)
          // ~10 ms on a quiet machine for 60 KB; the bound leaves room for a loaded one.
          expect(performance.now() - started).toBeLessThan(1_000)
        }),
        // Shrinking a timing failure only repeats the slow case: report the first one.
        { ...fuzzParams(20), endOnFailure: true },
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'what the codec renders it reads back (text and CDATA flag; line ends normalised)',
    () => {
      const field = fc.record({
        // Names the parser itself trips on are the subject of the properties above; here it is
        // the text: JavaScript's own property names and the codec's `__cdata` key are left out.
        name: elementName.filter(
          (n) =>
            /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(n) &&
            !(n in {}) &&
            !['prototype', '__cdata'].includes(n),
        ),
        // Characters XML cannot carry at all (NUL, U+FFFF) are the first property's subject.
        text: xmlText(60),
        cdata: fc.boolean(),
      })
      fc.assert(
        fc.property(fc.array(field, { maxLength: 8 }), fc.constantFrom('', '\n'), (fields, sep) => {
          const xml = `<xml>${sep}${fields.map((f) => renderTextElement(f.name, f.text, f.cdata)).join(sep)}${sep}</xml>`
          const nodes = outcomeOf(() => parseWechatXml(xml), [XmlError], XML_CODES)
          expect(nodes.ok ? nodes.value : nodes.error.code).toEqual(
            fields.map((f) => ({ name: f.name, text: normaliseEol(f.text), cdata: f.cdata })),
          )
        }),
        fuzzParams(300),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'soup that merely contains a DOCTYPE or ENTITY is refused before parsing',
    () => {
      const declared = fc
        .tuple(
          xmlSoup,
          fc.constantFrom('<!DOCTYPE x [', '<!doctype html>', '<!ENTITY a "b">'),
          xmlSoup,
        )
        .map(([a, decl, b]) => `${a}${decl}${b}`)
      fc.assert(
        fc.property(declared, (text) => {
          const result = outcomeOf(() => parseXmlDocument(text), [XmlError], XML_CODES)
          expect(result.ok ? 'parsed' : result.error.code).toMatch(
            /^xml-(empty|doctype-forbidden|entity-forbidden)$/,
          )
        }),
        fuzzParams(100),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )
})
