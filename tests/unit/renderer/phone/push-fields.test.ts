/** Reading what the user sent back from a push's plain XML (features/phone/push-fields.ts). */
import { describe, expect, it } from 'vitest'
import { readPushFields } from '../../../../src/renderer/src/features/phone/push-fields'
import { readOutgoing } from '../../../../src/renderer/src/features/phone/outgoing'

describe('readPushFields', () => {
  it('reads CDATA strings and bare numbers', () => {
    const xml =
      '<xml><ToUserName><![CDATA[gh_1]]></ToUserName><CreateTime>1700000000</CreateTime>' +
      '<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[a < b & c]]></Content></xml>'
    const fields = readPushFields(xml)
    expect(fields.get('CreateTime')).toBe('1700000000')
    expect(fields.get('Content')).toBe('a < b & c')
  })

  it('keeps line breaks and leading spaces inside CDATA', () => {
    const fields = readPushFields('<xml><Content><![CDATA[  one\ntwo ]]></Content></xml>')
    expect(fields.get('Content')).toBe('  one\ntwo ')
  })

  it('joins split CDATA sections (how "]]>" is written inside CDATA)', () => {
    const xml = '<xml><Content><![CDATA[x]]]]><![CDATA[>y]]></Content></xml>'
    expect(readPushFields(xml).get('Content')).toBe('x]]>y')
  })

  it('is not fooled by a closing tag inside CDATA', () => {
    const xml = '<xml><Content><![CDATA[see </Content> here]]></Content><MsgId>1</MsgId></xml>'
    const fields = readPushFields(xml)
    expect(fields.get('Content')).toBe('see </Content> here')
    expect(fields.get('MsgId')).toBe('1')
  })

  it('decodes entities in text that is not CDATA', () => {
    expect(
      readPushFields('<xml><Label>A &amp; B &#x4E2D;&#25991;</Label></xml>').get('Label'),
    ).toBe('A & B 中文')
  })

  it('skips groups whole, so an inner Label does not count', () => {
    const xml =
      '<xml><MsgType><![CDATA[event]]></MsgType><SendLocationInfo><Label><![CDATA[inner]]></Label>' +
      '</SendLocationInfo><EventKey><![CDATA[k]]></EventKey></xml>'
    const fields = readPushFields(xml)
    expect(fields.has('Label')).toBe(false)
    expect(fields.has('SendLocationInfo')).toBe(false)
    expect(fields.get('EventKey')).toBe('k')
  })

  it('reads empty and self-closing elements as empty text', () => {
    const fields = readPushFields('<xml><EventKey><![CDATA[]]></EventKey><Poiname/></xml>')
    expect(fields.get('EventKey')).toBe('')
    expect(fields.get('Poiname')).toBe('')
  })

  it('gives nothing for text that is not a push', () => {
    expect(readPushFields('').size).toBe(0)
    expect(readPushFields('{"json":true}').size).toBe(0)
    expect(readPushFields('<xml><Content><![CDATA[never closed').size).toBe(0)
  })
})

describe('readOutgoing', () => {
  const push = (inner: string) => `<xml><ToUserName><![CDATA[gh]]></ToUserName>${inner}</xml>`

  it.each([
    [
      push('<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content>'),
      { kind: 'text', content: 'hi' },
    ],
    [
      push(
        '<MsgType><![CDATA[location]]></MsgType><Location_X>23.1</Location_X>' +
          '<Location_Y>113.3</Location_Y><Scale>20</Scale><Label><![CDATA[广州]]></Label>',
      ),
      { kind: 'location', label: '广州', lat: '23.1', lng: '113.3' },
    ],
    [
      push('<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event>'),
      { kind: 'event', event: 'subscribe' },
    ],
    [
      push(
        '<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]></Event>' +
          '<EventKey><![CDATA[V1001]]></EventKey>',
      ),
      { kind: 'event', event: 'CLICK', key: 'V1001' },
    ],
    [
      push('<MsgType><![CDATA[miniprogrampage]]></MsgType>'),
      { kind: 'unknown', msgType: 'miniprogrampage' },
    ],
  ])('%s', (xml, expected) => {
    expect(readOutgoing(xml)).toEqual(expected)
  })
})
