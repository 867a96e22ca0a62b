/** The phone's pure helpers: WeChat's text links, and what a menu tap sends. */
import { describe, expect, it } from 'vitest'
import { splitWechatText } from '../../../src/renderer/src/features/phone/rich-text'
import { menuPush, subButtons } from '../../../src/renderer/src/features/phone/menu-events'

describe('splitWechatText', () => {
  it.each([
    ['plain text', 'hello', [{ text: 'hello' }]],
    [
      'an <a href> link, as WeChat renders it',
      'see <a href="https://mp.weixin.qq.com/">docs</a> now',
      [{ text: 'see ' }, { text: 'docs', href: 'https://mp.weixin.qq.com/' }, { text: ' now' }],
    ],
    [
      'a bare URL',
      'go http://127.0.0.1:5176/oauth then',
      [
        { text: 'go ' },
        { text: 'http://127.0.0.1:5176/oauth', href: 'http://127.0.0.1:5176/oauth' },
        { text: ' then' },
      ],
    ],
    [
      'a javascript: link stays text',
      '<a href="javascript:alert(1)">x</a>',
      [{ text: '<a href="javascript:alert(1)">x</a>' }],
    ],
    ['other tags stay text', '<b>bold</b>', [{ text: '<b>bold</b>' }]],
  ])('%s', (_label, input, parts) => {
    expect(splitWechatText(input)).toEqual(parts)
  })
})

describe('menuPush', () => {
  it.each([
    [
      { type: 'click', name: 'A', key: 'K1' },
      { typeId: 'event.CLICK', values: { EventKey: 'K1' } },
    ],
    [
      { type: 'view', name: 'B', url: 'http://x.test/' },
      { typeId: 'event.VIEW', values: { EventKey: 'http://x.test/' } },
    ],
    [
      { type: 'scancode_push', name: 'C', key: 'S' },
      { typeId: 'event.scancode_push', values: { EventKey: 'S' } },
    ],
    [
      { type: 'pic_weixin', name: 'D', key: 'P' },
      { typeId: 'event.pic_weixin', values: { EventKey: 'P' } },
    ],
    [
      { type: 'location_select', name: 'E', key: 'L' },
      { typeId: 'event.location_select', values: { EventKey: 'L' } },
    ],
    [{ type: 'media_id', name: 'F', key: 'M' }, undefined],
    [{ name: 'parent' }, undefined],
  ])('%j → %j', (button, expected) => {
    expect(menuPush(button)).toEqual(expected)
  })

  it('reads sub-buttons as created (array) and as returned by menu/get ({ list })', () => {
    const item = { type: 'click', name: 'x', key: 'k' }
    expect(subButtons({ name: 'p', sub_button: [item] })).toEqual([item])
    expect(subButtons({ name: 'p', sub_button: { list: [item] } })).toEqual([item])
    expect(subButtons({ name: 'p' })).toEqual([])
  })
})
