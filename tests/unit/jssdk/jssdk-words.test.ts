/** Every JS-SDK verdict code has words in both languages (src/shared/explain/jssdk-problems.ts). */
import { describe, expect, it } from 'vitest'
import {
  JSSDK_DENIAL_TEXT,
  JSSDK_PROBLEM_TEXT,
  JSSDK_SIGNED_TEXT,
} from '../../../src/shared/explain/jssdk-problems'
import type { Explanation } from '../../../src/shared/explain/types'
import {
  JSSDK_CALL_DENIALS,
  JSSDK_CONFIG_PROBLEMS,
  JSSDK_SIGNATURE_MATCHES,
} from '../../../src/shared/model/jssdk-codes'

const entries: [string, Explanation | undefined][] = [
  ...Object.keys(JSSDK_CONFIG_PROBLEMS).map((code): [string, Explanation | undefined] => [
    code,
    JSSDK_PROBLEM_TEXT[code as keyof typeof JSSDK_PROBLEM_TEXT],
  ]),
  ...JSSDK_SIGNATURE_MATCHES.filter((m) => m !== 'page-url').map(
    (code): [string, Explanation | undefined] => [code, JSSDK_SIGNED_TEXT[code]],
  ),
  ...Object.keys(JSSDK_CALL_DENIALS).map((code): [string, Explanation | undefined] => [
    code,
    JSSDK_DENIAL_TEXT[code as keyof typeof JSSDK_DENIAL_TEXT],
  ]),
]

describe('JS-SDK words', () => {
  it.each(entries)('%s: title, explanation and fix in zh-CN and English', (_code, text) => {
    expect(text).toBeDefined()
    for (const lang of ['zh', 'en'] as const) {
      const words = text?.[lang]
      expect(words?.title.trim()).not.toBe('')
      expect(words?.explanation.trim()).not.toBe('')
      expect(words?.fix.trim()).not.toBe('')
    }
    expect(text?.zh.title).toMatch(/[\u4e00-\u9fff]/)
  })

  it('quotes WeChat’s errMsg in each config problem’s title', () => {
    for (const [code, errMsg] of Object.entries(JSSDK_CONFIG_PROBLEMS)) {
      const text = JSSDK_PROBLEM_TEXT[code as keyof typeof JSSDK_PROBLEM_TEXT]
      expect(text.en.title).toContain(errMsg)
      expect(text.zh.title).toContain(errMsg)
    }
  })
})
