import { describe, expect, it } from 'vitest'
import { buildPush, parsePush } from '../../../src/core/protocol/catalog'
import { renderPlainBody } from '../../../src/core/protocol/push-body'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import { expectCatalogError, testContext } from './helpers'

const HEAD =
  '<ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o1]]></FromUserName><CreateTime>1</CreateTime>'
const push = (inner: string) => parseWechatXml(`<xml>${HEAD}${inner}</xml>`)
const event = (name: string, inner = '') =>
  push(`<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[${name}]]></Event>${inner}`)

describe('parsePush tells types apart (protocol.md §6)', () => {
  it.each([
    ['qrscene_123', 'event.subscribe.qrscene'],
    ['qrscene_', 'event.subscribe.qrscene'],
    ['', 'event.subscribe'],
    ['scene_123', 'event.subscribe'],
  ])('subscribe with EventKey "%s" is %s', (key, typeId) => {
    const nodes = event('subscribe', `<EventKey><![CDATA[${key}]]></EventKey>`)
    expect(parsePush(nodes).typeId).toBe(typeId)
  })

  it('subscribe without EventKey (the doc sample) is plain subscribe', () => {
    expect(parsePush(event('subscribe')).typeId).toBe('event.subscribe')
  })

  it('SCAN stays SCAN whatever its EventKey', () => {
    const nodes = event('SCAN', '<EventKey><![CDATA[qrscene_1]]></EventKey><Ticket>t</Ticket>')
    expect(parsePush(nodes).typeId).toBe('event.SCAN')
  })

  it('event names are case-sensitive', () => {
    const error = expectCatalogError(() => parsePush(event('scan')), 'catalog-push-unrecognised')
    expect(error.detail).toMatchObject({ msgType: 'event', event: 'scan' })
  })

  it('an unknown MsgType is unrecognised', () => {
    expectCatalogError(
      () => parsePush(push('<MsgType><![CDATA[music]]></MsgType>')),
      'catalog-push-unrecognised',
    )
  })

  it('no MsgType, or an event without Event, cannot be identified', () => {
    expectCatalogError(() => parsePush(push('')), 'catalog-msgtype-missing')
    expectCatalogError(
      () => parsePush(push('<MsgType><![CDATA[event]]></MsgType>')),
      'catalog-event-missing',
    )
  })
})

describe('parsePush is tolerant of what it does not know', () => {
  it('reports unknown elements at any depth without failing', () => {
    const parsed = parsePush(
      event(
        'pic_weixin',
        '<EventKey>6</EventKey><Extra>1</Extra><SendPicsInfo><Count>1</Count><PicList><item><PicMd5Sum>a</PicMd5Sum><Size>9</Size></item><other>x</other></PicList></SendPicsInfo>',
      ),
    )
    expect(parsed.typeId).toBe('event.pic_weixin')
    expect(parsed.unknownFields.map((u) => [u.path, u.reason])).toEqual([
      ['Extra', 'not-in-catalog'],
      ['SendPicsInfo.PicList[0].Size', 'not-in-catalog'],
      ['SendPicsInfo.PicList.other', 'not-in-catalog'],
    ])
    expect(parsed.values.SendPicsInfo).toEqual({ Count: '1', PicList: [{ PicMd5Sum: 'a' }] })
    expect(parsed.unknownFields[0]?.node).toEqual({ name: 'Extra', text: '1', cdata: false })
  })

  it('reports repeated and mis-shaped elements, and keeps the first good value', () => {
    const parsed = parsePush(
      push(
        '<MsgType>text</MsgType><MsgType>image</MsgType><Content><b>x</b></Content><Content>hi</Content><MsgId>1</MsgId><MsgId>2</MsgId>',
      ),
    )
    expect(parsed.typeId).toBe('text')
    expect(parsed.values).toMatchObject({ Content: 'hi', MsgId: '1' })
    expect(parsed.unknownFields.map((u) => [u.path, u.reason])).toEqual([
      ['MsgType', 'duplicate'],
      ['Content', 'unexpected-shape'],
      ['MsgId', 'duplicate'],
    ])
  })

  it('reports missing required elements as null values, which buildPush then refuses', () => {
    const parsed = parsePush(
      parseWechatXml('<xml><MsgType><![CDATA[image]]></MsgType><PicUrl>u</PicUrl></xml>'),
    )
    expect(parsed.missingFields).toEqual([
      'ToUserName',
      'FromUserName',
      'CreateTime',
      'MsgId',
      'MediaId',
    ])
    expect(parsed.values).toEqual({ PicUrl: 'u', MsgId: null, MediaId: null })
    expectCatalogError(
      () => buildPush(parsed.typeId, parsed.values, testContext()),
      'catalog-required-missing',
    )
  })

  it('treats the Encrypt of a compatible-mode body as an extra element', () => {
    const parsed = parsePush(
      push(
        '<MsgType><![CDATA[text]]></MsgType><Content>a</Content><MsgId>1</MsgId><Encrypt>e</Encrypt>',
      ),
    )
    expect(parsed.unknownFields.map((u) => u.path)).toEqual(['Encrypt'])
  })

  it('reports the element order it saw', () => {
    const parsed = parsePush(
      push(
        '<MsgType>voice</MsgType><Recognition></Recognition><MsgId>1</MsgId><Format>amr</Format><MediaId>m</MediaId>',
      ),
    )
    expect(parsed.order).toEqual(['Recognition', 'MsgId', 'Format', 'MediaId'])
  })

  it('reads an empty list and rebuilds it', () => {
    const nodes = buildPush('event.pic_sysphoto', { SendPicsInfo: { PicList: [] } }, testContext())
    const body = renderPlainBody(nodes)
    expect(body).toContain('<SendPicsInfo><Count>0</Count>\n<PicList>\n</PicList>\n</SendPicsInfo>')
    const parsed = parsePush(parseWechatXml(body))
    expect(parsed.values.SendPicsInfo).toEqual({ Count: '0', PicList: [] })
    expect(parsed.unknownFields).toEqual([])
  })
})
