/**
 * Inline lists and repeated elements (PUBLISHJOBFINISH): items that sit directly in their parent,
 * next to other fields, rather than under a wrapper of `<item>`s.
 */
import { describe, expect, it } from 'vitest'
import { buildPush, listCatalog, parsePush } from '../../../src/core/protocol/catalog'
import { catalogEntrySchema } from '../../../src/shared/model/catalog-schema'
import type { PushValues } from '../../../src/core/protocol/catalog'
import { renderPlainBody } from '../../../src/core/protocol/push-body'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import { expectCatalogError, testContext } from './helpers'

const TYPE = 'event.PUBLISHJOBFINISH'
const info = (values: PushValues): PushValues => ({ PublishEventInfo: values })
/** The push in WeChat's layout, line breaks removed to compare nested elements on one line. */
const xmlOf = (values: PushValues) =>
  renderPlainBody(buildPush(TYPE, info(values), testContext())).replaceAll('\n', '')

describe('inline list (article_detail.item)', () => {
  it('writes each item in place after count, counted by default', () => {
    const xml = xmlOf({
      article_detail: {
        item: [
          { idx: '1', article_url: 'https://a' },
          { idx: '2', article_url: 'https://b' },
        ],
      },
    })
    expect(xml).toContain(
      '<article_detail><count>2</count><item><idx>1</idx><article_url><![CDATA[https://a]]></article_url></item>' +
        '<item><idx>2</idx><article_url><![CDATA[https://b]]></article_url></item></article_detail>',
    )
  })

  it('defaults to one item, and writes none for an empty list', () => {
    expect(xmlOf({})).toMatch(/<article_detail><count>1<\/count><item><idx>1<\/idx>/)
    expect(xmlOf({ article_detail: { item: [] } })).toContain(
      '<article_detail><count>0</count></article_detail>',
    )
  })

  it('refuses a count that disagrees with the items', () => {
    expectCatalogError(
      () => xmlOf({ article_detail: { count: '1', item: [{}, {}] } }),
      'catalog-count-mismatch',
    )
  })

  it('refuses an item that is not an object', () => {
    expectCatalogError(
      () => xmlOf({ article_detail: { item: ['x'] } }),
      'catalog-value-wrong-shape',
    )
  })
})

describe('repeated element (fail_idx)', () => {
  it('is left out by default and written once per value', () => {
    expect(xmlOf({})).not.toContain('fail_idx')
    const xml = xmlOf({ publish_status: '2', fail_idx: ['1', '2'] })
    expect(xml).toContain('</article_detail><fail_idx>1</fail_idx><fail_idx>2</fail_idx>')
  })

  it('checks the shape and format of every value', () => {
    expectCatalogError(() => xmlOf({ fail_idx: '1' }), 'catalog-value-wrong-shape')
    expectCatalogError(() => xmlOf({ fail_idx: ['1', 'x'] }), 'catalog-value-not-integer')
  })

  it('parses back to the same values and rebuilds the same push', () => {
    const values = info({
      publish_id: '1',
      publish_status: '4',
      article_id: 'A',
      article_detail: {
        count: '2',
        item: [
          { idx: '1', article_url: 'u1' },
          { idx: '2', article_url: 'u2' },
        ],
      },
      fail_idx: ['1', '2'],
    })
    const nodes = buildPush(TYPE, values, testContext())
    const parsed = parsePush(nodes)
    expect(parsed.values).toEqual(values)
    expect(parsed.unknownFields).toEqual([])
    expect(parsed.missingFields).toEqual([])
    const again = buildPush(
      TYPE,
      { ...parsed.values, CreateTime: parsed.header.CreateTime },
      testContext(),
    )
    expect(again).toEqual(nodes)
  })

  it('reports a repeated element of the wrong shape and keeps the others', () => {
    const nodes = buildPush(TYPE, info({ fail_idx: ['1'] }), testContext())
    const xml = renderPlainBody(nodes).replace(
      '<fail_idx>1</fail_idx>',
      '<fail_idx>1</fail_idx><fail_idx><x>2</x></fail_idx><fail_idx>3</fail_idx>',
    )
    const parsed = parsePush(parseWechatXml(xml))
    expect(parsed.values['PublishEventInfo']).toMatchObject({ fail_idx: ['1', '3'] })
    expect(parsed.unknownFields.map((u) => [u.path, u.reason])).toEqual([
      ['PublishEventInfo.fail_idx', 'unexpected-shape'],
    ])
  })
})

describe('the catalogue as the app receives it', () => {
  it('keeps the inline and repeated flags through the control API schema', () => {
    const entry = listCatalog().find((e) => e.id === TYPE)
    const parsed = catalogEntrySchema.parse(JSON.parse(JSON.stringify(entry)))
    const info = parsed.fields.find((f) => f.name === 'PublishEventInfo')
    const inner = info && 'fields' in info ? info.fields : []
    const detail = inner.find((f) => f.name === 'article_detail')
    const item =
      detail && 'fields' in detail ? detail.fields.find((f) => f.name === 'item') : undefined
    expect(item).toMatchObject({ kind: 'list', inline: true })
    expect(inner.find((f) => f.name === 'fail_idx')).toMatchObject({ repeated: true })
  })
})
