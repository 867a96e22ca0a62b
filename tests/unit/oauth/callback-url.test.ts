import { describe, expect, it } from 'vitest'
import { buildCallbackUrl } from '../../../src/core/protocol/oauth'
import type { CallbackParams } from '../../../src/core/protocol/oauth'

const CODE = '001OWsKC0kQWLc2tpINC0j7lKC0OWsKC'

describe('buildCallbackUrl (protocol.md §9.3)', () => {
  it.each<[string, string, CallbackParams, string]>([
    ['consent', 'http://h/cb/', { code: CODE, state: 'S' }, `http://h/cb/?code=${CODE}&state=S`],
    ['refusal: no code', 'http://h/cb/', { state: 'S' }, 'http://h/cb/?state=S'],
    [
      'existing query ⇒ &',
      'http://h/cb/?from=menu',
      { code: CODE, state: 'S' },
      `http://h/cb/?from=menu&code=${CODE}&state=S`,
    ],
    ['bare ? kept', 'http://h/cb/?', { code: 'C', state: 'S' }, 'http://h/cb/?code=C&state=S'],
    [
      'trailing & kept',
      'http://h/cb/?a=1&',
      { code: 'C', state: 'S' },
      'http://h/cb/?a=1&code=C&state=S',
    ],
    ['empty state', 'http://h/cb/', { code: 'C', state: '' }, 'http://h/cb/?code=C&state='],
    [
      'query before the fragment',
      'http://h/#/login',
      { code: 'C', state: 'S' },
      'http://h/?code=C&state=S#/login',
    ],
    [
      'odd state encoded',
      'http://h/cb/',
      { code: 'C', state: 'a&b' },
      'http://h/cb/?code=C&state=a%26b',
    ],
    // Built from the URL as a browser reads it, so the Location is that URL and nothing else.
    [
      'host lower-cased, dot segments resolved',
      'HTTP://H/a/../cb/',
      { code: 'C', state: 'S' },
      'http://h/cb/?code=C&state=S',
    ],
    [
      'path characters encoded as a browser does',
      'http://h/a b/中/',
      { code: 'C', state: 'S' },
      'http://h/a%20b/%E4%B8%AD/?code=C&state=S',
    ],
    [
      'IDN host as punycode',
      'http://bücher.example/cb/',
      { code: 'C', state: 'S' },
      'http://xn--bcher-kva.example/cb/?code=C&state=S',
    ],
  ])('%s', (_name, redirectUri, params, expected) => {
    expect(buildCallbackUrl(redirectUri, params)).toBe(expected)
  })

  it.each([
    ['http://evil.example\\@h/cb/', 'backslash'],
    ['http://u@h/cb/', 'userinfo'],
    ['h/cb/', 'no-scheme'],
  ])('refuses %s with a clear error (%s)', (redirectUri, fault) => {
    expect(() => buildCallbackUrl(redirectUri, { code: 'C', state: 'S' })).toThrow(
      new RegExp(`not one unambiguous http\\(s\\) URL \\(${fault}\\)`),
    )
  })

  it('gives back code and state to a bot reading the query', () => {
    const url = new URL(buildCallbackUrl('http://h/cb/?from=menu', { code: CODE, state: 'xyz' }))
    expect(Object.fromEntries(url.searchParams)).toEqual({ from: 'menu', code: CODE, state: 'xyz' })
  })
})
