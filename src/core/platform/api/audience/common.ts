/**
 * What the audience routes share (docs/api-audience.md): reading an openid list and a tag id the
 * way WeChat does, and answering only once a change is on disk.
 */
import type { Response } from 'express'
import type { Account } from '../../../../shared/model/account'
import type { SimUser } from '../../../../shared/model/sim-user'
import type { PlatformContext } from '../../../context/platform-context'
import { noteAnalysis } from '../analysis'
import { arr } from '../fields'
import type { JsonObject } from '../json-body'
import { checkMembers } from '../openid-list'
import { answerError, answerOk } from '../reply'

/**
 * `openid_list`: 1..max openids of this account; another account's answers 49003 [doc]. The
 * users, or undefined after answering the error (40032, 40003, 49003; see openid-list.ts).
 */
export function readMembers(
  ctx: PlatformContext,
  res: Response,
  account: Account,
  body: JsonObject,
  max: number,
): readonly SimUser[] | undefined {
  const members = checkMembers(ctx, account, arr(body, 'openid_list'), {
    min: 1,
    max,
    foreign: 49003,
  })
  if (members.ok) return members.users
  answerError(ctx, res, members.errcode)
  return undefined
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
