/** Readings of an address for the phone browser's screen (features/phone-browser/address.ts). */
import { describe, expect, it } from 'vitest'
import {
  hostOf,
  isPlainClick,
  lacksScheme,
} from '../../../../src/renderer/src/features/phone-browser/address'

describe('address helpers', () => {
  it.each([
    ['127.0.0.1:3000/oauth', true],
    ['example.com', true],
    ['//example.com/x', true],
    ['', true],
    ['http://127.0.0.1:3000/oauth', false],
    [' HTTPS://open.weixin.qq.com/ ', false],
    ['weixin://dl/business', false],
  ])('%j lacks a scheme: %s', (text, expected) => {
    expect(lacksScheme(text)).toBe(expected)
  })

  it('names the host (with its port) or keeps a text that is no address', () => {
    expect(hostOf('http://127.0.0.1:3000/oauth?x=1')).toBe('127.0.0.1:3000')
    expect(hostOf('https://open.weixin.qq.com/connect')).toBe('open.weixin.qq.com')
    expect(hostOf('not an address')).toBe('not an address')
  })

  it('takes only the plain primary click; modified and middle clicks keep the system’s meaning', () => {
    const plain = { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false }
    expect(isPlainClick(plain)).toBe(true)
    expect(isPlainClick({ ...plain, ctrlKey: true })).toBe(false)
    expect(isPlainClick({ ...plain, metaKey: true })).toBe(false)
    expect(isPlainClick({ ...plain, shiftKey: true })).toBe(false)
    expect(isPlainClick({ ...plain, altKey: true })).toBe(false)
    expect(isPlainClick({ ...plain, button: 1 })).toBe(false)
  })
})
