/** The explanations name the push deadline in force, not always WeChat's 5 s. */
import { describe, expect, it } from 'vitest'
import { deadlineSeconds, namesDeadline, withDeadline } from '../../../src/shared/explain/deadline'
import { REPLY_PROBLEM_TEXT } from '../../../src/shared/explain/reply-problems'
import { VERIFY_TEXT } from '../../../src/shared/explain/verify-problems'

describe('the deadline in words', () => {
  it.each([
    ['reply-timeout', REPLY_PROBLEM_TEXT['reply-timeout']],
    ['verify timeout', VERIFY_TEXT.timeout],
  ])('%s names the deadline in both languages (so the limit in force can be said)', (_n, text) => {
    expect(namesDeadline(text.zh.title)).toBe(true)
    expect(namesDeadline(text.en.title)).toBe(true)
  })

  it('substitutes the limit in force and leaves WeChat’s alone', () => {
    const en = VERIFY_TEXT.timeout.en
    expect(withDeadline(en, 5000)).toBe(en)
    expect(withDeadline(en, 2000).title).toBe('No answer within 2 s')
    expect(withDeadline(en, 2500).explanation).toBe('WeChat gives up after 2.5 seconds.')
    expect(withDeadline(VERIFY_TEXT.timeout.zh, 8000).title).toBe('8 秒内没有响应')
  })

  it('leaves other numbers alone', () => {
    const text = { title: '15 s, 5 seconds, 0.5 s', explanation: '', fix: '' }
    expect(withDeadline(text, 3000).title).toBe('15 s, 3 seconds, 0.5 s')
    expect(deadlineSeconds(800)).toBe('0.8')
  })
})
