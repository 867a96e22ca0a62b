/**
 * POST /connect/oauth2/authorize/consent: the consent page's Allow or Deny (protocol.md §9.3).
 * Allow ⇒ 302 to redirect_uri with a code for the chosen user; Deny ⇒ 302 with state only.
 *
 * The form is trusted only through its one-time token (consent-store.ts); a browser's Origin, when
 * sent, must also be this server. The body arrives as bytes (the app's express.raw runs first).
 */
import type { Request, Response } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import { redirectDenied, redirectWithCode } from './callback'
import { sendErrorPage } from './error-page'
import { pageFinding } from './findings'
import type { OauthState } from './oauth-state'
import { refusalFor } from './phone-user'

function formOf(req: Request): URLSearchParams {
  const body: unknown = req.body
  if (Buffer.isBuffer(body)) return new URLSearchParams(body.toString('utf8'))
  if (typeof body === 'string') return new URLSearchParams(body)
  return new URLSearchParams()
}

/** True unless a browser says the form came from another origin. */
function sameOrigin(req: Request): boolean {
  const origin = req.get('origin')
  if (origin === undefined) return true
  if (!URL.canParse(origin)) return false
  return new URL(origin).host === req.get('host')
}

export function consentRoute(ctx: PlatformContext, state: OauthState) {
  return (req: Request, res: Response): void => {
    if (!sameOrigin(req)) {
      sendErrorPage(res, { findings: [pageFinding('consent-cross-origin')], status: 403 })
      return
    }
    const form = formOf(req)
    const pending = state.consents.take(form.get('consent') ?? '')
    const account = pending && ctx.directory.account(pending.accountId)
    if (!pending || !account) {
      sendErrorPage(res, { findings: [pageFinding('consent-expired')], status: 403 })
      return
    }
    const decision = form.get('decision')
    const user = ctx.directory.user(form.get('openid') ?? '')
    if (decision === 'deny') {
      // Who refused, when the form names one of this account's users.
      const refuser = user?.accountId === account.id ? user.openid : undefined
      redirectDenied(res, account, pending, refuser)
      return
    }
    if (decision !== 'allow' || !user || user.accountId !== account.id) {
      const detail = { decision: decision ?? '', openid: form.get('openid') ?? '' }
      const findings = [pageFinding('consent-form-invalid', detail)]
      sendErrorPage(res, { findings, accountId: account.id, status: 400 })
      return
    }
    const refusal = refusalFor(account, user)
    if (refusal) {
      sendErrorPage(res, { findings: [refusal], accountId: account.id, openid: user.openid })
      return
    }
    redirectWithCode(state.codes, res, account, user, pending)
  }
}
