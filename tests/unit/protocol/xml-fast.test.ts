/**
 * The XML codec's fast path (xml-fast.ts) against the general parser: whatever the fast path
 * accepts, it reads exactly as the general path does; whatever else it meets, it hands over.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { XmlError } from '../../../src/core/protocol/errors'
import { parseXmlDocument, parseXmlDocumentGeneral } from '../../../src/core/protocol/xml-codec'
import { parseFast } from '../../../src/core/protocol/xml-fast'

function general(text: string): unknown {
  try {
    return parseXmlDocumentGeneral(text)
  } catch (error) {
    if (error instanceof XmlError) return { error: error.code }
    throw error
  }
}

function codec(text: string): unknown {
  try {
    return parseXmlDocument(text)
  } catch (error) {
    if (error instanceof XmlError) return { error: error.code }
    throw error
  }
}

const REPLY =
  '<xml><ToUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]></ToUserName>' +
  '<FromUserName><![CDATA[gh_10f6c3c3ac5a]]></FromUserName><CreateTime>1700000000</CreateTime>' +
  '<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好 <a href="x">😀</a>]]></Content></xml>'

describe('the XML fast path', () => {
  it.each([
    ['a text reply', REPLY],
    ['the push layout (LF-joined, no trailing LF)', REPLY.replace(/></g, '>\n<')],
    [
      'the safe-mode envelope, indented, with a final LF',
      '<xml>\n    <ToUserName><![CDATA[gh_1]]></ToUserName>\n    <Encrypt><![CDATA[abc+/=]]></Encrypt>\n</xml>\n',
    ],
    [
      'nested groups and self-closing elements',
      '<xml><Articles><item><Title><![CDATA[t]]></Title><Url/></item><item></item></Articles></xml>',
    ],
    ['blank and empty values', '<xml><A> </A><B></B><C><![CDATA[]]></C><D>\t</D></xml>'],
    ['a reply with the usual declaration', `<?xml version="1.0" encoding="UTF-8"?>\n${REPLY}`],
    ['a split CDATA section', '<xml><A><![CDATA[a]]]]><![CDATA[>b]]></A></xml>'],
    ['CDATA with blanks around it', '<xml><A>\n  <![CDATA[x]]>\n</A></xml>'],
  ])('reads %s as the general parser does', (_name, text) => {
    expect(parseFast(text)).toBeDefined()
    expect(codec(text)).toEqual(general(text))
  })

  it.each([
    ['another declaration', `<?xml version="1.0" standalone="yes"?>${REPLY}`],
    ['a BOM', `\uFEFF${REPLY}`],
    ['leading blanks', ` ${REPLY}`],
    ['an attribute', '<xml><A b="1">x</A></xml>'],
    ['a reference', '<xml><A>1 &lt; 2</A></xml>'],
    ['a comment', '<xml><!-- c --><A>x</A></xml>'],
    ['a carriage return', '<xml><A>a\r\nb</A></xml>'],
    ['mixed content', '<xml><A>x<B>y</B></A></xml>'],
    ['a mismatched end tag', '<xml><A>x</B></xml>'],
    ['an unclosed element', '<xml><A>x</A>'],
    ['text after the root', `${REPLY}x`],
    ['a NUL', '<xml><A>\u0000</A></xml>'],
    ['a DOCTYPE inside CDATA', '<xml><A><![CDATA[<!DOCTYPE x>]]></A></xml>'],
  ])('hands %s to the general parser, with the same result', (_name, text) => {
    expect(codec(text)).toEqual(general(text))
  })

  it('agrees with the general parser on generated documents', () => {
    // Mostly what the fast path takes, sometimes what it must hand over.
    const name = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('xml', 'A', 'MsgType', 'item', 'a.b', 'a-b', '_x') },
      { weight: 1, arbitrary: fc.constantFrom('é', 'a:b', '1a', 'xml ') },
    )
    const textChar = fc.oneof(
      {
        weight: 40,
        arbitrary: fc.constantFrom('a', ' ', '\n', '\t', ']', '你', '😀', '"', "'", '/', '?', '='),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '\r',
          '<',
          '>',
          '&',
          ']]>',
          '\u0000',
          '&amp;',
          '<![CDATA[',
          '\uFFFE',
          '\uD800',
          '\uDC00',
        ),
      },
    )
    const text = fc.array(textChar, { maxLength: 6 }).map((a) => a.join(''))
    const blank = fc.constantFrom('', '', '', ' ', '\n', '\n    ', '\t')
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.tuple(name, text).map(([n, t]) => `<${n}>${t}</${n}>`),
        fc.tuple(name, text, blank).map(([n, t, b]) => `<${n}>${b}<![CDATA[${t}]]>${b}</${n}>`),
        name.map((n) => `<${n}/>`),
        fc
          .tuple(name, fc.array(fc.tuple(blank, tie('node')), { maxLength: 4 }), blank)
          .map(([n, kids, b]) => `<${n}>${kids.map(([kb, k]) => kb + k).join('')}${b}</${n}>`),
      ),
    })).node
    // A root holding elements, as WeChat bodies are; sometimes a bare element as the root.
    const tree = fc.oneof(
      {
        weight: 5,
        arbitrary: fc
          .tuple(name, fc.array(fc.tuple(blank, node), { maxLength: 6 }), blank)
          .map(([n, kids, b]) => `<${n}>${kids.map(([kb, k]) => kb + k).join('')}${b}</${n}>`),
      },
      { weight: 1, arbitrary: node },
    )
    const doc = fc
      .tuple(
        fc.oneof(
          { weight: 6, arbitrary: fc.constant('') },
          { weight: 1, arbitrary: blank },
          {
            weight: 2,
            arbitrary: fc.constantFrom(
              '<?xml version="1.0" encoding="UTF-8"?>',
              "<?xml version='1.0'?>\n",
              '<?xml version="1.0" encoding="utf-8"?>\n  ',
              '<?xml version="1.1"?>',
              '<?xml version="1.0" encoding="GBK"?>',
              '<?xml version="1.0" encoding=\'UTF-8"?>',
            ),
          },
        ),
        tree,
        blank,
        fc.oneof(
          { weight: 3, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.tuple(fc.nat(), text) },
        ),
      )
      .map(([before, body, after, cut]) => {
        const whole = `${before}${body}${after}`
        if (!cut) return whole
        // Damage one place so the malformed and near-miss cases are covered too.
        const at = cut[0] % (whole.length + 1)
        return whole.slice(0, at) + cut[1] + whole.slice(at + 1)
      })
    fc.assert(
      fc.property(doc, (text) => {
        expect(codec(text)).toEqual(general(text))
      }),
      { numRuns: 3000, seed: 20_260_601 },
    )
  })
})
