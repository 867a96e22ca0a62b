/**
 * JS接口安全域名 on the account form (protocol.md §11): optional, each entry a bare domain like the
 * callback domain, at most five; an empty list means the callback domain applies.
 */
import { describe, expect, it } from 'vitest'
import { validateAccount } from '../../../../src/renderer/src/features/settings/account-validation'
import { storedAccountSchema } from '../../../../src/shared/model/account-schema'
import { jsSafeDomains } from '../../../../src/shared/model/account'
import type { Account } from '../../../../src/shared/model/account'
import { VALID_ACCOUNT } from './valid-account'

// A host:port callback domain, as a test account has: the fallback the list falls back to.
const ACCOUNT: Account = { ...VALID_ACCOUNT, callbackDomain: '127.0.0.1:5176' }

describe('jsDomains on the account form', () => {
  it('is optional, and bare domains (host:port on a test account) are accepted', () => {
    expect(validateAccount(ACCOUNT)).toEqual({})
    expect(
      validateAccount({ ...ACCOUNT, jsDomains: ['mp.example.com', '127.0.0.1:5176'] }),
    ).toEqual({})
  })

  it('names the entry typed with a scheme and what to enter instead', () => {
    const errors = validateAccount({
      ...ACCOUNT,
      jsDomains: ['mp.example.com', 'http://a.example'],
    })
    expect(errors['jsDomains']).toMatchObject({
      rule: 'jsDomains',
      problem: { key: 'scheme', params: { scheme: 'http://', bare: 'a.example' } },
    })
  })

  it('names a path', () => {
    const errors = validateAccount({ ...ACCOUNT, jsDomains: ['a.example/mp'] })
    expect(errors['jsDomains']).toMatchObject({
      problem: { key: 'path', params: { bare: 'a.example' } },
    })
  })

  it('refuses more than five', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => `${n}.example.com`)
    expect(validateAccount({ ...ACCOUNT, jsDomains: six })['jsDomains']).toMatchObject({
      rule: 'jsDomains',
    })
  })
})

describe('jsDomains in a stored account', () => {
  it('reads an accounts.json written before the field existed', () => {
    const parsed = storedAccountSchema.parse(ACCOUNT)
    expect(parsed.jsDomains).toBeUndefined()
    expect(jsSafeDomains(parsed)).toEqual(['127.0.0.1:5176'])
  })

  it('keeps a domain as typed, scheme and all (the verdict explains why it never matches)', () => {
    const parsed = storedAccountSchema.parse({ ...ACCOUNT, jsDomains: ['http://a.example'] })
    expect(jsSafeDomains(parsed)).toEqual(['http://a.example'])
  })

  it('falls back to the callback domain for an empty list, and to nothing without one', () => {
    expect(jsSafeDomains({ ...ACCOUNT, jsDomains: [] })).toEqual(['127.0.0.1:5176'])
    expect(jsSafeDomains({ ...ACCOUNT, callbackDomain: '' })).toEqual([])
  })
})
