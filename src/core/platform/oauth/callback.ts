/**
 * Sending the browser back to the bot (protocol.md §9.3): with a new code after consent (or silently for
 * snsapi_base), with `state` only after a refusal. The Location is built by the protocol's
 * buildCallbackUrl (`&` when redirect_uri already has a query) on the URL the authorize check
 * approved (AuthorizeRequest.redirectUri), so the browser goes to the host that was checked.
 */
import type { Response } from 'express'
import type { Account } from '../../../shared/model/account'
import type { SimUser } from '../../../shared/model/sim-user'
import { buildCallbackUrl } from '../../protocol/oauth/callback-url'
import { noteExchange } from '../http/record-exchange'
import type { AuthorizeRequest } from './authorize-request'
import type { AuthCodeStore } from './code-store'
import { noteOauthAnalysis } from './sns-answer'

export function redirectWithCode(
  codes: AuthCodeStore,
  res: Response,
  account: Account,
  user: SimUser,
  request: AuthorizeRequest,
): void {
  const code = codes.issue({ accountId: account.id, openid: user.openid, scope: request.scope })
  noteExchange(res, { accountId: account.id, openid: user.openid, errcode: 0 })
  noteOauthAnalysis(res, { outcome: 'code', scope: request.scope })
  redirect(res, buildCallbackUrl(request.redirectUri, { code, state: request.state }))
}

/**
 * A refusal carries no errcode: WeChat answers nothing but the 302 with `state`, and the record
 * says 'denied' (not "errcode 0", which would read as a success).
 */
export function redirectDenied(
  res: Response,
  account: Account,
  request: AuthorizeRequest,
  openid: string | undefined,
): void {
  noteExchange(res, { accountId: account.id, ...(openid === undefined ? {} : { openid }) })
  noteOauthAnalysis(res, { outcome: 'denied', scope: request.scope })
  redirect(res, buildCallbackUrl(request.redirectUri, { state: request.state }))
}

function redirect(res: Response, location: string): void {
  // The header is set as built, not through res.redirect: Express re-encodes a Location, and the
  // browser must get exactly the URL that was checked. A WHATWG serialisation is printable ASCII
  // only (spaces, controls and non-ASCII are percent-encoded, hosts are punycode), so it cannot
  // split the header.
  res.status(302).set({ 'Cache-Control': 'no-store', Location: location }).end()
}
