/** The native menu's language: the workspace setting wins, else any Chinese OS locale gives zh. */
import { describe, expect, it } from 'vitest'
import { MENU_TEXT, menuLang } from '../../../src/main/menu-text'

describe('menuLang', () => {
  it.each([
    ['zh-CN', 'en-US', 'zh'],
    ['en', 'zh-CN', 'en'],
    ['auto', 'zh-CN', 'zh'],
    ['auto', 'zh-TW', 'zh'],
    ['auto', 'ZH', 'zh'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'ja', 'en'],
    ['auto', '', 'en'],
  ] as const)('setting %s with OS locale "%s" → %s', (setting, locale, expected) => {
    expect(menuLang(setting, locale)).toBe(expected)
  })

  it('both languages name every item', () => {
    expect(Object.keys(MENU_TEXT.zh).sort()).toEqual(Object.keys(MENU_TEXT.en).sort())
    expect(MENU_TEXT.zh.importCaptures).toContain('抓包')
    expect(MENU_TEXT.en.importCaptures).toBe('Import Captures…')
  })
})
