/**
 * Tag definitions (docs/api-audience.md; WeChat's 用户标签管理 [doc]):
 *   POST tags/create {tag:{name}}      → {tag:{id,name}}; 45157 name used/blank, 45158 > 30 bytes,
 *                                        45056 over 100 tags
 *   GET  tags/get                      → {tags:[{id,name,count}]}; count = followers carrying it
 *   POST tags/update {tag:{id,name}}   → ok; 45058 for 0/1/2, 45159 unknown id, 45157/45158
 *   POST tags/delete {tag:{id}}        → ok; 45058, 45159, 45057 over 100,000 fans [doc];
 *                                        the tag comes off every user
 * A body without a `tag` object answers 47001 (data format error) [unconfirmed].
 */
import { RouteTable } from '../../http/route-table'
import type { Response } from 'express'
import type { PlatformContext } from '../../../context/platform-context'
import { authenticate } from '../auth'
import { obj, str } from '../fields'
import { readJsonBody } from '../json-body'
import type { JsonObject } from '../json-body'
import type { PlatformOptions } from '../options'
import { OK_BODY, answerError, answerOk } from '../reply'
import { apiRoute } from '../route'
import { answerWhenSaved, readTagId, tagMembers } from './common'

/** Above this many fans a tag cannot be deleted directly [doc]. */
export const DELETE_FAN_LIMIT = 100_000

export function tagsRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, audience } = options.state

  apiRoute(ctx, router, 'POST', '/cgi-bin/tags/create', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const tag = obj(body, 'tag')
    if (!tag) {
      answerError(ctx, res, 47001)
      return
    }
    const made = audience.createTag(account.id, str(tag, 'name') ?? '')
    if (!made.ok) {
      answerError(ctx, res, made.errcode)
      return
    }
    answerWhenSaved(ctx, res, audience.save(account.id), { tag: made.tag })
  })

  apiRoute(ctx, router, 'GET', '/cgi-bin/tags/get', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const tags = audience.tags(account.id).map((t) => ({
      id: t.id,
      name: t.name,
      count: tagMembers(ctx, account.id, t.id).length,
    }))
    answerOk(res, { tags })
  })

  apiRoute(ctx, router, 'POST', '/cgi-bin/tags/update', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const tag = readTagRef(ctx, res, body)
    if (!tag) return
    const renamed = audience.renameTag(account.id, tag.id, str(tag.body, 'name') ?? '')
    if (!renamed.ok) {
      answerError(ctx, res, renamed.errcode)
      return
    }
    answerWhenSaved(ctx, res, audience.save(account.id), OK_BODY)
  })

  apiRoute(ctx, router, 'POST', '/cgi-bin/tags/delete', (req, res) => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const body = readJsonBody(ctx, req, res)
    if (!body) return
    const tag = readTagRef(ctx, res, body)
    if (!tag) return
    const { id } = tag
    if (audience.tag(account.id, id) && tagMembers(ctx, account.id, id).length > DELETE_FAN_LIMIT) {
      answerError(ctx, res, 45057)
      return
    }
    const deleted = audience.deleteTag(account.id, id)
    if (!deleted.ok) {
      answerError(ctx, res, deleted.errcode)
      return
    }
    for (const user of ctx.directory.listUsers(account.id)) {
      if (user.tagIds.includes(id)) {
        ctx.directory.putUser({ ...user, tagIds: user.tagIds.filter((t) => t !== id) })
      }
    }
    answerWhenSaved(ctx, res, audience.save(account.id), OK_BODY)
  })

  return router
}

/**
 * The `tag` object update and delete name an existing tag with, and its id; undefined after
 * answering 47001 (no `tag` object) or 45159 (an id that cannot be one).
 */
function readTagRef(
  ctx: PlatformContext,
  res: Response,
  body: JsonObject,
): { readonly body: JsonObject; readonly id: number } | undefined {
  const tag = obj(body, 'tag')
  const id = readTagId(tag?.id)
  if (tag && id !== undefined) return { body: tag, id }
  answerError(ctx, res, tag ? 45159 : 47001)
  return undefined
}
