/** What a custom-menu tap sends, including the picker's follow-up message (protocol.md §6). */
import { describe, expect, it } from 'vitest'
import { menuFollowUp, menuPush } from '../../../../src/renderer/src/features/phone/menu-events'

const place = { lat: '22.5', lng: '113.9', scale: '15', label: '深圳' }

describe('menu taps', () => {
  it('a location picker reports the place in SendLocationInfo, then sends it as a message', () => {
    const button = { type: 'location_select', name: '位置', key: 'rselfmenu_2_0' }
    expect(menuPush(button, place)).toEqual({
      typeId: 'event.location_select',
      values: {
        EventKey: 'rselfmenu_2_0',
        SendLocationInfo: {
          Location_X: '22.5',
          Location_Y: '113.9',
          Scale: '15',
          Label: '深圳',
          Poiname: '',
        },
      },
    })
    expect(menuFollowUp(button, place)).toEqual({
      typeId: 'location',
      values: { Location_X: '22.5', Location_Y: '113.9', Scale: '15', Label: '深圳' },
    })
  })

  it.each(['pic_sysphoto', 'pic_photo_or_album', 'pic_weixin'])(
    'a %s tap is followed by the photo as an image message',
    (type) => {
      expect(menuFollowUp({ type, name: 'p', key: 'k' }, place)).toEqual({
        typeId: 'image',
        values: {},
      })
    },
  )

  it.each(['click', 'view', 'scancode_push', 'scancode_waitmsg'])(
    'a %s tap sends its event only',
    (type) => {
      expect(menuFollowUp({ type, name: 'b', key: 'k', url: 'http://x/' }, place)).toBeUndefined()
    },
  )

  it('a mini-program button sends event.view_miniprogram with the page path', () => {
    expect(menuPush({ type: 'miniprogram', name: 'm', pagepath: 'pages/index/index' })).toEqual({
      typeId: 'event.view_miniprogram',
      values: { EventKey: 'pages/index/index' },
    })
  })
})
