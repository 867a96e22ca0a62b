/** The account form's checks: the API's own schema, plus what the form asks more of (a server URL). */
import { describe, expect, it } from 'vitest'
import { validateAccount } from '../../../../src/renderer/src/features/settings/account-validation'
import { VALID_ACCOUNT as ACCOUNT } from './valid-account'

describe('validateAccount: the server URL', () => {
  it('accepts an http(s) URL', () => {
    expect(validateAccount(ACCOUNT)).toEqual({})
  })
  it.each(['', '   '])('refuses an empty URL (%j): every push would fail', (botUrl) => {
    const errors = validateAccount({ ...ACCOUNT, botUrl })
    expect(errors['botUrl']).toMatchObject({ rule: 'botUrl', problem: { key: 'empty' } })
  })
  it('refuses a URL without a scheme, as before', () => {
    const errors = validateAccount({ ...ACCOUNT, botUrl: '127.0.0.1:8080/wechat' })
    expect(errors['botUrl']).toMatchObject({ rule: 'botUrl', problem: { key: 'noScheme' } })
  })
})
