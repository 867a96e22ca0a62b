/**
 * GET /oauth/start?scope=snsapi_userinfo|snsapi_base — step 1: send the browser to the authorize
 * page (protocol.md §9.1).
 *
 * - The URL comes from the protocol module's builder: parameters in the order the doc demands
 *   (appid, redirect_uri, response_type, scope, state — a different order can make the page fail),
 *   redirect_uri urlencoded, and the `#wechat_redirect` fragment.
 * - redirect_uri is absolute, with its scheme (the journey's `request.get_host()` trap), and ends
 *   with a slash: the journey's callback without one got a 301 to the slashed URL, and the extra
 *   hop broke the flow. Express matches /oauth/callback/ and /oauth/callback alike.
 * - state is random and also kept in an HttpOnly cookie. The callback accepts only a state that
 *   matches the cookie, so nobody can make a victim's browser complete an authorization the victim
 *   never started (OAuth login CSRF).
 *
 * `&trap=no-slash` makes the journey's mistake on purpose: redirect_uri names the Django-style
 * callback without its trailing slash, which that route answers with a 301 (oauth/append-slash.ts).
 */
import type { Request, Response } from 'express'
import { buildAuthorizeUrl } from '../../protocol/oauth/authorize-url'
import { OAUTH_SCOPES } from '../../protocol/oauth/params'
import type { OAuthScope } from '../../protocol/oauth/params'
import { randomAlnum } from '../../runtime/random'
import type { Random } from '../../runtime/random'
import type { BotAccount } from '../config'
import { ownBaseUrl } from '../http/own-url'
import { optionalParam } from '../http/query'
import { sendPage } from '../views/layout'
import { noticePage } from '../views/notice-page'
import { DJANGO_CALLBACK_PATH } from './append-slash'
import { cookieOptions, STATE_COOKIE } from './cookies'

export const CALLBACK_PATH = '/oauth/callback/'

/** The traps /oauth/start can reproduce: the redirect_uri each one uses. */
const TRAP_CALLBACKS: ReadonlyMap<string, string> = new Map([
  // No trailing slash: the callback route answers 301 to the slashed address.
  ['no-slash', DJANGO_CALLBACK_PATH.replace(/\/$/, '')],
])

/** Long enough to read the consent page; the code itself lives 5 minutes (protocol.md §9.3). */
const STATE_COOKIE_SECONDS = 10 * 60

export interface StartDeps {
  readonly account: () => Pick<BotAccount, 'appId'>
  readonly oauthBaseUrl: string
  readonly random: Random
}

export function startRoute(deps: StartDeps) {
  return function start(req: Request, res: Response): void {
    const scope = optionalParam(req, 'scope')
    if (!isScope(scope)) {
      sendPage(
        res,
        400,
        noticePage({
          icon: 'warn',
          title: 'scope 参数无效 / Invalid scope',
          lines: [`scope 必须是 / scope must be one of: ${OAUTH_SCOPES.join(', ')}`],
          detail: `scope=${scope ?? '(missing)'}`,
          action: { href: '/oauth', label: '返回引导页 / Back to the guide' },
        }),
      )
      return
    }
    const trap = optionalParam(req, 'trap')
    const callbackPath = trap === undefined ? CALLBACK_PATH : TRAP_CALLBACKS.get(trap)
    if (callbackPath === undefined) {
      sendPage(
        res,
        400,
        noticePage({
          icon: 'warn',
          title: 'trap 参数无效 / Unknown trap',
          lines: [`trap 只能是 / trap must be one of: ${[...TRAP_CALLBACKS.keys()].join(', ')}`],
          detail: `trap=${trap ?? ''}`,
          action: { href: '/oauth', label: '返回引导页 / Back to the guide' },
        }),
      )
      return
    }
    // a-zA-Z0-9 and at most 128 bytes, as the doc asks (protocol.md §9.1).
    const state = randomAlnum(deps.random, 32)
    const redirectUri = `${ownBaseUrl(req)}${callbackPath}`
    const url = buildAuthorizeUrl(
      { appid: deps.account().appId, redirectUri, scope, state },
      deps.oauthBaseUrl,
    )
    res.cookie(STATE_COOKIE, state, cookieOptions(STATE_COOKIE_SECONDS))
    res.set('Cache-Control', 'no-store').redirect(302, url)
  }
}

function isScope(value: string | undefined): value is OAuthScope {
  return OAUTH_SCOPES.some((s) => s === value)
}
