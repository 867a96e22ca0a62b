/** Problem facts in words (labels, worded hints) and the fix narrowed to the identified case. */
import type { TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { inspectorT } from './inspector-t'
import { caseText, factLines } from '../../../../src/renderer/src/features/inspector/problem-facts'
import { REPLY_PROBLEM_TEXT } from '../../../../src/shared/explain/reply-problems'

let en: TFunction<'inspector'>
let zh: TFunction<'inspector'>

beforeAll(async () => {
  ;({ en, zh } = await inspectorT())
})

describe('factLines', () => {
  it('labels every key and words the hint, in both languages', () => {
    const facts = { status: 415, bodyKind: 'json', hint: 'unsupported-media-type' }
    const lines = factLines(facts, en)
    expect(lines.map((l) => l.label)).toEqual(['HTTP status', 'Body looks like', 'Likely cause'])
    expect(lines[2]!.value).toContain('Unsupported Media Type')
    expect(lines[2]!.worded).toBe(true)
    expect(factLines(facts, zh).map((l) => l.label)).toEqual([
      'HTTP 状态码',
      '响应内容类型',
      '可能原因',
    ])
  })

  it('labels the To/From swap facts, never by their key', () => {
    const keys = ['gotTo', 'gotFrom', 'expectedTo', 'expectedFrom']
    for (const t of [en, zh]) {
      for (const line of factLines(Object.fromEntries(keys.map((k) => [k, 'x'])), t)) {
        expect(line.label).not.toBe(line.key)
      }
    }
  })

  it('spaces an unknown key rather than showing it in camelCase', () => {
    expect(factLines({ someNewKey: 1 }, en)[0]!.label).toBe('some new key')
  })
})

describe('caseText', () => {
  const generic = REPLY_PROBLEM_TEXT['http-status-not-ok'].en

  it('gives a 415 the 415 fix only', () => {
    const text = caseText(
      'http-status-not-ok',
      generic,
      [{ status: 415, hint: 'unsupported-media-type' }],
      en,
    )
    expect(text.fix).toContain('text/xml')
    expect(text.fix).not.toMatch(/csrf|404|405|5xx/i)
    expect(text.explanation).toBe(generic.explanation)
  })

  it('gives a CSRF page the CSRF fix, a bare status its own advice', () => {
    expect(
      caseText('http-status-not-ok', generic, [{ status: 403, hint: 'django-csrf' }], en).fix,
    ).toContain('@csrf_exempt')
    expect(caseText('http-status-not-ok', generic, [{ status: 418 }], en).fix).toContain('418')
    expect(caseText('http-status-not-ok', generic, [{ status: 404 }], zh).fix).toContain('路由')
  })

  it('keeps the shared text for other codes', () => {
    const text = REPLY_PROBLEM_TEXT['field-missing'].en
    expect(caseText('field-missing', text, [{ field: 'MsgType' }], en)).toBe(text)
  })
})
