import { describe, expect, it } from 'vitest'
import { buildPush, parsePush } from '../../../src/core/protocol/catalog'
import { renderPlainBody } from '../../../src/core/protocol/push-body'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import { childText } from '../../../src/core/protocol/xml-node'
import { expectCatalogError, testContext } from './helpers'

const TWO_53 = 2n ** 53n
// Real 64-bit ids from protocol.md §1 and §13: JS Number turns the first into 6054768590064714000.
const BIG = '6054768590064713728'
const UINT64_MAX = '18446744073709551615'

describe('MsgId stays a 64-bit string (protocol.md §0 #2, §13)', () => {
  it('survives build → render → parse above 2^53', () => {
    expect(BigInt(BIG) > TWO_53).toBe(true)
    expect(String(Number(BIG))).not.toBe(BIG) // the trap this guards against
    const body = renderPlainBody(buildPush('text', { Content: 'hi', MsgId: BIG }, testContext()))
    expect(body).toContain(`<MsgId>${BIG}</MsgId>`)
    const parsed = parsePush(parseWechatXml(body))
    expect(parsed.values.MsgId).toBe(BIG)
  })

  it('keeps a 19-digit template MsgID exactly', () => {
    const id = '2702600966117900288'
    const nodes = buildPush('event.TEMPLATESENDJOBFINISH', { MsgID: id }, testContext())
    expect(childText(nodes, 'MsgID')).toBe(id)
  })

  it('accepts 2^64-1 and refuses 2^64', () => {
    expect(childText(buildPush('text', { MsgId: UINT64_MAX }, testContext()), 'MsgId')).toBe(
      UINT64_MAX,
    )
    const error = expectCatalogError(
      () => buildPush('text', { MsgId: '18446744073709551616' }, testContext()),
      'catalog-value-out-of-range',
    )
    expect(error.detail.field).toBe('MsgId')
  })

  it('refuses a MsgId given as a JS number', () => {
    const values = JSON.parse(`{"MsgId": ${BIG}}`) as Record<string, string>
    expectCatalogError(() => buildPush('text', values, testContext()), 'catalog-value-wrong-shape')
  })

  it('generates MsgIds above 2^53, as strings of 17 digits like real ones', () => {
    const ctx = testContext()
    for (let i = 0; i < 20; i++) {
      const id = childText(buildPush('image', {}, ctx), 'MsgId')!
      expect(id).toMatch(/^2\d{16}$/)
      expect(BigInt(id) > TWO_53).toBe(true)
    }
  })

  it('generates 19-digit template MsgIDs below 2^63', () => {
    const id = childText(buildPush('event.TEMPLATESENDJOBFINISH', {}, testContext()), 'MsgID')!
    expect(id).toMatch(/^\d{19}$/)
    expect(BigInt(id) < 2n ** 63n).toBe(true)
  })
})
