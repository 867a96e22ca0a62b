import { describe, expect, it } from 'vitest'
import {
  renderTemplate,
  templateKeys,
} from '../../../src/core/platform/api/messaging/render-template'

const CONTENT = '{{first.DATA}}\n支付金额：{{orderMoneySum.DATA}}\n{{Remark.DATA}}'

describe('renderTemplate (docs/api-messaging.md)', () => {
  it('fills each placeholder with data.key.value, one line per content line', () => {
    const lines = renderTemplate(CONTENT, {
      first: { value: '已收到货款', color: '#173177' },
      orderMoneySum: { value: '30.00元' },
      Remark: { value: '谢谢' },
    })
    expect(lines).toEqual(['已收到货款', '支付金额：30.00元', '谢谢'])
  })

  it('shows missing keys blank and ignores keys the template lacks', () => {
    const lines = renderTemplate(CONTENT, { orderMoneySum: { value: 12 }, extra: { value: 'x' } })
    expect(lines).toEqual(['', '支付金额：12', ''])
  })

  it('reads malformed entries as blank', () => {
    expect(renderTemplate('{{a.DATA}}|{{b.DATA}}', { a: 'plain', b: { value: null } })).toEqual([
      '|',
    ])
  })

  it('lists the keys a content names', () => {
    expect(templateKeys(CONTENT)).toEqual(['first', 'orderMoneySum', 'Remark'])
  })
})
