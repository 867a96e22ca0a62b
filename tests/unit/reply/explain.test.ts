import { describe, expect, it } from 'vitest'
import { REPLY_PROBLEM_TEXT } from '../../../src/shared/explain/reply-problems'
import {
  REPLY_PROBLEM_CODES,
  REPLY_PROBLEM_META,
} from '../../../src/shared/model/reply-problem-codes'

const CJK = /[\u4e00-\u9fff]/

describe('REPLY_PROBLEM_TEXT', () => {
  it('has exactly one entry per problem code', () => {
    expect(Object.keys(REPLY_PROBLEM_TEXT).sort()).toEqual([...REPLY_PROBLEM_CODES].sort())
  })

  it.each(REPLY_PROBLEM_CODES)('%s is explained in Chinese and English', (code) => {
    const { zh, en } = REPLY_PROBLEM_TEXT[code]
    for (const text of [zh.title, zh.explanation, zh.fix]) expect(text).toMatch(CJK)
    // English may quote the phone's Chinese tip in an explanation, never in the title.
    expect(en.title).not.toMatch(CJK)
    for (const text of [en.title, en.explanation, en.fix]) expect(text.trim()).not.toBe('')
  })

  it.each(REPLY_PROBLEM_CODES)('%s cites a spec section', (code) => {
    expect(REPLY_PROBLEM_META[code].spec).toMatch(/^§\d+(\.\d+)?$/)
  })
})
