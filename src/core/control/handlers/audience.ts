/**
 * listTags: the account's tags with how many followers carry each (as tags/get counts them) and
 * its blacklist, for the app's Account data panel (docs/api-audience.md).
 */
import type { Handlers } from '../mount-contract'
import { ControlError } from '../control-error'
import type { PlatformDataDeps } from './platform-data-deps'

type AudienceCommands = Pick<Handlers, 'listTags'>

export function audienceHandlers(deps: PlatformDataDeps): AudienceCommands {
  const { ctx, state } = deps
  return {
    listTags: ({ accountId: given }) => {
      // No accountId: the first account, as the other platform-data commands read it.
      const accountId = given ?? ctx.directory.listAccounts()[0]?.id
      if (accountId === undefined || !ctx.directory.account(accountId)) {
        return Promise.reject(
          new ControlError('invalid-input', `no account ${given ?? '(none configured)'}`),
        )
      }
      const followers = ctx.directory.listUsers(accountId).filter((u) => u.subscribed)
      const items = state.audience.tags(accountId).map((t) => ({
        id: t.id,
        name: t.name,
        count: followers.filter((u) => u.tagIds.includes(t.id)).length,
      }))
      return Promise.resolve({ items, blacklist: [...state.audience.blacklist(accountId)] })
    },
  }
}
