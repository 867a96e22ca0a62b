/**
 * Who carries which tag (docs/api-audience.md; WeChat's 用户标签管理 [doc]):
 *   POST tags/members/batchtagging   {openid_list (≤50), tagid} → ok; 40032 list size, 45159
 *        unknown tag, 45059 a user over 20 tags, 40003 unknown openid, 49003 another account's
 *   POST tags/members/batchuntagging {openid_list (≤50), tagid} → ok; same checks but 45059
 *   POST tags/getidlist {openid}     → {tagid_list:[…]} in the order the tags were put on
 *   POST user/tag/get {tagid, next_openid} → {count, data:{openid:[…]}, next_openid}: followers
 *        with the tag, 10,000 a page like user/get [unconfirmed page size]; past the end count 0
 *        and no `data`, which ends wechatpy's iter_tag_users [sdk]
 * Tags live on the users (users.json). Tagging is all-or-nothing: one bad openid changes nobody
 * [unconfirmed].
 */
import { RouteTable } from '../../http/route-table'
import type { PlatformContext } from '../../../context/platform-context'
import { noteExchange } from '../../http/record-exchange'
import { authenticate } from '../auth'
import { str } from '../fields'
import { readJsonBody } from '../json-body'
import { checkMember } from '../openid-list'
import { openidPage } from '../openid-page'
import type { PlatformOptions } from '../options'
import { OK_BODY, answerError, answerOk } from '../reply'
import { apiRoute } from '../route'
import { readMembers, readTagId, tagMembers } from './common'

export const TAGGING_BATCH_MAX = 50
export const TAGS_PER_USER_MAX = 20
export const TAG_FANS_PAGE = 10_000

export function tagMembersRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, audience } = options.state

  for (const [path, tagging] of [
    ['/cgi-bin/tags/members/batchtagging', true],
    ['/cgi-bin/tags/members/batchuntagging', false],
  ] as const) {
    apiRoute(ctx, router, 'POST', path, (req, res) => {
      const account = authenticate(ctx, tokens, req, res)
      if (!account) return
      const body = readJsonBody(ctx, req, res)
      if (!body) return
      const members = readMembers(ctx, res, account, body, TAGGING_BATCH_MAX)
      if (!members) return
      const tagId = readTagId(body.tagid)
      if (tagId === undefined || !audience.tag(account.id, tagId)) {
        answerError(ctx, res, 45159)
        return
      }
      const changed = members.map((user) => {
        const without = user.tagIds.filter((t) => t !== tagId)
        // Re-tagging moves the tag to the end: it is now the last put on (menu matching uses it).
        return { user, tagIds: tagging ? [...without, tagId] : without }
      })
      if (changed.some((c) => c.tagIds.length > TAGS_PER_USER_MAX)) {
        answerError(ctx, res, 45059)
        return
      }
      for (const c of changed) ctx.directory.putUser({ ...c.user, tagIds: c.tagIds })
      answerOk(res, OK_BODY)
    })
  }

  apiRoute(ctx, router, 'POST', '/cgi-bin/tags/getidlist', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const openid = str(body, 'openid')
    if (openid) noteExchange(res, { openid })
    const found = checkMember(ctx, account, openid, 49003)
    if (!found.ok) {
      answerError(ctx, res, found.errcode)
      return
    }
    answerOk(res, { tagid_list: [...found.user.tagIds] })
  })

  apiRoute(ctx, router, 'POST', '/cgi-bin/user/tag/get', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const tagId = readTagId(body.tagid)
    if (tagId === undefined || !audience.tag(account.id, tagId)) {
      answerError(ctx, res, 45159)
      return
    }
    const fans = tagMembers(ctx, account.id, tagId).map((u) => u.openid)
    const page = openidPage(fans, str(body, 'next_openid'), TAG_FANS_PAGE)
    if (!page) {
      answerError(ctx, res, 40003)
      return
    }
    answerOk(res, page)
  })

  return router
}
