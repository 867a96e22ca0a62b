/**
 * The snsapi_userinfo consent page (protocol.md §9.3), in the WeUI look of WeChat's own sheet: which
 * account asks, for what, Allow and Deny. One addition WeChat does not need: a choice of which
 * simulated user is holding the phone, each with avatar and nickname. It works without script (the
 * CSP allows none): radio buttons in one form that posts back with a one-time token.
 */
import type { Response } from 'express'
import type { Account } from '../../../shared/model/account'
import type { SimUser } from '../../../shared/model/sim-user'
import { noteExchange } from '../http/record-exchange'
import { servedAvatarUrl } from '../images/served-url'
import { findingCodes } from './findings'
import type { Finding } from './findings'
import { findingCell } from './finding-cell'
import { html } from './html'
import type { Html } from './html'
import { bilingual, sendPage } from './page-layout'
import { PAGE_CHROME } from './page-texts'
import { noteOauthAnalysis } from './sns-answer'

export const CONSENT_PATH = '/connect/oauth2/authorize/consent'

export interface ConsentPageInput {
  readonly account: Account
  readonly users: readonly SimUser[]
  /** Pre-selected: the user currently on the phone. */
  readonly selected: SimUser
  /** One-time token of the pending request (consent-store.ts). */
  readonly token: string
  readonly redirectUri: string
  /** Warnings about the link; they did not stop it. */
  readonly findings: readonly Finding[]
}

export function sendConsentPage(res: Response, input: ConsentPageInput): void {
  const { account, users, selected, token, redirectUri, findings } = input
  noteExchange(res, { accountId: account.id, openid: selected.openid, errcode: 0 })
  noteOauthAnalysis(res, { outcome: 'consent-page', findings: findingCodes(findings) })
  const body = html`<main class="mpsim-page" data-testid="oauth-consent">
    <form method="post" action="${CONSENT_PATH}">
      <input type="hidden" name="consent" value="${token}" />
      <div class="mpsim-account">
        <p class="mpsim-account__name" data-testid="oauth-consent-account">${account.name}</p>
        <p>${bilingual(PAGE_CHROME.consentTitle)}</p>
      </div>
      <div class="weui-cells">
        <div class="weui-cell">
          <div class="weui-cell__bd">${bilingual(PAGE_CHROME.consentScope)}</div>
        </div>
      </div>
      <div class="weui-cells__title">${bilingual(PAGE_CHROME.phoneUser)}</div>
      <div class="weui-cells weui-cells_radio">
        ${users.map((u, i) =>
          userCell(
            // The avatar on the origin this page was loaded from (docs/api-images.md "Avatars").
            { ...u, headimgurl: servedAvatarUrl(u.headimgurl, res.req) },
            i,
            u.openid === selected.openid,
          ),
        )}
      </div>
      <div class="weui-btn-area">
        <button
          type="submit"
          class="weui-btn weui-btn_primary"
          name="decision"
          value="allow"
          data-testid="oauth-consent-allow"
        >
          ${bilingual(PAGE_CHROME.allow)}
        </button>
        <button
          type="submit"
          class="weui-btn weui-btn_default"
          name="decision"
          value="deny"
          data-testid="oauth-consent-deny"
        >
          ${bilingual(PAGE_CHROME.deny)}
        </button>
      </div>
      ${notes(findings)}
      <div class="weui-cells__tips">
        redirect_uri:
        <span class="mpsim-detail" data-testid="oauth-consent-redirect">${redirectUri}</span>
      </div>
      <div class="weui-cells__tips">${bilingual(PAGE_CHROME.fragment)}</div>
    </form>
  </main>`
  sendPage(res, 200, {
    title: `${account.name} · 微信授权`,
    body,
    formTargets: callbackOrigin(redirectUri),
  })
}

function notes(findings: readonly Finding[]): Html {
  if (findings.length === 0) return html``
  return html`<div class="weui-cells__title">${bilingual(PAGE_CHROME.notes)}</div>
    <div class="weui-cells">${findings.map(findingCell)}</div>`
}

function userCell(user: SimUser, index: number, checked: boolean): Html {
  const id = `user-${index}`
  const follow = user.subscribed ? PAGE_CHROME.following : PAGE_CHROME.notFollowing
  return html`<label
    class="weui-cell weui-cell_active weui-check__label"
    for="${id}"
    data-testid="oauth-consent-user"
    data-openid="${user.openid}"
  >
    <div class="weui-cell__hd">${avatar(user.headimgurl)}</div>
    <div class="weui-cell__bd">
      <p>${user.nickname}</p>
      <p class="weui-cell__desc">${user.openid} · ${bilingual(follow)}</p>
    </div>
    <div class="weui-cell__ft">
      <input
        type="radio"
        class="weui-check"
        name="openid"
        value="${user.openid}"
        id="${id}"
        ${checked ? html` checked` : ''}
      /><span class="weui-icon-checked"></span>
    </div>
  </label>`
}

function avatar(url: string): Html {
  // Only http(s) images: anything else would be refused by the CSP or mean something else.
  return /^https?:\/\//i.test(url)
    ? html`<img class="mpsim-avatar" src="${url}" alt="" />`
    : html`<span class="mpsim-avatar"></span>`
}

/** The bot's origin for CSP form-action (the post ends in a redirect there). */
function callbackOrigin(redirectUri: string): string[] {
  if (!URL.canParse(redirectUri)) return []
  const { origin } = new URL(redirectUri)
  // Only a plain scheme://host[:port] is a valid CSP source; anything odd is left out.
  return /^https?:\/\/[a-z0-9.-]+(?::\d+)?$/i.test(origin) ? [origin] : []
}
