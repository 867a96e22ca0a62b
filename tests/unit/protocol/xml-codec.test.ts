import { describe, expect, it } from 'vitest'
import { parseWechatXml, parseXmlDocument } from '../../../src/core/protocol/xml-codec'
import { XmlError } from '../../../src/core/protocol/errors'
import type { XmlErrorCode } from '../../../src/core/protocol/errors'
import { childText, findChild } from '../../../src/core/protocol/xml-node'

function codeOf(fn: () => unknown): XmlErrorCode | 'no-error' {
  try {
    fn()
    return 'no-error'
  } catch (error) {
    expect(error).toBeInstanceOf(XmlError)
    return (error as XmlError).code
  }
}

describe('parseWechatXml keeps values as WeChat wrote them', () => {
  it('keeps 64-bit ids as exact strings (protocol.md §0 #2)', () => {
    const nodes = parseWechatXml(
      '<xml><MsgId>6054768590064713728</MsgId><MsgID>23904806341841418</MsgID></xml>',
    )
    expect(childText(nodes, 'MsgId')).toBe('6054768590064713728')
    expect(childText(nodes, 'MsgID')).toBe('23904806341841418')
  })
  it('records CDATA vs bare, ignores layout whitespace, decodes the five XML entities', () => {
    const nodes = parseWechatXml(
      '<xml>\n  <A><![CDATA[x & y]]></A>\n  <B>1 &lt; 2</B>\n  <C></C>\n  <D/>\n</xml>',
    )
    expect(nodes).toEqual([
      { name: 'A', text: 'x & y', cdata: true },
      { name: 'B', text: '1 < 2', cdata: false },
      { name: 'C', text: '', cdata: false },
      { name: 'D', text: '', cdata: false },
    ])
  })
  it.each<[string, string, string]>([
    ['decimal references', '&#20320;&#22909;', '你好'],
    ['hex references, any case', '&#x597D;&#X4F60;'.replace('X', 'x'), '好你'],
    ['an astral character', '&#x1F600;', '\u{1F600}'],
    ['predefined entities', '&lt;&gt;&amp;&quot;&apos;', `<>&"'`],
    ['decoded once: an escaped reference stays literal', '&amp;#20320;', '&#20320;'],
    ['an HTML name is kept as written', 'a&nbsp;b', 'a&nbsp;b'],
  ])('decodes character references in bare text: %s', (_name, raw, text) => {
    expect(parseWechatXml(`<xml><Content>${raw}</Content></xml>`)).toEqual([
      { name: 'Content', text, cdata: false },
    ])
  })
  it('leaves references inside CDATA alone', () => {
    expect(childText(parseWechatXml('<xml><C><![CDATA[&#20320;&amp;]]></C></xml>'), 'C')).toBe(
      '&#20320;&amp;',
    )
  })
  it.each(['&#0;', '&#xD800;', '&#xFFFE;', '&#99999999999;', '&#x110000;'])(
    'refuses %s, a character XML forbids',
    (ref) => {
      expect(codeOf(() => parseWechatXml(`<xml><C>${ref}</C></xml>`))).toBe('xml-malformed')
    },
  )
  it('parses nested groups in order', () => {
    const nodes = parseWechatXml(
      '<xml><SendPicsInfo><Count>1</Count><PicList><item><PicMd5Sum><![CDATA[abc]]></PicMd5Sum></item></PicList></SendPicsInfo></xml>',
    )
    const info = findChild(nodes, 'SendPicsInfo')
    expect(info).toMatchObject({ children: [{ name: 'Count', text: '1' }, { name: 'PicList' }] })
  })
  it('reports what lies outside the root (BOM, declaration, whitespace)', () => {
    const doc = parseXmlDocument('\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<xml></xml>\n')
    expect(doc.outside).toEqual({ bom: true, declaration: true, before: '\n', after: '\n' })
  })
})

describe('parseWechatXml refuses unusable or hostile input with a typed error', () => {
  const cases: [string, string, XmlErrorCode][] = [
    ['empty body', '', 'xml-empty'],
    ['whitespace only', '  \n', 'xml-empty'],
    ['unclosed element', '<xml><Content>hi</xml>', 'xml-malformed'],
    ['JSON instead of XML', '{"MsgType":"text"}', 'xml-bytes-outside-root'],
    ['text before the root', 'ok<xml></xml>', 'xml-bytes-outside-root'],
    ['text after the root', '<xml></xml>success', 'xml-malformed'],
    ['root is not <xml>', '<root><A>1</A></root>', 'xml-root-not-xml'],
    [
      'billion laughs',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><xml><A>&lol2;</A></xml>',
      'xml-doctype-forbidden',
    ],
    [
      'external entity',
      '<!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><A>&xxe;</A></xml>',
      'xml-doctype-forbidden',
    ],
    ['entity without doctype', '<xml><!ENTITY a "b"></xml>', 'xml-entity-forbidden'],
    ['nesting bomb', '<xml>' + '<a>'.repeat(40) + '</a>'.repeat(40) + '</xml>', 'xml-too-deep'],
  ]
  it.each(cases)('%s', (_name, text, code) => {
    expect(codeOf(() => parseWechatXml(text))).toBe(code)
  })
})

/** `levels` nested elements, the root <xml> included. */
const nested = (levels: number): string =>
  '<xml>' + '<a>'.repeat(levels - 1) + '</a>'.repeat(levels - 1) + '</xml>'

describe('no input makes the codec throw anything but XmlError', () => {
  const TEN_MB = 10 * 1024 * 1024
  const cases: [string, string, XmlErrorCode][] = [
    ['depth 101', nested(101), 'xml-too-deep'],
    ['depth 1000', nested(1000), 'xml-too-deep'],
    ['depth 100000', nested(100_000), 'xml-too-deep'],
    ['depth 100000, never closed', '<a>'.repeat(100_000), 'xml-too-deep'],
    ['10 MB of nesting', '<a>'.repeat(TEN_MB / 3), 'xml-too-deep'],
    ["`<!'[` alone", "<!'[", 'xml-malformed'],
    ["`<!'[` inside the root", "<xml><!'[</xml>", 'xml-malformed'],
    ['an unknown `<!` declaration inside the root', '<xml><!x</xml>', 'xml-malformed'],
    ['unclosed CDATA', '<xml><A><![CDATA[abc</A></xml>', 'xml-malformed'],
    ['unclosed CDATA at the end', '<xml><A><![CDATA[', 'xml-malformed'],
    ['unclosed comment', '<xml><!-- </xml>', 'xml-malformed'],
    ['unclosed processing instruction', '<xml><?pi </xml>', 'xml-malformed'],
    ['`<` alone', '<', 'xml-malformed'],
    ['`<xml><` ', '<xml><', 'xml-malformed'],
    ['a NUL byte in a value', '<xml><A>a\u0000b</A></xml>', 'xml-malformed'],
    ['a NUL byte between elements', '<xml>\u0000<A>x</A></xml>', 'xml-malformed'],
    ['NUL bytes only', '\u0000\u0000', 'xml-malformed'],
    ['a C0 control character', '<xml><A>\u0007</A></xml>', 'xml-malformed'],
    ['a lone surrogate', '<xml><A>\uD800</A></xml>', 'xml-malformed'],
    ['U+FFFE', '<xml><A>\uFFFE</A></xml>', 'xml-malformed'],
  ]
  it.each(cases)('%s', (_name, text, code) => {
    expect(codeOf(() => parseWechatXml(text))).toBe(code)
  })

  it('names the line and column of a markup error, for the editor', () => {
    try {
      parseXmlDocument("<xml>\n  <A><!'[</A>\n</xml>")
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(XmlError)
      expect((error as XmlError).detail).toMatchObject({ line: 2, col: 6 })
    }
  })

  it('names the character it refuses', () => {
    try {
      parseXmlDocument('<xml><A>a\u0000</A></xml>')
      expect.unreachable()
    } catch (error) {
      expect((error as XmlError).detail).toMatchObject({ codePoint: 'U+0000', line: 1, col: 10 })
    }
  })

  it('reads a 10 MB value', () => {
    const value = parseWechatXml(`<xml><A>${'x'.repeat(TEN_MB)}</A></xml>`)
    expect(childText(value, 'A')).toHaveLength(TEN_MB)
  })

  it('reads a long run of whitespace in linear time', () => {
    // Whitespace after the root was once measured with /\s*$/, which is quadratic in the length
    // of any whitespace run: 100 000 spaces took over 10 s and blocked the whole process.
    const started = performance.now()
    const spaced = parseXmlDocument(`<xml>${' '.repeat(100_000)}<A>1</A></xml>`)
    expect(spaced.nodes).toEqual([{ name: 'A', text: '1', cdata: false }])
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('accepts 16 levels below the root and refuses a 17th', () => {
    expect(codeOf(() => parseWechatXml(nested(17)))).toBe('no-error')
    expect(codeOf(() => parseWechatXml(nested(18)))).toBe('xml-too-deep')
  })

  it('keeps what is legal: comments, CDATA holding markup, a declaration, self-closed elements', () => {
    const nodes = parseWechatXml(
      '<?xml version="1.0"?><!-- a <b> --><xml><A><![CDATA[<!\'[ <a><a><a>]]></A><B/><C a=">"/></xml>',
    )
    expect(nodes).toEqual([
      { name: 'A', text: "<!'[ <a><a><a>", cdata: true },
      { name: 'B', text: '', cdata: false },
      { name: 'C', text: '', cdata: false },
    ])
  })

  // Random documents assembled from the fragments parsers trip over; seeded, so a failure replays.
  const FRAGMENTS = [
    '<',
    '>',
    '/',
    '<xml>',
    '</xml>',
    '<a>',
    '</a>',
    '<a/>',
    '<!',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<?',
    '?>',
    '<?xml version="1.0"?>',
    "'",
    '"',
    '=',
    '&',
    '&lt;',
    '&#0;',
    '&#x110000;',
    '[',
    ']',
    ' ',
    '\n',
    '\u0000',
    '\uFEFF',
    '\uD800',
    'x',
    '<!DOC',
    '<a b="',
    '<:',
    '<1>',
  ]
  function* randomDocuments(count: number): Generator<string> {
    let seed = 0x5eed
    const next = (n: number): number => {
      seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0
      return seed % n
    }
    for (let i = 0; i < count; i++) {
      const parts: string[] = []
      const length = 1 + next(24)
      for (let j = 0; j < length; j++) parts.push(FRAGMENTS[next(FRAGMENTS.length)] ?? '')
      yield parts.join('')
    }
  }
  it('5000 random fragment soups: each parses or fails with an XmlError', () => {
    const untyped: string[] = []
    for (const doc of randomDocuments(5000)) {
      try {
        parseXmlDocument(doc)
      } catch (error) {
        if (!(error instanceof XmlError)) untyped.push(`${JSON.stringify(doc)}: ${String(error)}`)
      }
    }
    expect(untyped).toEqual([])
  })
})
