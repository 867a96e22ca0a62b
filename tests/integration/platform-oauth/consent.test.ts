/**
 * snsapi_userinfo (protocol.md §9.3): the WeUI consent page with the users who could be holding the
 * phone, Allow ⇒ 302 with a code, Deny ⇒ 302 with state only, a one-time form token; and
 * autoConsent, which skips the page.
 */
import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CONSENT_PATH } from '../../../src/core/platform/oauth/router'
import {
  authorizePath,
  callbackParams,
  consentForm,
  exchangeCode,
  REDIRECT_URI,
  startPlatform,
} from './client'
import type { Answer, Platform } from './client'
import {
  ACCOUNT,
  ALICE,
  ALICE_AVATAR,
  ALICE_UNIONID,
  BOB,
  CAROL,
  START_MS,
  TEST_ACCOUNT_OVERRIDES,
} from './context'

const USERINFO = authorizePath({ scope: 'snsapi_userinfo' })

describe('consent page', () => {
  let p: Platform
  let page: Answer
  beforeEach(async () => {
    p = await startPlatform()
    page = await p.get(USERINFO)
  })
  afterEach(() => p.close())

  it('is a WeUI page with Allow and Deny', () => {
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/)
    expect(page.text).toContain('href="/__mpsim/weui.min.css"')
    for (const cls of [
      'weui-cells_radio',
      'weui-check',
      'weui-btn weui-btn_primary',
      'weui-btn weui-btn_default',
    ]) {
      expect(page.text).toContain(cls)
    }
    expect(page.text).toContain('data-testid="oauth-consent-allow"')
    expect(page.text).toContain('data-testid="oauth-consent-deny"')
  })

  it("names the account and lists this account's users, the phone's user checked", () => {
    expect(page.text).toContain(`data-testid="oauth-consent-account">${ACCOUNT.name}<`)
    const { openids } = consentForm(page.text)
    expect(openids).toEqual([ALICE, BOB])
    expect(page.text).not.toContain(CAROL)
    expect(page.text).toMatch(new RegExp(`value="${ALICE}"\\s+id="user-0"\\s+checked`))
    expect(page.text).toContain('爱丽丝 Alice')
    expect(page.text).toContain(`src="${ALICE_AVATAR}"`)
  })

  it('escapes nicknames', () => {
    expect(page.text).toContain('&lt;b&gt;Bob&lt;/b&gt; &amp; &quot;co&quot;')
    expect(page.text).not.toContain('<b>Bob</b>')
  })

  it('has a strict CSP that lets the form reach the callback and nothing else', () => {
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("form-action 'self' http://bot.example")
    expect(csp).toContain("base-uri 'none'")
    expect(page.text).not.toMatch(/<script/i)
    // The one inline style block is allowed by its hash, exactly.
    const style = /<style>([\s\S]*?)<\/style>/.exec(page.text)?.[1] ?? ''
    const hash = createHash('sha256').update(style).digest('base64')
    expect(csp).toContain(`'sha256-${hash}'`)
    expect(page.headers.get('referrer-policy')).toBe('same-origin')
    expect(page.headers.get('cache-control')).toBe('no-store')
  })

  it('Allow as the chosen user ⇒ 302 with a code for that user', async () => {
    const { token } = consentForm(page.text)
    const r = await p.postForm(CONSENT_PATH, { consent: token, openid: BOB, decision: 'allow' })
    expect(r.status).toBe(302)
    const params = callbackParams(r.location)
    expect(params.get('state')).toBe('STATE123')
    const code = params.get('code') ?? ''
    expect(code).toMatch(/^[A-Za-z0-9]{32}$/)
    const t = await exchangeCode(p, code)
    expect(t.json).toMatchObject({ openid: BOB, scope: 'snsapi_userinfo' })
    expect(t.json).not.toHaveProperty('unionid')
  })

  it('Allow as a user with a unionid ⇒ the token answer carries it', async () => {
    const { token } = consentForm(page.text)
    const r = await p.postForm(CONSENT_PATH, { consent: token, openid: ALICE, decision: 'allow' })
    const t = await exchangeCode(p, callbackParams(r.location).get('code') ?? '')
    expect(t.json).toMatchObject({
      openid: ALICE,
      scope: 'snsapi_userinfo',
      unionid: ALICE_UNIONID,
    })
  })

  it('Deny ⇒ 302 with state only', async () => {
    const { token } = consentForm(page.text)
    const r = await p.postForm(CONSENT_PATH, { consent: token, openid: ALICE, decision: 'deny' })
    expect(r.status).toBe(302)
    expect(r.location).toBe(`${REDIRECT_URI}?state=STATE123`)
    const exchanges = await p.waitForExchanges(2)
    expect(exchanges[1]?.analysis?.outcome).toBe('denied')
    // A refusal has no errcode (it is not "errcode 0, ok"), and names who refused.
    expect(exchanges[1]?.errcode).toBeUndefined()
    expect(exchanges[1]?.openid).toBe(ALICE)
  })

  it('accepts a same-origin browser post', async () => {
    const { token } = consentForm(page.text)
    const r = await p.postForm(
      CONSENT_PATH,
      { consent: token, openid: ALICE, decision: 'allow' },
      { origin: p.url },
    )
    expect(r.status).toBe(302)
  })

  it('refuses the same token twice', async () => {
    const { token } = consentForm(page.text)
    await p.postForm(CONSENT_PATH, { consent: token, openid: ALICE, decision: 'allow' })
    const again = await p.postForm(CONSENT_PATH, {
      consent: token,
      openid: ALICE,
      decision: 'allow',
    })
    expect(again.status).toBe(403)
    expect(again.text).toContain('data-finding="consent-expired"')
    expect(again.location).toBeNull()
  })

  it('refuses a page left open over 10 simulated minutes', async () => {
    const { token } = consentForm(page.text)
    p.ctx.clock.advance(10 * 60 * 1000)
    const r = await p.postForm(CONSENT_PATH, { consent: token, openid: ALICE, decision: 'allow' })
    expect(r.status).toBe(403)
    expect(r.text).toContain('data-finding="consent-expired"')
  })

  it.each<{ id: string; form: Record<string, string> }>([
    { id: 'no token', form: { openid: ALICE, decision: 'allow' } },
    { id: 'made-up token', form: { consent: 'x'.repeat(32), openid: ALICE, decision: 'allow' } },
  ])('refuses a form with $id', async ({ form }) => {
    const r = await p.postForm(CONSENT_PATH, form)
    expect(r.status).toBe(403)
    expect(r.text).toContain('data-finding="consent-expired"')
  })

  it('refuses a post from another origin without using up the token', async () => {
    const { token } = consentForm(page.text)
    const form = { consent: token, openid: ALICE, decision: 'allow' }
    const cross = await p.postForm(CONSENT_PATH, form, { origin: 'http://evil.example' })
    expect(cross.status).toBe(403)
    expect(cross.text).toContain('data-finding="consent-cross-origin"')
    const nullOrigin = await p.postForm(CONSENT_PATH, form, { origin: 'null' })
    expect(nullOrigin.status).toBe(403)
    const ok = await p.postForm(CONSENT_PATH, form)
    expect(ok.status).toBe(302)
  })

  it.each([
    { id: "another account's user", openid: CAROL, decision: 'allow' },
    { id: 'an unknown user', openid: 'oNobody', decision: 'allow' },
    { id: 'no decision', openid: ALICE, decision: '' },
    { id: 'an odd decision', openid: ALICE, decision: 'maybe' },
  ])('refuses a form naming $id', async ({ openid, decision }) => {
    const { token } = consentForm(page.text)
    const r = await p.postForm(CONSENT_PATH, { consent: token, openid, decision })
    expect(r.status).toBe(400)
    expect(r.text).toContain('data-finding="consent-form-invalid"')
  })

  it('records the page and the post as oauth Exchanges', async () => {
    const { token } = consentForm(page.text)
    await p.postForm(CONSENT_PATH, { consent: token, openid: BOB, decision: 'allow' })
    const [shown, posted] = await p.waitForExchanges(2)
    expect(shown).toMatchObject({ kind: 'oauth', accountId: ACCOUNT.id, openid: ALICE, errcode: 0 })
    expect(shown?.analysis?.outcome).toBe('consent-page')
    expect(posted).toMatchObject({ kind: 'oauth', title: CONSENT_PATH, openid: BOB, errcode: 0 })
    expect(posted?.analysis?.outcome).toBe('code')
    expect(posted?.simTime).toBe(Math.floor(START_MS / 1000))
  })
})

describe('consent on a test account', () => {
  it('refuses a user who does not follow with 10006', async () => {
    const p = await startPlatform({ account: TEST_ACCOUNT_OVERRIDES })
    try {
      const page = await p.get(
        authorizePath({ scope: 'snsapi_userinfo', redirect_uri: 'http://127.0.0.1:5174/cb/' }),
      )
      const { token } = consentForm(page.text)
      const r = await p.postForm(CONSENT_PATH, { consent: token, openid: BOB, decision: 'allow' })
      expect(r.status).toBe(200)
      expect(r.text).toContain('data-code="10006"')
    } finally {
      await p.close()
    }
  })
})

describe('autoConsent', () => {
  it('skips the page and approves as the user on the phone', async () => {
    const p = await startPlatform({ autoConsent: true })
    try {
      p.phoneUser = ALICE
      const r = await p.get(USERINFO)
      expect(r.status).toBe(302)
      const t = await exchangeCode(p, callbackParams(r.location).get('code') ?? '')
      expect(t.json).toMatchObject({
        openid: ALICE,
        scope: 'snsapi_userinfo',
        unionid: ALICE_UNIONID,
      })
    } finally {
      await p.close()
    }
  })

  it('still refuses an unfollowed user of a test account (10006)', async () => {
    const p = await startPlatform({ autoConsent: true, account: TEST_ACCOUNT_OVERRIDES })
    try {
      p.phoneUser = BOB
      const r = await p.get(
        authorizePath({ scope: 'snsapi_userinfo', redirect_uri: 'http://127.0.0.1:5174/cb/' }),
      )
      expect(r.status).toBe(200)
      expect(r.text).toContain('data-code="10006"')
    } finally {
      await p.close()
    }
  })
})

describe('WeUI stylesheet route', () => {
  it('serves the official weui.min.css', async () => {
    const p = await startPlatform()
    try {
      const r = await p.get('/__mpsim/weui.min.css')
      expect(r.status).toBe(200)
      expect(r.headers.get('content-type')).toBe('text/css; charset=utf-8')
      expect(r.text).toContain('.weui-btn')
      expect(r.text.length).toBeGreaterThan(100_000)
    } finally {
      await p.close()
    }
  })
})
