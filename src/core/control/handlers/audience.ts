/**
 * The account's audience for the app's Account data panel (docs/api-audience.md): listTags (the
 * tags with how many followers carry each, as tags/get counts them, and the blacklist), and the
 * admin page's 用户管理 edits — createTag, renameTag, deleteTag, setUserTags, setBlacklisted —
 * under the rules the tags/* and tags/members/* APIs apply (the same store, the same limits). A
 * change WeChat would refuse answers invalid-input with the reason in Chinese and English; a
 * change is answered once it is on disk, like the API routes answer.
 */
import type { SimUser } from '../../../shared/model/sim-user'
import { TAG_LIMIT, TAG_NAME_MAX_BYTES } from '../../platform/state/audience'
import type { TagChange } from '../../platform/state/audience'
import { tagMembers } from '../../platform/api/audience/common'
import { TAGS_PER_USER_MAX } from '../../platform/api/audience/tag-members'
import { DELETE_FAN_LIMIT } from '../../platform/api/audience/tags'
import { WorkspaceError } from '../../workspace'
import { directorySaved } from '../../workspace/directory-sync'
import type { Handlers } from '../mount-contract'
import { ControlError } from '../control-error'
import type { PlatformDataDeps } from './platform-data-deps'

type AudienceCommands = Pick<
  Handlers,
  'listTags' | 'createTag' | 'renameTag' | 'deleteTag' | 'setUserTags' | 'setBlacklisted'
>

function refused(message: string, path: string): ControlError {
  return new ControlError('invalid-input', message, [{ path, message }])
}

/** Why the store refused a tag change, as the admin page would say it (errcode in brackets). */
function tagRefusal(errcode: number, id: number | undefined, name: string, verb: string) {
  switch (errcode) {
    case 45157:
      return name.trim() === ''
        ? refused('标签名不能为空 / the tag name is empty (45157)', 'name')
        : refused(`标签名“${name}”已存在 / the tag name “${name}” is taken (45157)`, 'name')
    case 45158:
      return refused(
        `标签名超过 ${TAG_NAME_MAX_BYTES} 字节 / the tag name is longer than ${TAG_NAME_MAX_BYTES} bytes (UTF-8) (45158)`,
        'name',
      )
    case 45056:
      return refused(
        `标签数量已达上限 ${TAG_LIMIT} 个 / the account already has ${TAG_LIMIT} tags, the most it can have (45056)`,
        'name',
      )
    case 45058:
      return refused(
        `系统标签不能${verb === 'renamed' ? '修改' : '删除'} / a system tag (0, 1, 2) cannot be ${verb} (45058)`,
        'id',
      )
    case 45159:
      return refused(`标签 ${id ?? ''} 不存在 / there is no tag ${id ?? ''} (45159)`, 'id')
    default:
      return refused(`标签未能修改 / the tag was not changed (${errcode})`, 'id')
  }
}

export function audienceHandlers(deps: PlatformDataDeps): AudienceCommands {
  const { ctx, state } = deps
  const { audience } = state

  // No accountId: the first account, as the other platform-data commands read it.
  const accountOf = (given: string | undefined): string => {
    const accountId = given ?? ctx.directory.listAccounts()[0]?.id
    if (accountId === undefined || !ctx.directory.account(accountId)) {
      throw new ControlError('invalid-input', `no account ${given ?? '(none configured)'}`)
    }
    return accountId
  }

  const list = (accountId: string) => {
    const followers = ctx.directory.listUsers(accountId).filter((u) => u.subscribed)
    const items = audience.tags(accountId).map((t) => ({
      id: t.id,
      name: t.name,
      count: followers.filter((u) => u.tagIds.includes(t.id)).length,
    }))
    return { items, blacklist: [...audience.blacklist(accountId)] }
  }

  const userOf = (accountId: string, openid: string): SimUser => {
    const user = ctx.directory.user(openid)
    if (!user || user.accountId !== accountId) {
      throw refused(
        `账号 ${accountId} 没有用户 ${openid} / account ${accountId} has no user ${openid}`,
        'openid',
      )
    }
    return user
  }

  /** The tags file (and users.json when users changed) on disk before answering. */
  const saved = async (accountId: string, usersChanged: boolean) => {
    try {
      await audience.save(accountId)
      if (usersChanged) await directorySaved(ctx.directory, 'user')
    } catch (error) {
      const reason = error instanceof WorkspaceError ? error.message : String(error)
      throw new ControlError(
        'internal',
        `the change was not saved (${reason}); it is kept in memory and saving is retried with the next change`,
      )
    }
  }

  const applied = (change: TagChange, id: number | undefined, name: string, verb: string) => {
    if (!change.ok) throw tagRefusal(change.errcode, id, name, verb)
  }

  return {
    // A throw (no such account) becomes the rejection the other commands answer with.
    listTags: ({ accountId }) => Promise.resolve().then(() => list(accountOf(accountId))),

    createTag: async ({ accountId: given, name }) => {
      const accountId = accountOf(given)
      applied(audience.createTag(accountId, name), undefined, name, 'created')
      await saved(accountId, false)
      return list(accountId)
    },

    renameTag: async ({ accountId: given, id, name }) => {
      const accountId = accountOf(given)
      applied(audience.renameTag(accountId, id, name), id, name, 'renamed')
      await saved(accountId, false)
      return list(accountId)
    },

    deleteTag: async ({ accountId: given, id }) => {
      const accountId = accountOf(given)
      if (audience.tag(accountId, id) && tagMembers(ctx, accountId, id).length > DELETE_FAN_LIMIT) {
        throw refused(
          `标签粉丝超过 ${DELETE_FAN_LIMIT} 人，不能直接删除 / a tag with more than ${DELETE_FAN_LIMIT} followers cannot be deleted directly (45057)`,
          'id',
        )
      }
      applied(audience.deleteTag(accountId, id), id, '', 'deleted')
      // As tags/delete does: the tag comes off every user.
      let usersChanged = false
      for (const user of ctx.directory.listUsers(accountId)) {
        if (user.tagIds.includes(id)) {
          ctx.directory.putUser({ ...user, tagIds: user.tagIds.filter((t) => t !== id) })
          usersChanged = true
        }
      }
      await saved(accountId, usersChanged)
      return list(accountId)
    },

    setUserTags: async ({ accountId: given, openid, tagIds }) => {
      const accountId = accountOf(given)
      const user = userOf(accountId, openid)
      const wanted = [...new Set(tagIds)]
      const unknown = wanted.find((id) => !audience.tag(accountId, id))
      if (unknown !== undefined) throw tagRefusal(45159, unknown, '', 'set')
      if (wanted.length > TAGS_PER_USER_MAX) {
        throw refused(
          `每个用户最多 ${TAGS_PER_USER_MAX} 个标签 / a user can carry at most ${TAGS_PER_USER_MAX} tags (45059)`,
          'tagIds',
        )
      }
      // Tags already on keep their place (the last put on decides personalised menus); new ones
      // go on after them, in the order given, as batchtagging would put them on one by one.
      const kept = user.tagIds.filter((id) => wanted.includes(id))
      const next = [...kept, ...wanted.filter((id) => !kept.includes(id))]
      const same =
        next.length === user.tagIds.length && next.every((id, i) => user.tagIds[i] === id)
      if (!same) ctx.directory.putUser({ ...user, tagIds: next })
      if (!same) await saved(accountId, true)
      return list(accountId)
    },

    setBlacklisted: async ({ accountId: given, openid, blacklisted }) => {
      const accountId = accountOf(given)
      userOf(accountId, openid)
      if (blacklisted) audience.block(accountId, [openid])
      else audience.unblock(accountId, [openid])
      await saved(accountId, false)
      return list(accountId)
    },
  }
}
