/**
 * What the audience routes share (docs/api-audience.md): reading an openid list and a tag id the
 * way WeChat does, telling "not this account's openid" (49003) from "no such openid" (40003), and
 * answering only once a change is on disk.
 */
import type { Response } from 'express'
import type { Account } from '../../../../shared/model/account'
import type { SimUser } from '../../../../shared/model/sim-user'
import type { PlatformContext } from '../../../context/platform-context'
import { noteAnalysis } from '../analysis'
import { arr } from '../fields'
import type { JsonObject } from '../json-body'
import { answerError, answerOk } from '../reply'

export type Members =
  | { readonly ok: true; readonly users: readonly SimUser[] }
  | { readonly ok: false; readonly errcode: number }

/**
 * `openid_list`: 1..max strings (40032 otherwise [doc]), each a user of this account: an openid
 * of another account answers 49003 [doc], an unknown one 40003 [doc].
 */
export function readMembers(
  ctx: PlatformContext,
  account: Account,
  body: JsonObject,
  max: number,
): Members {
  const list = arr(body, 'openid_list')
  if (!list || list.length === 0 || list.length > max) return { ok: false, errcode: 40032 }
  const users: SimUser[] = []
  for (const entry of list) {
    if (typeof entry !== 'string' || entry === '') return { ok: false, errcode: 40003 }
    const user = ctx.directory.user(entry)
    if (!user) return { ok: false, errcode: 40003 }
    if (user.accountId !== account.id) return { ok: false, errcode: 49003 }
    if (!users.some((u) => u.openid === user.openid)) users.push(user)
  }
  return { ok: true, users }
}

/** A tag id as SDKs send it: a JSON number, or a numeric string (the menu doc's "tag_id":"2"). */
export function readTagId(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value
  if (typeof value === 'string' && /^\d{1,10}$/.test(value)) return Number(value)
  return undefined
}

/** Answers `body` once `saved` resolves, -1 (system error) when the workspace could not be written. */
export function answerWhenSaved(
  ctx: PlatformContext,
  res: Response,
  saved: Promise<unknown>,
  body: unknown,
): void {
  saved.then(
    () => answerOk(res, body),
    (error: unknown) => {
      noteAnalysis(res, { problem: 'audience-not-stored', reason: String(error) })
      answerError(ctx, res, -1)
    },
  )
}

/** Followers of the account carrying the tag, in directory order. */
export function tagMembers(ctx: PlatformContext, accountId: string, tagId: number): SimUser[] {
  return ctx.directory.listUsers(accountId).filter((u) => u.subscribed && u.tagIds.includes(tagId))
}
