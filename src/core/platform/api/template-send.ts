/**
 * POST /cgi-bin/message/template/send (protocol.md §10.4): {touser, template_id, url?, miniprogram?,
 * client_msg_id?, data}. Answers {"errcode":0,"errmsg":"ok","msgid":<int64>} with msgid as a bare
 * JSON number above 2^53, byte-exact as WeChat sends it (protocol.md §12), so a bot that JSON.parses it
 * naively loses precision here too. The recipient must follow (43004). template_id must be one of
 * the account's private templates (state/messaging-templates.ts; docs/api-messaging.md): any other
 * answers 40037 "invalid template_id" [doc]. The phone payload carries the template's title and
 * its content rendered from `data` (render-template.ts). `color` is accepted and ignored
 * (protocol.md §10.4).
 */
import { RouteTable } from '../http/route-table'
import type { PlatformContext } from '../../context/platform-context'
import { noteExchange } from '../http/record-exchange'
import { noteAnalysis } from './analysis'
import { authenticate } from './auth'
import { filled, obj, str } from './fields'
import { readJsonBody } from './json-body'
import type { PlatformOptions } from './options'
import { withinQuota } from './quota'
import { answerError, answerOk } from './reply'
import { apiRoute } from './route'
import { lookupUser } from './users'
import { renderTemplate } from './messaging/render-template'

export function templateSendRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, quotas, templates } = options.state
  apiRoute(ctx, router, 'POST', '/cgi-bin/message/template/send', (req, res) => {
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
    const templateId = filled(body, 'template_id')
    const template =
      templateId === undefined
        ? undefined
        : options.state.messaging.templates.find(account.id, templateId)
    if (templateId === undefined || template === undefined) {
      noteAnalysis(res, {
        problem: templateId === undefined ? 'missing:template_id' : 'unknown-template',
      })
      answerError(ctx, res, 40037)
      return
    }
    if (body.data !== undefined && obj(body, 'data') === undefined) {
      answerError(ctx, res, 47001)
      return
    }
    if (!found.user.subscribed) {
      answerError(ctx, res, 43004)
      return
    }
    if (!withinQuota(ctx, quotas, account, 'template/send', res)) return

    const msgId = templates.newMsgId()
    const url = str(body, 'url')
    const mp = obj(body, 'miniprogram')
    const appid = str(mp, 'appid')
    const miniprogram =
      appid === undefined ? undefined : { appid, pagepath: str(mp, 'pagepath') ?? '' }
    const clientMsgId = str(body, 'client_msg_id')
    const data = obj(body, 'data') ?? {}
    templates.add({
      msgId,
      accountId: account.id,
      openid: found.user.openid,
      templateId,
      ...(url === undefined ? {} : { url }),
      ...(miniprogram === undefined ? {} : { miniprogram }),
      ...(clientMsgId === undefined ? {} : { clientMsgId }),
      data,
      simTime: ctx.clock.nowSeconds(),
    })
    ctx.bus.emit('phone', {
      accountId: account.id,
      openid: found.user.openid,
      source: 'template',
      msgType: 'template',
      payload: {
        template_id: templateId,
        title: template.title,
        rendered: renderTemplate(template.content, data),
        url,
        miniprogram,
        data,
        msgid: msgId,
      },
      simTime: ctx.clock.nowSeconds(),
    })
    answerOk(
      res,
      { errcode: 0, errmsg: 'ok', msgid: msgId },
      `{"errcode":0,"errmsg":"ok","msgid":${msgId}}`,
    )
    try {
      options.onTemplateSent?.({
        accountId: account.id,
        openid: found.user.openid,
        msgId,
        status: 'success',
      })
    } catch (error) {
      // The answer is already sent; a failing hook must not turn into a second response.
      console.error('mpsim: onTemplateSent failed:', error)
    }
  })
  return router
}
