/** When ‹ and › are enabled in the phone browser (features/phone-browser/frame-history.ts). */
import { describe, expect, it } from 'vitest'
import {
  canGoBack,
  canGoForward,
  EMPTY_HISTORY,
  expectMove,
  pageReported,
  startHistory,
} from '../../../../src/renderer/src/features/phone-browser/frame-history'

const A = 'http://127.0.0.1:41001/oauth'
const B = 'http://127.0.0.1:41002/connect/oauth2/authorize?appid=wx1'
const C = 'http://127.0.0.1:41001/oauth/profile'

describe('frame history', () => {
  it('nothing to go back or forward to before a page, nor on the first page', () => {
    expect(canGoBack(EMPTY_HISTORY)).toBe(false)
    expect(canGoForward(EMPTY_HISTORY)).toBe(false)
    const first = pageReported(startHistory(A), A)
    expect(canGoBack(first)).toBe(false)
    expect(canGoForward(first)).toBe(false)
  })

  it('a walk forward, ‹ twice, then a new page drops what was ahead', () => {
    let h = pageReported(pageReported(pageReported(startHistory(A), A), B), C)
    expect(h.entries).toEqual([A, B, C])
    expect(canGoBack(h)).toBe(true)
    h = pageReported(expectMove(h, 'back'), B)
    expect(h.index).toBe(1)
    expect(canGoForward(h)).toBe(true)
    h = pageReported(expectMove(h, 'back'), A)
    expect(canGoBack(h)).toBe(false)
    h = pageReported(expectMove(h, 'forward'), B)
    expect(h.index).toBe(1)
    h = pageReported(h, C.replace('profile', 'elsewhere'))
    expect(h.entries).toEqual([A, B, C.replace('profile', 'elsewhere')])
    expect(canGoForward(h)).toBe(false)
  })

  it('a title change or a reload of the same address is no step', () => {
    const h = pageReported(pageReported(startHistory(A), A), A)
    expect(h.entries).toEqual([A])
  })

  it('a link to the previous address without ‹ is a step forward, not a move back', () => {
    const h = pageReported(pageReported(startHistory(A), B), A)
    expect(h.entries).toEqual([A, B, A])
    expect(h.index).toBe(2)
  })

  it('stays bounded when a page pushes state in a loop', () => {
    let h = startHistory(A)
    for (let i = 0; i < 500; i += 1) h = pageReported(h, `${A}#${i}`)
    expect(h.entries.length).toBe(100)
    expect(h.index).toBe(99)
  })
})
