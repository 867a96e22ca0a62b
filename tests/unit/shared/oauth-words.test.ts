/**
 * The words the inspector and the platform's pages share cover every code they can meet: every
 * errcode the mock answers and every number WeChat's authorize page shows has a meaning in both
 * languages; every OAuth finding (protocol rules and the platform's own) has words and a section;
 * the platform's pages still read the moved tables.
 */
import { describe, expect, it } from 'vitest'
import { ERRMSG } from '../../../src/core/platform/http/errcodes'
import { OAUTH_PAGE_TEXT, WECHAT_PAGE_LINES } from '../../../src/shared/explain/oauth-page-texts'
import {
  OAUTH_OUTCOME_TEXT,
  oauthFindingSpec,
  oauthFindingText,
} from '../../../src/shared/explain/oauth-findings'
import { PLATFORM_NOTE_TEXT } from '../../../src/shared/explain/platform-notes'
import { errcodeText, WECHAT_ERRCODE_TEXT } from '../../../src/shared/explain/wechat-errcodes'
import { OAUTH_PROBLEM_CODES } from '../../../src/shared/model/oauth-problem-codes'
import { pageFinding } from '../../../src/core/platform/oauth/findings'

const filled = (text: string | undefined) => typeof text === 'string' && text.trim().length > 0

describe('errcode meanings', () => {
  it.each(Object.keys(ERRMSG).map(Number))('errcode %i has a meaning in zh and en', (code) => {
    expect(filled(errcodeText(code, 'zh')?.meaning)).toBe(true)
    expect(filled(errcodeText(code, 'en')?.meaning)).toBe(true)
  })

  it.each(Object.keys(WECHAT_PAGE_LINES).map(Number))(
    'the authorize page’s %i reads as WeChat’s page does',
    (code) => {
      expect(errcodeText(code, 'zh')?.meaning).toBe(WECHAT_PAGE_LINES[code]!.zh)
      expect(errcodeText(code, 'en')?.meaning).toBe(WECHAT_PAGE_LINES[code]!.en)
    },
  )

  it('explains the codes of web authorization with a fix, in both languages', () => {
    for (const code of [10003, 40029, 40163, 42003, 42001, 48001, 40030, 42002]) {
      for (const lang of ['zh', 'en'] as const) {
        const text = WECHAT_ERRCODE_TEXT[code]![lang]
        expect(filled(text.explanation), `${code} ${lang}`).toBe(true)
        expect(filled(text.fix), `${code} ${lang}`).toBe(true)
      }
    }
    expect(errcodeText(40163, 'en')?.explanation).toContain('connect_redirect=1')
    expect(errcodeText(123456, 'en')).toBeUndefined()
  })
})

describe('OAuth findings', () => {
  it.each([...OAUTH_PROBLEM_CODES, ...Object.keys(OAUTH_PAGE_TEXT)])(
    '%s has words and a section of the protocol notes',
    (code) => {
      const text = oauthFindingText(code)
      for (const lang of ['zh', 'en'] as const) {
        expect(filled(text?.[lang].title)).toBe(true)
        expect(filled(text?.[lang].fix)).toBe(true)
      }
      expect(oauthFindingSpec(code)).toMatch(/^§\d/)
    },
  )

  it('knows nothing of a code no version made', () => {
    expect(oauthFindingText('no-such-code')).toBeUndefined()
    expect(oauthFindingSpec('no-such-code')).toBeUndefined()
  })

  it('the platform’s pages word their own findings from the shared table', () => {
    expect(pageFinding('appid-unknown').text).toBe(OAUTH_PAGE_TEXT['appid-unknown'])
  })

  it('every outcome and platform note is worded in both languages', () => {
    for (const table of [OAUTH_OUTCOME_TEXT, PLATFORM_NOTE_TEXT]) {
      for (const entry of Object.values(table)) {
        for (const lang of ['zh', 'en'] as const) {
          expect(filled(entry[lang].title) && filled(entry[lang].explanation)).toBe(true)
          expect(filled(entry[lang].fix)).toBe(true)
        }
      }
    }
  })
})
