import { describe, expect, it } from 'vitest'
import { checkMenu } from '../../../src/core/platform/api/menu-rules'

const click = (name = 'A', key = 'k') => ({ type: 'click', name, key })
const view = (url = 'https://example.com/', name = 'V') => ({ type: 'view', name, url })
const parent = (subs: unknown[], name = 'P') => ({ name, sub_button: subs })
const menu = (...button: unknown[]) => ({ button })

describe('checkMenu (protocol.md §10.5)', () => {
  it.each([
    ['button is not an array', { button: {} }, 47001, 'button'],
    ['no buttons', menu(), 40016, 'button'],
    ['four buttons', menu(click(), click(), click(), click()), 40016, 'button'],
    ['an unknown type', menu({ type: 'tap', name: 'A', key: 'k' }), 40017, 'button[0].type'],
    ['no type and no sub_button', menu({ name: 'A' }), 40017, 'button[0].type'],
    ['a 17-byte name', menu(click('a'.repeat(17))), 40018, 'button[0].name'],
    ['six Chinese chars (18 bytes)', menu(click('六个汉字六个')), 40018, 'button[0].name'],
    ['an empty name', menu(click('')), 40018, 'button[0].name'],
    ['a 129-byte key', menu(click('A', 'k'.repeat(129))), 40019, 'button[0].key'],
    ['a click without key', menu({ type: 'click', name: 'A' }), 40019, 'button[0].key'],
    ['a 1025-byte url', menu(view(`https://e.com/${'x'.repeat(1011)}`)), 40020, 'button[0].url'],
    [
      'a view whose url went into pagepath',
      menu({ type: 'view', name: 'V', pagepath: 'https://e.com' }),
      40020,
      'button[0].url',
    ],
    ['a relative url', menu(view('/page')), 40055, 'button[0].url'],
    ['an empty sub_button list', menu(parent([])), 40023, 'button[0].sub_button'],
    [
      'six sub-buttons',
      menu(parent([click(), click(), click(), click(), click(), click()])),
      40023,
      'button[0].sub_button',
    ],
    ['a third level', menu(parent([parent([click()])])), 40022, 'button[0].sub_button[0]'],
    [
      'a bad sub type',
      menu(parent([{ type: 'tap', name: 'x' }])),
      40024,
      'button[0].sub_button[0].type',
    ],
    [
      'a 61-byte sub name',
      menu(parent([click('n'.repeat(61))])),
      40025,
      'button[0].sub_button[0].name',
    ],
    [
      'a 129-byte sub key',
      menu(parent([click('A', 'k'.repeat(129))])),
      40026,
      'button[0].sub_button[0].key',
    ],
    [
      'a sub view without url',
      menu(parent([{ type: 'view', name: 'V' }])),
      40027,
      'button[0].sub_button[0].url',
    ],
    ['a relative sub url', menu(parent([view('page.html')])), 40054, 'button[0].sub_button[0].url'],
    ['a 17-byte parent name', menu(parent([click()], 'p'.repeat(17))), 40018, 'button[0].name'],
    [
      'a media_id button without media_id',
      menu({ type: 'media_id', name: 'M' }),
      40007,
      'button[0].media_id',
    ],
    [
      'a miniprogram without pagepath',
      menu({ type: 'miniprogram', name: 'W', url: 'http://a.b', appid: 'wx1' }),
      40097,
      'button[0].pagepath',
    ],
    [
      'an article_id button without article_id',
      menu({ type: 'article_id', name: 'R' }),
      40097,
      'button[0].article_id',
    ],
    ['a button that is not an object', menu('click'), 47001, 'button[0]'],
  ])('refuses %s with %i at %s', (_name, body, errcode, at) => {
    expect(checkMenu(body)).toMatchObject({ ok: false, errcode, at })
  })

  it('keeps only the fields a type uses, in WeChat order, with sub_button last', () => {
    const result = checkMenu(
      menu(
        { key: 'k', name: 'A', type: 'click', url: 'https://ignored.example/' },
        parent([{ type: 'media_id', name: 'M', media_id: 'MID', key: 'ignored' }]),
      ),
    )
    expect(result.ok && result.menu).toEqual({
      button: [
        { type: 'click', name: 'A', key: 'k', sub_button: [] },
        {
          name: 'P',
          sub_button: [{ type: 'media_id', name: 'M', media_id: 'MID', sub_button: [] }],
        },
      ],
    })
    if (result.ok)
      expect(Object.keys(result.menu.button[0] ?? {})).toEqual([
        'type',
        'name',
        'key',
        'sub_button',
      ])
  })

  it('accepts every documented type', () => {
    const all = [
      click(),
      { type: 'scancode_push', name: 's', key: 'k' },
      { type: 'scancode_waitmsg', name: 's', key: 'k' },
      { type: 'pic_sysphoto', name: 's', key: 'k' },
      { type: 'pic_photo_or_album', name: 's', key: 'k' },
      { type: 'pic_weixin', name: 's', key: 'k' },
      { type: 'location_select', name: 's', key: 'k' },
      view(),
      { type: 'media_id', name: 'm', media_id: 'M' },
      { type: 'view_limited', name: 'm', media_id: 'M' },
      { type: 'article_id', name: 'a', article_id: 'A' },
      { type: 'article_view_limited', name: 'a', article_id: 'A' },
      { type: 'miniprogram', name: 'w', url: 'http://a.b', appid: 'wx1', pagepath: 'p' },
    ]
    expect(
      checkMenu(menu(parent(all.slice(0, 5)), parent(all.slice(5, 10)), parent(all.slice(10)))).ok,
    ).toBe(true)
  })

  it('accepts a 60-byte sub name and a 1024-byte url with warnings (the docs disagree, protocol.md §13)', () => {
    const url = `https://e.com/${'x'.repeat(1010)}`
    const result = checkMenu(menu(parent([click('二'.repeat(20)), view(url)])))
    expect(result).toMatchObject({
      ok: true,
      warnings: [
        'sub-name-over-40-bytes:button[0].sub_button[0]',
        'url-over-256-bytes:button[0].sub_button[1]',
      ],
    })
  })

  it('treats a typed button with sub_buttons as a parent', () => {
    const result = checkMenu(menu({ type: 'click', name: 'P', key: 'k', sub_button: [click()] }))
    expect(result.ok && result.menu.button[0]).toEqual({
      name: 'P',
      sub_button: [{ type: 'click', name: 'A', key: 'k', sub_button: [] }],
    })
  })
})
