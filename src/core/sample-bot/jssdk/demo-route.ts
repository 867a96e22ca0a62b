/**
 * GET /jssdk and GET /jssdk/wrong — the JS-SDK demo (protocol.md §11). Both fetch the cached
 * jsapi_ticket and sign wx.config on the server; they differ only in the address they sign:
 *
 * - /jssdk signs its full address as the request reached it (scheme + Host + path + query), which
 *   is what WeChat checks against.
 * - /jssdk/wrong makes the classic server-side mistake on purpose: it signs scheme + host + path
 *   and drops the query (Django's request.path instead of request.build_absolute_uri()). Opened
 *   without a query the mistake would not show, so it first redirects to ?from=wrong-demo.
 */
import type { Request, Response } from 'express'
import type { Random } from '../../runtime/random'
import type { BotAccount } from '../config'
import { ownBaseUrl, ownPageUrl } from '../http/own-url'
import { failureNotice } from '../oauth/failure-notice'
import type { JsapiTicketCache } from '../platform-client/jsapi-ticket'
import { ASSET_PATHS } from '../replies/demo-media'
import { JSSDK_WRONG_PATH, jssdkPage } from '../views/jssdk-page'
import { sendPage } from '../views/layout'
import { noticePage } from '../views/notice-page'
import { signConfig } from './sign-config'

export interface JssdkDeps {
  readonly tickets: JsapiTicketCache
  /** Read per request: wx.config carries the account's current AppID. */
  readonly account: () => Pick<BotAccount, 'appId'>
  readonly random: Random
  /** Unix seconds. */
  readonly now: () => number
  readonly signal: AbortSignal
}

/** The APIs the demo's buttons call; wx.config must list every one. */
export const DEMO_JS_API_LIST = ['chooseImage', 'getLocation', 'updateAppMessageShareData'] as const

export type Signing = 'right' | 'without-query'

export function jssdkDemoRoute(deps: JssdkDeps, signing: Signing) {
  return async function demo(req: Request, res: Response): Promise<void> {
    const full = ownPageUrl(req)
    if (signing === 'without-query' && !full.includes('?')) {
      res.set('Cache-Control', 'no-store').redirect(302, `${JSSDK_WRONG_PATH}?from=wrong-demo`)
      return
    }
    let ticket: string
    try {
      ticket = await deps.tickets.get(deps.signal)
    } catch (error) {
      const notice = failureNotice(error)
      if (!notice) throw error
      sendPage(
        res,
        502,
        noticePage({ ...notice, action: { href: '/jssdk', label: '重试 / Retry' } }),
      )
      return
    }
    const url = signing === 'right' ? full : full.slice(0, full.indexOf('?'))
    const config = signConfig({
      appId: deps.account().appId,
      ticket,
      url,
      random: deps.random,
      now: deps.now(),
    })
    sendPage(
      res,
      200,
      jssdkPage({
        // The page shows both addresses; on the wrong page their difference is the mistake.
        pageUrl: full,
        config,
        jsApiList: DEMO_JS_API_LIST,
        shareImage: `${ownBaseUrl(req)}${ASSET_PATHS.cover}`,
        ...(signing === 'without-query' ? { mistake: 'without-query' as const } : {}),
      }),
    )
  }
}
