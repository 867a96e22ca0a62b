import { describe, expect, it } from 'vitest'
import { previewPush } from '../../../src/core/engine/push-preview'
import { seededRandom } from '../../../src/core/runtime/random'
import type { Account } from '../../../src/shared/model/account'

const account = { originalId: 'gh_10f6c3c3ac5a' } as Account

describe('previewPush', () => {
  it('generates a PicUrl on the media base it is given', () => {
    const xml = previewPush(
      account,
      'o1',
      'image',
      {},
      1714112445,
      seededRandom('p'),
      'http://127.0.0.1:47001/',
    )
    expect(xml).toMatch(
      /<PicUrl><!\[CDATA\[http:\/\/127\.0\.0\.1:47001\/mmbiz_jpg\/\w+\/0\]\]><\/PicUrl>/,
    )
  })

  it('keeps the placeholder host without one', () => {
    const xml = previewPush(account, 'o1', 'image', {}, 1714112445, seededRandom('p'))
    expect(xml).toContain('<PicUrl><![CDATA[http://127.0.0.1/mmbiz_jpg/')
  })
})
