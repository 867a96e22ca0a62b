/**
 * POST /cgi-bin/message/custom/send (protocol.md §10.3). After the body checks (custom-message.ts) the
 * recipient must follow — 43004 "require subscribe" for someone who never did, 45015 "… or
 * subscription is canceled" for someone who left [wire] — and be inside an open window
 * (state/cs-window.ts: 45015 / 45047). `customservice.kf_account` must name one of the account's
 * customer-service accounts (customservice/kfaccount/add): else 65401 "invalid custom service
 * account" [unconfirmed code for this API; docs/api-messaging.md]. An accepted message appears on
 * the user's phone and ends a Typing indicator [doc 客服输入状态].
 */
import { RouteTable } from '../http/route-table'
import type { SimUser } from '../../../shared/model/sim-user'
import type { PlatformContext } from '../../context/platform-context'
import { noteExchange } from '../http/record-exchange'
import { noteAnalysis } from './analysis'
import { authenticate } from './auth'
import { checkCustomMessage } from './custom-message'
import { obj, str } from './fields'
import { readJsonBody } from './json-body'
import type { PlatformOptions } from './options'
import { withinQuota } from './quota'
import { OK_BODY, answerError, answerOk } from './reply'
import { apiRoute } from './route'
import { lookupUser } from './users'

/** 0 when the user follows, else the errcode a message to them answers. */
export function followErrcode(user: SimUser): 0 | 43004 | 45015 {
  if (user.subscribed) return 0
  return user.subscribeTime > 0 ? 45015 : 43004
}

export function customSendRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, quotas, window } = options.state
  apiRoute(ctx, router, 'POST', '/cgi-bin/message/custom/send', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const touser = str(body, 'touser')
    if (touser) noteExchange(res, { openid: touser })
    const found = lookupUser(ctx, account, touser)
    if (!found.ok) {
      answerError(ctx, res, 40003)
      return
    }
    const message = checkCustomMessage(body)
    if (!message.ok) {
      noteAnalysis(res, { problem: message.problem })
      answerError(ctx, res, message.errcode)
      return
    }
    const kf = str(obj(body, 'customservice'), 'kf_account')
    if (kf !== undefined && !options.state.messaging.kf.find(account.id, kf)) {
      noteAnalysis(res, { problem: 'unknown-kf-account' })
      answerError(ctx, res, 65401)
      return
    }
    const follow = followErrcode(found.user)
    if (follow !== 0) {
      answerError(ctx, res, follow)
      return
    }
    if (!withinQuota(ctx, quotas, account, 'custom/send', res)) return
    const windowCode = window.take(account.id, found.user.openid)
    if (windowCode !== 0) {
      noteAnalysis(res, { window: window.peek(account.id, found.user.openid) })
      answerError(ctx, res, windowCode)
      return
    }
    options.state.messaging.typingUntil.delete(`${account.id}\n${found.user.openid}`)
    ctx.bus.emit('phone', {
      accountId: account.id,
      openid: found.user.openid,
      source: 'custom-send',
      msgType: message.msgType,
      payload: kf === undefined ? message.payload : { ...message.payload, kf_account: kf },
      simTime: ctx.clock.nowSeconds(),
    })
    answerOk(res, OK_BODY)
  })
  return router
}
