import { describe, expect, it } from 'vitest'
import { CATALOG_ERROR_TEXT } from '../../../src/shared/explain/catalog-errors'
import { CATALOG_ERROR_CODES } from '../../../src/shared/model/catalog-error-codes'

const CJK = /[\u4e00-\u9fff]/

describe('CATALOG_ERROR_TEXT', () => {
  it('has exactly one entry per catalogue error code', () => {
    expect(Object.keys(CATALOG_ERROR_TEXT).sort()).toEqual([...CATALOG_ERROR_CODES].sort())
  })

  it.each(CATALOG_ERROR_CODES)('%s is explained in Chinese and English', (code) => {
    const { zh, en } = CATALOG_ERROR_TEXT[code]
    for (const text of [zh.title, zh.explanation, zh.fix]) expect(text).toMatch(CJK)
    expect(en.title).not.toMatch(CJK)
    for (const text of [en.title, en.explanation, en.fix]) expect(text.trim()).not.toBe('')
  })
})
