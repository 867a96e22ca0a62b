/** Every skip reason has its words in both languages, for the Replay panel and the CLI. */
import { describe, expect, it } from 'vitest'
import { SKIP_REASONS } from '../../../src/shared/model/capture'
import { CAPTURE_SKIP_TEXT } from '../../../src/shared/explain/capture-skips'

describe('capture skip words', () => {
  it.each(SKIP_REASONS)('%s is worded in zh and en', (reason) => {
    const text = CAPTURE_SKIP_TEXT[reason]
    for (const lang of ['zh', 'en'] as const) {
      expect(text[lang].title.trim()).not.toBe('')
      expect(text[lang].explanation.trim()).not.toBe('')
      expect(text[lang].fix.trim()).not.toBe('')
    }
    expect(text.zh.title).toMatch(/[\u4e00-\u9fff]/)
    expect(text.en.title).not.toMatch(/[\u4e00-\u9fff]/)
  })
})
