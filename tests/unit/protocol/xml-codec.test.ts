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
  it('keeps 64-bit ids as exact strings (spec §0 #2)', () => {
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
