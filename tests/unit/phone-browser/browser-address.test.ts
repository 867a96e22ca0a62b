/**
 * How openPhoneBrowser reads the address a user typed (docs/phone-browser.md "Opening an
 * address"): as WHATWG URL does, http and https only, and an address without a scheme refused with
 * the fix in the message instead of guessed at.
 */
import { describe, expect, it } from 'vitest'
import { ControlError } from '../../../src/core/control/control-error'
import { readBrowserAddress } from '../../../src/core/control/handlers/phone-browser'

describe('readBrowserAddress', () => {
  it.each([
    ['http://127.0.0.1:5176/oauth', 'http://127.0.0.1:5176/oauth'],
    [
      '  https://Open.Weixin.qq.com/connect/oauth2/authorize?a=1#wechat_redirect ',
      'https://open.weixin.qq.com/connect/oauth2/authorize?a=1#wechat_redirect',
    ],
    ['HTTP://bot.example', 'http://bot.example/'],
    ['http:bot.example/x', 'http://bot.example/x'],
  ])('%j → %s', (typed, href) => {
    expect(readBrowserAddress(typed).href).toBe(href)
  })

  it.each([
    ['127.0.0.1:5176/oauth', /has no scheme: add http:\/\/ or https:\/\//],
    ['localhost:5176/oauth', /has no scheme/],
    ['bot.example:8080', /has no scheme/],
    ['bot.example/page', /has no scheme/],
    ['//bot.example/page', /has no scheme/],
    ['mailto:a@b.example', /http and https addresses only, not mailto:/],
    ['javascript:alert(1)', /http and https addresses only, not javascript:/],
    ['weixin://dl/business', /http and https addresses only/],
    ['http://', /not a valid address/],
    ['https://a b.example/', /not a valid address/],
  ])('%j is refused', (typed, message) => {
    let caught: unknown
    try {
      readBrowserAddress(typed)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ControlError)
    expect((caught as ControlError).code).toBe('invalid-input')
    expect((caught as ControlError).message).toMatch(message)
    expect((caught as ControlError).issues?.[0]?.path).toBe('url')
  })
})
