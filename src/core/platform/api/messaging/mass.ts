/**
 * Mass sends (docs/api-messaging.md "Mass sends"; WeChat doc "群发接口和原创校验" [doc]):
 * - POST /cgi-bin/message/mass/sendall {filter:{is_to_all, tag_id}, msgtype, <msgtype>:{…},
 *   send_ignore_reprint, clientmsgid} → {errcode:0, errmsg:"send job submission success", msg_id,
 *   msg_data_id (mpnews)} [wire: community threads quote this body];
 * - POST /cgi-bin/message/mass/send {touser:[2..10000 openids], …} [doc] (40032 outside that range
 *   [doc global table]; an openid not of this account 40003 [unconfirmed]);
 * - POST /cgi-bin/message/mass/preview {touser} → {errcode:0, errmsg:"preview success", msg_id}
 *   [doc]; 100 a day [doc]; the user must follow (43004);
 * - POST /cgi-bin/message/mass/delete {msg_id, article_idx} → ok; unknown id 40059 [unconfirmed];
 * - POST /cgi-bin/message/mass/get {msg_id} → {msg_id, msg_status} [doc]; unknown 40059 [wire];
 * - POST /cgi-bin/message/mass/speed/get|set {speed 0..4} → {speed, realspeed} [doc].
 * A tag nobody has and the audience store does not know answers -1 "system error": that is what
 * WeChat answered a wrong tag_id with [wire, community thread]. Recipients are the account's
 * followers; the blacklisted (state.audience) and users who received 4 this month are filtered out.
 * Each recipient's phone shows the message (source 'mass-send'); then onMassSent.
 */
import { RouteTable } from '../../http/route-table'
import type { Response } from 'express'
import type { Account } from '../../../../shared/model/account'
import type { PlatformContext } from '../../../context/platform-context'
import { noteExchange } from '../../http/record-exchange'
import { sendWechatJson } from '../../http/wechat-json'
import type { MassJob, MassTarget } from '../../state/messaging-mass'
import { noteAnalysis } from '../analysis'
import { authenticate } from '../auth'
import { arr, filled, obj, str } from '../fields'
import type { JsonObject } from '../json-body'
import { readJsonBody } from '../json-body'
import { checkMembers } from '../openid-list'
import type { PlatformOptions } from '../options'
import { withinQuota } from '../quota'
import { OK_BODY, answerError, answerOk } from '../reply'
import { apiRoute } from '../route'
import { lookupUser } from '../users'
import { callHook } from './hooks'
import { checkMassMessage } from './mass-message'
import { intField } from './templates'

const MIN_OPENIDS = 2
const MAX_OPENIDS = 10_000

type Recipients =
  | { readonly ok: true; readonly target: MassTarget; readonly openids: readonly string[] }
  | { readonly ok: false; readonly errcode: number; readonly problem: string }

export function massRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { state } = options
  const { tokens, quotas } = state
  const mass = state.messaging.mass

  /** Followers the sendall filter names. */
  const byFilter = (account: Account, body: JsonObject): Recipients => {
    const filter = obj(body, 'filter')
    if (!filter) return { ok: false, errcode: 40097, problem: 'missing:filter' }
    const followers = ctx.directory.listUsers(account.id).filter((u) => u.subscribed)
    if (filter.is_to_all === true) {
      return { ok: true, target: 'all', openids: followers.map((u) => u.openid) }
    }
    const tagId = intField(filter, 'tag_id')
    if (tagId === undefined) return { ok: false, errcode: 40097, problem: 'missing:filter.tag_id' }
    const carried = followers.filter((u) => u.tagIds.includes(tagId))
    if (carried.length === 0 && state.audience.tag(account.id, tagId) === undefined) {
      return { ok: false, errcode: -1, problem: 'unknown-tag' }
    }
    return { ok: true, target: 'tag', openids: carried.map((u) => u.openid) }
  }

  /** The openids mass/send lists: 2..10000, all of this account. */
  const byList = (account: Account, body: JsonObject): Recipients => {
    // mass/send drops entries that are not strings before counting; the tag APIs answer 40003.
    const list = (arr(body, 'touser') ?? []).filter((v): v is string => typeof v === 'string')
    const members = checkMembers(ctx, account, list, {
      min: MIN_OPENIDS,
      max: MAX_OPENIDS,
      foreign: 40003,
    })
    if (!members.ok) {
      const problem =
        members.errcode === 40032 ? 'touser-size' : `unknown-openid:${members.openid ?? ''}`
      return { ok: false, errcode: members.errcode, problem }
    }
    return { ok: true, target: 'openids', openids: members.users.map((u) => u.openid) }
  }

  /** The message sendall, send and preview carry, or undefined after answering why it cannot go. */
  const readMessage = (res: Response, account: Account, body: JsonObject) => {
    const message = checkMassMessage(state, account.id, body)
    if (message.ok) return message
    noteAnalysis(res, { problem: message.problem })
    answerError(ctx, res, message.errcode)
    return undefined
  }

  const send = (
    account: Account,
    body: JsonObject,
    res: Response,
    pick: (account: Account, body: JsonObject) => Recipients,
  ): void => {
    const recipients = pick(account, body)
    if (!recipients.ok) {
      noteAnalysis(res, { problem: recipients.problem })
      answerError(ctx, res, recipients.errcode)
      return
    }
    const message = readMessage(res, account, body)
    if (!message) return
    const clientMsgId = str(body, 'clientmsgid')
    if (clientMsgId !== undefined && clientMsgId !== '') {
      const check = mass.checkClientMsgId(account.id, clientMsgId)
      if (!check.ok) {
        noteAnalysis(res, { problem: 'clientmsgid-used' })
        if (check.errcode === 45065 && check.msgId !== undefined) {
          // The doc: 45065 comes back with the existing job's msg_id.
          noteExchange(res, { errcode: 45065 })
          sendWechatJson(
            res,
            undefined,
            `{"errcode":45065,"errmsg":"clientmsgid exist","msg_id":${check.msgId}}`,
          )
          return
        }
        answerError(ctx, res, check.errcode)
        return
      }
    }
    const users = recipients.openids.flatMap((openid) => {
      const user = ctx.directory.user(openid)
      return user ? [user] : []
    })
    const total = users.length
    const reached = users.filter(
      (u) =>
        u.subscribed &&
        !state.audience.isBlacklisted(account.id, u.openid) &&
        mass.canReceive(account.id, u.openid),
    )
    const msgId = mass.newId(account.id)
    const msgDataId = message.msgType === 'mpnews' ? mass.newId(account.id) : undefined
    const job: MassJob = {
      msgId,
      ...(msgDataId === undefined ? {} : { msgDataId }),
      accountId: account.id,
      target: recipients.target,
      msgType: message.msgType,
      message: message.message,
      recipients: reached.map((u) => u.openid),
      counts: { total, filter: reached.length, sent: reached.length, error: 0 },
      ...(clientMsgId ? { clientMsgId } : {}),
      createdAt: ctx.clock.nowSeconds(),
      status: 'SEND_SUCCESS',
      deletedArticles: [],
    }
    const saved = mass.add(job)
    for (const user of reached) {
      ctx.bus.emit('phone', {
        accountId: account.id,
        openid: user.openid,
        source: 'mass-send',
        msgType: message.msgType,
        payload: { ...message.message, msg_id: msgId },
        simTime: ctx.clock.nowSeconds(),
      })
    }
    const dataPart = msgDataId === undefined ? '' : `,"msg_data_id":${msgDataId}`
    const articles =
      message.msgType === 'mpnews' ? articleCount(state, account.id, message.message) : 0
    void saved.then(() => {
      answerOk(
        res,
        undefined,
        `{"errcode":0,"errmsg":"send job submission success","msg_id":${msgId}${dataPart}}`,
      )
      massSent(account, msgId, msgDataId, reached.length, total, articles)
    })
  }

  const massSent = (
    account: Account,
    msgId: string,
    msgDataId: string | undefined,
    reached: number,
    total: number,
    articles: number,
  ): void => {
    callHook('onMassSent', options.onMassSent, {
      accountId: account.id,
      msgId,
      status: reached > 0 ? 'send success' : 'send fail',
      totalCount: total,
      filterCount: reached,
      sentCount: reached,
      errorCount: 0,
      ...(articles > 0
        ? {
            articleUrls: Array.from(
              { length: articles },
              (_, i) => `${ARTICLE_BASE}/s?__biz=mpsim&mid=${msgDataId ?? msgId}&idx=${i + 1}`,
            ),
          }
        : {}),
    })
  }

  for (const [path, pick] of [
    ['/cgi-bin/message/mass/sendall', byFilter],
    ['/cgi-bin/message/mass/send', byList],
  ] as const) {
    apiRoute(ctx, router, 'POST', path, (req, res) => {
      const account = authenticate(ctx, tokens, req, res)
      if (!account) return
      const body = readJsonBody(ctx, req, res)
      if (!body) return
      send(account, body, res, pick)
    })
  }

  apiRoute(ctx, router, 'POST', '/cgi-bin/message/mass/preview', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const touser = filled(body, 'touser') ?? filled(body, 'towxname')
    if (touser) noteExchange(res, { openid: touser })
    const found = lookupUser(ctx, account, touser)
    if (!found.ok) {
      answerError(ctx, res, found.errcode)
      return
    }
    const message = readMessage(res, account, body)
    if (!message) return
    if (!found.user.subscribed) {
      answerError(ctx, res, 43004)
      return
    }
    if (!withinQuota(ctx, quotas, account, 'mass/preview', res)) return
    const msgId = mass.newId(account.id)
    const saved = mass.add({
      msgId,
      accountId: account.id,
      target: 'preview',
      msgType: message.msgType,
      message: message.message,
      recipients: [found.user.openid],
      counts: { total: 1, filter: 1, sent: 1, error: 0 },
      createdAt: ctx.clock.nowSeconds(),
      status: 'SEND_SUCCESS',
      deletedArticles: [],
    })
    ctx.bus.emit('phone', {
      accountId: account.id,
      openid: found.user.openid,
      source: 'mass-send',
      msgType: message.msgType,
      payload: { ...message.message, msg_id: msgId, preview: true },
      simTime: ctx.clock.nowSeconds(),
    })
    void saved.then(() =>
      answerOk(res, undefined, `{"errcode":0,"errmsg":"preview success","msg_id":${msgId}}`),
    )
  })

  apiRoute(ctx, router, 'POST', '/cgi-bin/message/mass/delete', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const job = findJob(res, account, body)
    if (!job) return
    // article_idx absent or 0 deletes the whole send; n ≥ 1 deletes the n-th article [doc].
    const idx = intField(body, 'article_idx') ?? 0
    const saved = mass.delete(account.id, job.msgId, idx) ?? Promise.resolve()
    void saved.then(() => answerOk(res, OK_BODY))
  })

  apiRoute(ctx, router, 'POST', '/cgi-bin/message/mass/get', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const job = findJob(res, account, body)
    if (!job) return
    answerOk(res, undefined, `{"msg_id":${job.msgId},"msg_status":"${job.status}"}`)
  })

  apiRoute(ctx, router, 'POST', '/cgi-bin/message/mass/speed/get', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const speed = mass.speed(account.id)
    answerOk(res, { speed, realspeed: REAL_SPEED[speed] })
  })

  apiRoute(ctx, router, 'POST', '/cgi-bin/message/mass/speed/set', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const speed = intField(body, 'speed')
    if (speed === undefined || speed < 0 || speed > 4) {
      answerError(ctx, res, 40097)
      return
    }
    void mass.setSpeed(account.id, speed).then(() => answerOk(res, OK_BODY))
  })

  /** The send the body's msg_id names (a preview is not one), or undefined after answering 40059. */
  const findJob = (res: Response, account: Account, body: JsonObject): MassJob | undefined => {
    const v = body.msg_id
    const id = typeof v === 'number' || typeof v === 'string' ? String(v).trim() : ''
    const job = id === '' ? undefined : mass.find(account.id, id)
    if (job && job.target !== 'preview') return job
    answerError(ctx, res, 40059)
    return undefined
  }
  return router
}

/** Sending speed levels 0..4 → 80, 60, 45, 30, 10 (ten thousand per minute) [doc]. */
const REAL_SPEED = [80, 60, 45, 30, 10] as const

/** Article links look like WeChat's permanent ones; nothing serves them. */
const ARTICLE_BASE = 'http://mp.weixin.qq.com'

/** How many articles an mpnews send holds: the draft's count, else 1. */
function articleCount(
  state: PlatformOptions['state'],
  accountId: string,
  message: JsonObject,
): number {
  const id = filled(message, 'media_id')
  const draft = id === undefined ? undefined : state.messaging.drafts.find(accountId, id)
  return draft ? Math.max(1, draft.articles.length) : 1
}
