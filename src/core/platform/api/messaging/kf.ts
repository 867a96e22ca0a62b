/**
 * Customer-service accounts and the typing indicator (docs/api-messaging.md "Customer service"):
 * - POST /customservice/kfaccount/add|update {kf_account, nickname, password} [doc][sdk wechatpy
 *   customservice.py]; kf_account is `prefix@公众号微信号`, prefix ≤ 10 letters/digits [doc]
 *   (else 65404), nickname ≤ 6 Chinese or 12 Latin characters — counted here as ≤ 12 UTF-16
 *   units with a Chinese character counting 2 [doc wording, our reading] (else 65403), a name in
 *   use 65406, more than 100 accounts 65405, update/del/uploadheadimg of an unknown one 65401 [doc
 *   codes; texts unconfirmed];
 * - GET /customservice/kfaccount/del?kf_account= [doc][sdk] (POST with a JSON body accepted too);
 * - POST /customservice/kfaccount/uploadheadimg?kf_account= multipart `media` [doc][sdk];
 * - GET /cgi-bin/customservice/getkflist → {kf_list:[{kf_account, kf_headimgurl, kf_id, kf_nick}]}
 *   and getonlinekflist → {kf_online_list:[{kf_account, status, kf_id, accepted_case}]} [doc];
 *   wechatpy calls them without /cgi-bin (customservice.py API_BASE_URL), so both paths answer;
 * - POST /cgi-bin/message/custom/typing {touser, command: Typing|CancelTyping} [doc]: 45072 other
 *   command, 45080 no open customer-service window (WeChat asks for an exchange within 30 s; mpsim
 *   uses its window state, docs/api-messaging.md), 45081 Typing again within its 15 s [doc].
 *   The phone gets a 'typing' message (source custom-send, payload {command}).
 */
import { RouteTable } from '../../http/route-table'
import type { Request } from 'express'
import type { Account } from '../../../../shared/model/account'
import type { PlatformContext } from '../../../context/platform-context'
import { noteExchange } from '../../http/record-exchange'
import { authenticate } from '../auth'
import { followErrcode } from '../custom-send'
import { filled } from '../fields'
import { parseJsonObject } from '../json-body'
import { readJsonBody } from '../json-body'
import type { PlatformOptions } from '../options'
import { OK_BODY, answerError, answerOk } from '../reply'
import { apiRoute } from '../route'
import { lookupUser } from '../users'

const KF_ACCOUNT = /^[A-Za-z0-9_]{1,10}@[A-Za-z0-9_-]{1,30}$/
const TYPING_MS = 15_000

/** 6 Chinese or 12 Latin characters: a non-ASCII character counts 2. */
function nicknameOk(nickname: string): boolean {
  const width = [...nickname].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x7f ? 2 : 1), 0)
  return nickname.trim() !== '' && width <= 12
}

export function kfRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, window } = options.state
  const messaging = options.state.messaging
  const kf = messaging.kf

  apiRoute(ctx, router, 'POST', '/customservice/kfaccount/add', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const name = filled(body, 'kf_account') ?? ''
    const nickname = filled(body, 'nickname') ?? ''
    const code = !KF_ACCOUNT.test(name)
      ? 65404
      : !nicknameOk(nickname)
        ? 65403
        : kf.find(account.id, name)
          ? 65406
          : 0
    if (code !== 0) {
      answerError(ctx, res, code)
      return
    }
    const added = kf.add(account.id, name, nickname)
    if (!added) {
      answerError(ctx, res, 65405)
      return
    }
    void added.saved.then(() => answerOk(res, OK_BODY))
  })

  apiRoute(ctx, router, 'POST', '/customservice/kfaccount/update', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const name = filled(body, 'kf_account') ?? ''
    if (!kf.find(account.id, name)) {
      answerError(ctx, res, 65401)
      return
    }
    const nickname = filled(body, 'nickname')
    if (nickname !== undefined && !nicknameOk(nickname)) {
      answerError(ctx, res, 65403)
      return
    }
    const saved = nickname === undefined ? undefined : kf.update(account.id, name, { nickname })
    void (saved ?? Promise.resolve()).then(() => answerOk(res, OK_BODY))
  })

  // Registered by hand: the doc and wechatpy use GET, other SDKs POST a JSON body.
  router.all('/customservice/kfaccount/del', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const name = kfFromQuery(req) ?? kfFromBody(req)
    const removed = name === undefined ? undefined : kf.remove(account.id, name)
    if (!removed) {
      answerError(ctx, res, 65401)
      return
    }
    void removed.then(() => answerOk(res, OK_BODY))
  })

  apiRoute(ctx, router, 'POST', '/customservice/kfaccount/uploadheadimg', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const found = kf.find(account.id, kfFromQuery(req) ?? '')
    if (!found) {
      answerError(ctx, res, 65401)
      return
    }
    const raw: unknown = req.body
    if (!Buffer.isBuffer(raw) || raw.length === 0) {
      answerError(ctx, res, 41005)
      return
    }
    // The picture is not kept; the list shows a URL in WeChat's shape [unconfirmed].
    const headImgUrl = `http://mmbiz.qpic.cn/mmbiz/mpsim-kf-${account.id}-${found.id}/300`
    const saved = kf.update(account.id, found.account, { headImgUrl })
    void (saved ?? Promise.resolve()).then(() => answerOk(res, OK_BODY))
  })

  const list = (account: Account) =>
    kf.list(account.id).map((k) => ({
      kf_account: k.account,
      kf_headimgurl: k.headImgUrl,
      kf_id: k.id,
      kf_nick: k.nickname,
    }))
  for (const prefix of ['/cgi-bin/customservice', '/customservice']) {
    apiRoute(ctx, router, 'GET', `${prefix}/getkflist`, (req, res) => {
      const account = authenticate(ctx, tokens, req, res)
      if (account) answerOk(res, { kf_list: list(account) })
    })
    apiRoute(ctx, router, 'GET', `${prefix}/getonlinekflist`, (req, res) => {
      const account = authenticate(ctx, tokens, req, res)
      if (!account) return
      // No one logs in to a simulated workbench: every account is listed online (status 1) [unconfirmed].
      const kf_online_list = kf.list(account.id).map((k) => ({
        kf_account: k.account,
        status: 1,
        kf_id: k.id,
        accepted_case: 0,
      }))
      answerOk(res, { kf_online_list })
    })
  }

  apiRoute(ctx, router, 'POST', '/cgi-bin/message/custom/typing', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const touser = filled(body, 'touser')
    if (touser) noteExchange(res, { openid: touser })
    const found = lookupUser(ctx, account, touser)
    if (!found.ok) {
      answerError(ctx, res, found.errcode)
      return
    }
    const command = filled(body, 'command')
    if (command !== 'Typing' && command !== 'CancelTyping') {
      answerError(ctx, res, 45072)
      return
    }
    const follow = followErrcode(found.user)
    if (follow !== 0) {
      answerError(ctx, res, follow)
      return
    }
    if (window.peek(account.id, found.user.openid).length === 0) {
      answerError(ctx, res, 45080)
      return
    }
    const key = `${account.id}\n${found.user.openid}`
    const now = ctx.clock.nowMs()
    if (command === 'Typing') {
      if ((messaging.typingUntil.get(key) ?? 0) > now) {
        answerError(ctx, res, 45081)
        return
      }
      messaging.typingUntil.set(key, now + TYPING_MS)
    } else {
      messaging.typingUntil.delete(key)
    }
    ctx.bus.emit('phone', {
      accountId: account.id,
      openid: found.user.openid,
      source: 'custom-send',
      msgType: 'typing',
      payload: { command },
      simTime: ctx.clock.nowSeconds(),
    })
    answerOk(res, OK_BODY)
  })
  return router
}

function kfFromQuery(req: Request): string | undefined {
  const v = req.query.kf_account
  return typeof v === 'string' && v !== '' ? v : undefined
}

function kfFromBody(req: Request): string | undefined {
  const raw: unknown = req.body
  if (!Buffer.isBuffer(raw)) return undefined
  const body = parseJsonObject(raw)
  return typeof body === 'string' ? undefined : filled(body, 'kf_account')
}
