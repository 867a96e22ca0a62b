/**
 * checkAuthorizeRequest: the stepper's step 1. The URL built from the parts is the protocol
 * builder's (protocol.md §9.1), each classic mistake switched on is reported by the protocol's own
 * checks as a code, and a whole URL (a hop of a recorded walk) is checked the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildAuthorizeUrl } from '../../../src/core/protocol/oauth/authorize-url'
import { botBase, command, send, startTestCore } from './harness'
import type { RunningCore } from './harness'

let core: RunningCore
let parts: {
  appid: string
  redirectUri: string
  scope: string
  state: string
}

beforeAll(async () => {
  core = await startTestCore({ seed: 'oauth-stepper-check' })
  parts = {
    appid: core.engine.account().appId,
    redirectUri: `${botBase(core)}/oauth/callback/`,
    scope: 'snsapi_userinfo',
    state: 'abc123',
  }
})
afterAll(async () => {
  await core.stop()
})

const codes = (answer: { problems: readonly { code: string }[] }) =>
  answer.problems.map((p) => p.code)

describe('checkAuthorizeRequest', () => {
  it('builds exactly the URL the protocol builder makes, and finds nothing wrong', async () => {
    const answer = await command(core, 'checkAuthorizeRequest', { parts })
    expect(answer.url).toBe(
      buildAuthorizeUrl({ ...parts, scope: 'snsapi_userinfo' }, 'https://open.weixin.qq.com'),
    )
    expect(answer.url.endsWith('#wechat_redirect')).toBe(true)
    expect(answer.redirectUri).toEqual({
      plain: parts.redirectUri,
      encoded: encodeURIComponent(parts.redirectUri),
    })
    expect(answer.problems).toEqual([])
    expect(answer.refused).toBe(false)
    expect(answer.account.callbackDomain).toBe(new URL(botBase(core)).host)
    expect(answer.parsed.paramOrder).toEqual([
      'appid',
      'redirect_uri',
      'response_type',
      'scope',
      'state',
    ])
  })

  it('reports a redirect_uri left unencoded and a missing #wechat_redirect', async () => {
    const answer = await command(core, 'checkAuthorizeRequest', {
      parts: { ...parts, encodeRedirectUri: false, wechatRedirect: false },
    })
    expect(answer.url).toContain(`redirect_uri=${parts.redirectUri}&`)
    expect(codes(answer)).toEqual(
      expect.arrayContaining(['redirect-uri-not-encoded', 'wechat-redirect-missing']),
    )
    expect(answer.refused).toBe(true)
  })

  it('connect_redirect=1 is known to the checks: no unknown-parameter warning', async () => {
    const answer = await command(core, 'checkAuthorizeRequest', {
      parts: { ...parts, connectRedirect: true },
    })
    expect(answer.url).toMatch(/&state=abc123&connect_redirect=1#wechat_redirect$/)
    expect(answer.problems).toEqual([])
  })

  it('a redirect_uri outside the callback domain is the 10003 page', async () => {
    const port = new URL(botBase(core)).port
    const answer = await command(core, 'checkAuthorizeRequest', {
      parts: { ...parts, redirectUri: `http://localhost:${port}/oauth/callback/` },
    })
    expect(codes(answer)).toContain('redirect-uri-domain-mismatch')
    expect(answer.wechatErrcode).toBe(10003)
    expect(answer.refused).toBe(true)
  })

  it('state charset and length, scope, and a trailing slash are checked', async () => {
    const answer = await command(core, 'checkAuthorizeRequest', {
      parts: {
        ...parts,
        state: 'x'.repeat(129) + '&',
        scope: 'snsapi_login',
        redirectUri: `${botBase(core)}/oauth/django/callback`,
      },
    })
    expect(codes(answer)).toEqual(
      expect.arrayContaining([
        'state-too-long',
        'state-unusual-chars',
        'scope-invalid',
        'redirect-uri-no-trailing-slash',
      ]),
    )
    expect(answer.wechatErrcode).toBe(10005)
  })

  it('checks a "what if" callback domain typed with a scheme and a path', async () => {
    const answer = await command(core, 'checkAuthorizeRequest', {
      parts,
      callbackDomain: `http://${new URL(botBase(core)).host}/oauth`,
    })
    expect(codes(answer)).toEqual(
      expect.arrayContaining(['callback-domain-has-scheme', 'callback-domain-has-path']),
    )
    // The saved setting is still reported as it is.
    expect(answer.account.callbackDomain).toBe(new URL(botBase(core)).host)
  })

  it('checks a whole URL, accepting the mock platform as the endpoint', async () => {
    const onMock = buildAuthorizeUrl({ ...parts, scope: 'snsapi_base' }, core.platformUrl)
    const answer = await command(core, 'checkAuthorizeRequest', { url: onMock })
    expect(answer.authorizeBase).toBe(core.platformUrl)
    expect(answer.problems).toEqual([])
    expect(answer.redirectUri).toEqual({
      plain: parts.redirectUri,
      encoded: encodeURIComponent(parts.redirectUri),
    })
    const elsewhere = await command(core, 'checkAuthorizeRequest', {
      url: onMock.replace(core.platformUrl, 'https://open.weixin.example'),
    })
    expect(codes(elsewhere)).toContain('authorize-endpoint-wrong')
  })

  it('refuses both or neither of url and parts, and an unknown account', async () => {
    const both = await send(core, 'checkAuthorizeRequest', { url: 'https://x/', parts })
    expect(both.status).toBe(400)
    const neither = await send(core, 'checkAuthorizeRequest', {})
    expect(neither.status).toBe(400)
    const unknown = await send(core, 'checkAuthorizeRequest', { parts, accountId: 'nobody' })
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(unknown.body)).toContain('unknown-account')
  })
})
