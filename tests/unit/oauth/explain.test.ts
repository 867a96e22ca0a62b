import { describe, expect, it } from 'vitest'
import { OAUTH_PROBLEM_TEXT } from '../../../src/shared/explain/oauth-problems'
import { OAUTH_PROBLEM_CODES } from '../../../src/shared/model/oauth-problem-codes'

const CJK = /[\u4e00-\u9fff]/

describe('OAUTH_PROBLEM_TEXT', () => {
  it('has exactly one entry per problem code', () => {
    expect(Object.keys(OAUTH_PROBLEM_TEXT).sort()).toEqual([...OAUTH_PROBLEM_CODES].sort())
  })

  it.each(OAUTH_PROBLEM_CODES)('%s is explained in Chinese and English', (code) => {
    const { zh, en } = OAUTH_PROBLEM_TEXT[code]
    for (const text of [zh.title, zh.explanation, zh.fix]) expect(text).toMatch(CJK)
    // English may quote a Chinese-only UI label in a fix, never in the title.
    expect(en.title).not.toMatch(CJK)
    for (const text of [en.title, en.explanation, en.fix]) expect(text.trim()).not.toBe('')
  })
})
