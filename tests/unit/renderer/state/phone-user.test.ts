/** The user the app shows on an account's phone: the core's phone user, else the first user. */
import { describe, expect, it } from 'vitest'
import { phoneUserOf } from '../../../../src/renderer/src/state/engine-store'
import type { Setup } from '../../../../src/renderer/src/state/engine-store'

const user = (openid: string, accountId: string) =>
  ({ openid, accountId }) as Setup['users'][number]

function setup(phoneUsers: Record<string, string>): Setup {
  return {
    platformUrl: 'http://127.0.0.1:1',
    // Shown only; no folder is touched.
    workspaceDir: 'mpsim-ws',
    accounts: [],
    users: [user('oA1', 'a'), user('oA2', 'a'), user('oB1', 'b')],
    phoneUsers,
    problems: [],
  }
}

describe('phoneUserOf', () => {
  it("shows the core's phone user of the account", () => {
    expect(phoneUserOf(setup({ a: 'oA2', b: 'oB1' }), 'a')).toBe('oA2')
  })

  it('falls back to the first user when the core names none', () => {
    expect(phoneUserOf(setup({}), 'a')).toBe('oA1')
  })

  it("falls back to the first user when the core's user is not the account's (or is gone)", () => {
    expect(phoneUserOf(setup({ a: 'oB1' }), 'a')).toBe('oA1')
    expect(phoneUserOf(setup({ a: 'oGone' }), 'a')).toBe('oA1')
  })

  it('is undefined for an account without users', () => {
    expect(phoneUserOf(setup({}), 'c')).toBeUndefined()
  })
})
