/**
 * GET /connect/oauth2/authorize (protocol.md §9.1–§9.3): what the phone shows when a bot's authorize
 * link opens.
 * - A link WeChat would refuse: the error page with its code (error-page.ts).
 * - snsapi_base: silent, a 302 to redirect_uri with a code for the user on the phone.
 * - snsapi_userinfo: the consent page, or straight through when autoConsent is on.
 *
 * Not modelled: followers entering from the account's chat or menu get snsapi_userinfo silently
 * in real WeChat [doc]; the request carries nothing that says where the user came from, so the
 * host's autoConsent stands in for it. forcePopup and snapshot pages (protocol.md §9.3) are not modelled.
 */
import type { Request, Response } from 'express'
import type { Account } from '../../../shared/model/account'
import type { SimUser } from '../../../shared/model/sim-user'
import type { PlatformContext } from '../../context/platform-context'
import { checkAuthorizeRequest } from './authorize-request'
import type { AuthorizeRequest } from './authorize-request'
import { redirectWithCode } from './callback'
import { sendConsentPage } from './consent-page'
import { sendErrorPage } from './error-page'
import { findingCodes } from './findings'
import type { Finding } from './findings'
import type { OauthState } from './oauth-state'
import { phoneUser, refusalFor } from './phone-user'
import type { OauthRouterOptions } from './options'
import { noteOauthAnalysis } from './sns-answer'

export function authorizeRoute(
  ctx: PlatformContext,
  state: OauthState,
  options: OauthRouterOptions,
) {
  return (req: Request, res: Response): void => {
    const checked = checkAuthorizeRequest(ctx.directory, req.originalUrl)
    if (!checked.ok) {
      sendErrorPage(res, {
        findings: checked.findings,
        ...(checked.account ? { accountId: checked.account.id } : {}),
      })
      return
    }
    const { account, request, findings } = checked
    const who = phoneUser(ctx.directory, account, options.currentUser)
    if (!who.ok) {
      sendErrorPage(res, { findings: [who.finding, ...findings], accountId: account.id })
      return
    }
    if (who.stoodIn) noteOauthAnalysis(res, { phoneUser: 'first-user-of-account' })
    const silent = request.scope === 'snsapi_base' || options.autoConsent === true
    if (silent) {
      approve(state, res, account, request, findings, who.user)
      return
    }
    sendConsentPage(res, {
      account,
      users: ctx.directory.listUsers(account.id),
      selected: who.user,
      token: state.consents.open({ accountId: account.id, ...request }),
      redirectUri: request.redirectUri,
      findings,
    })
  }
}

/** Silent approval (snsapi_base, or autoConsent) as the user on the phone. */
function approve(
  state: OauthState,
  res: Response,
  account: Account,
  request: AuthorizeRequest,
  findings: readonly Finding[],
  user: SimUser,
): void {
  const refusal = refusalFor(account, user)
  if (refusal) {
    const all = [refusal, ...findings]
    sendErrorPage(res, { findings: all, accountId: account.id, openid: user.openid })
    return
  }
  noteOauthAnalysis(res, { findings: findingCodes(findings) })
  redirectWithCode(state.codes, res, account, user, request)
}
