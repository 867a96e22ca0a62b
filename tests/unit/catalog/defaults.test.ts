import { describe, expect, it } from 'vitest'
import { buildPush, listCatalog, parsePush } from '../../../src/core/protocol/catalog'
import { renderPlainBody } from '../../../src/core/protocol/push-body'
import { seededRandom } from '../../../src/core/runtime/random'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import { childText, isGroupNode } from '../../../src/core/protocol/xml-node'
import type { XmlGroupNode } from '../../../src/core/protocol/xml-node'
import { testContext } from './helpers'

const catalog = listCatalog()

describe('buildPush with no values builds a valid push of every type', () => {
  it.each(catalog)('$id', (entry) => {
    const nodes = buildPush(entry.id, {}, testContext())
    const header = ['ToUserName', 'FromUserName', 'CreateTime', 'MsgType']
    if (entry.event !== undefined) header.push('Event')
    expect(nodes.slice(0, header.length).map((n) => n.name)).toEqual(header)
    expect(childText(nodes, 'MsgType')).toBe(entry.msgType)
    expect(childText(nodes, 'CreateTime')).toBe('1668869541')

    const parsed = parsePush(parseWechatXml(renderPlainBody(nodes)))
    expect(parsed.typeId).toBe(entry.id)
    expect(parsed.unknownFields).toEqual([])
    expect(parsed.missingFields).toEqual([])
    // The defaults pass the same format checks as given values.
    const again = buildPush(entry.id, parsed.values, testContext())
    expect(again).toEqual(nodes)
  })
})

describe('defaults follow real pushes', () => {
  const names = (typeId: string) =>
    buildPush(typeId, {}, testContext())
      .slice(4)
      .map((n) => n.name)

  it('image carries PicUrl, MsgId, MediaId in that order (protocol.md §4.3)', () => {
    expect(names('image')).toEqual(['PicUrl', 'MsgId', 'MediaId'])
  })

  it('voice carries an empty Recognition after MsgId (protocol.md §0 #9, §4.3)', () => {
    const nodes = buildPush('voice', {}, testContext())
    expect(nodes.slice(4).map((n) => n.name)).toEqual(['MediaId', 'Format', 'MsgId', 'Recognition'])
    expect(nodes.at(-1)).toEqual({ name: 'Recognition', text: '', cdata: true })
  })

  it('subscribe and unsubscribe carry an empty EventKey (protocol.md §0 #9)', () => {
    for (const typeId of ['event.subscribe', 'event.unsubscribe']) {
      expect(buildPush(typeId, {}, testContext()).at(-1)).toEqual({
        name: 'EventKey',
        text: '',
        cdata: true,
      })
    }
  })

  it('null leaves an optional element out; optional MsgDataId/Idx appear only when given', () => {
    expect(names('text')).toEqual(['Content', 'MsgId'])
    expect(
      buildPush('voice', { Recognition: null }, testContext()).map((n) => n.name),
    ).not.toContain('Recognition')
    const withArticle = buildPush('text', { MsgDataId: '2247483655', Idx: '1' }, testContext())
    expect(withArticle.slice(4).map((n) => n.name)).toEqual([
      'Content',
      'MsgId',
      'MsgDataId',
      'Idx',
    ])
  })

  it('numbers are bare and strings CDATA, except inside SendLocationInfo (protocol.md §4.3)', () => {
    const location = buildPush('location', {}, testContext())
    expect(location.find((n) => n.name === 'Location_X')).toMatchObject({ cdata: false })
    expect(location.find((n) => n.name === 'Label')).toMatchObject({ cdata: true })
    const select = buildPush('event.location_select', {}, testContext())
    const info = select.find((n) => n.name === 'SendLocationInfo') as XmlGroupNode
    for (const child of info.children) expect(child).toMatchObject({ cdata: true })
  })

  it('counts its list: SendPicsInfo/Count is the number of PicList items', () => {
    const pics = [{ PicMd5Sum: 'a' }, { PicMd5Sum: 'b' }, {}]
    const nodes = buildPush(
      'event.pic_sysphoto',
      { SendPicsInfo: { PicList: pics } },
      testContext(),
    )
    const info = nodes.find((n) => n.name === 'SendPicsInfo') as XmlGroupNode
    expect(childText(info.children, 'Count')).toBe('3')
    const list = info.children.find((n) => n.name === 'PicList') as XmlGroupNode
    expect(
      list.children.map((c) => (isGroupNode(c) ? childText(c.children, 'PicMd5Sum') : '')),
    ).toEqual(['a', 'b', expect.stringMatching(/^[0-9a-f]{32}$/) as unknown])
  })

  it('builds PicUrl on the given media base, loopback by default', () => {
    expect(childText(buildPush('image', {}, testContext()), 'PicUrl')).toMatch(
      /^http:\/\/127\.0\.0\.1\/mmbiz_jpg\/[A-Za-z0-9]{40}\/0$/,
    )
    const ctx = testContext({ mediaBaseUrl: 'http://127.0.0.1:4100' })
    expect(childText(buildPush('image', {}, ctx), 'PicUrl')).toMatch(
      /^http:\/\/127\.0\.0\.1:4100\//,
    )
  })

  it('takes CreateTime from a clock function, whole seconds', () => {
    const nodes = buildPush('text', {}, testContext({ now: () => 1668869541.9 }))
    expect(childText(nodes, 'CreateTime')).toBe('1668869541')
  })

  it('is reproducible with the same seed and differs with another', () => {
    const build = (seed: string) =>
      catalog.map((e) =>
        renderPlainBody(buildPush(e.id, {}, testContext({ random: seededRandom(seed) }))),
      )
    expect(build('a')).toEqual(build('a'))
    expect(build('a')).not.toEqual(build('b'))
  })
})
