/**
 * listTemplates / putTemplate / deleteTemplate: the account's private templates for the app's
 * Account data panel (docs/api-messaging.md "Templates"). The same store answers
 * get_all_private_template and message/template/send, and keeps them in the workspace.
 */
import type { PrivateTemplate } from '../../platform/state/messaging-templates'
import type { Handlers } from '../mount-contract'
import { ControlError } from '../control-error'
import type { PlatformDataDeps } from './platform-data-deps'

type MessagingCommands = Pick<Handlers, 'listTemplates' | 'putTemplate' | 'deleteTemplate'>

function item(t: PrivateTemplate) {
  return {
    templateId: t.templateId,
    ...(t.shortId === undefined ? {} : { shortId: t.shortId }),
    title: t.title,
    primaryIndustry: t.primaryIndustry,
    deputyIndustry: t.deputyIndustry,
    content: t.content,
    example: t.example,
  }
}

export function messagingHandlers(deps: PlatformDataDeps): MessagingCommands {
  const { ctx, state } = deps
  const book = state.messaging.templates
  /** No accountId: the first account, as the other platform-data commands read it. */
  const accountOf = (given: string | undefined): string => {
    const accountId = given ?? ctx.directory.listAccounts()[0]?.id
    if (accountId === undefined || !ctx.directory.account(accountId)) {
      throw new ControlError('invalid-input', `no account ${given ?? '(none configured)'}`)
    }
    return accountId
  }
  const listOf = (accountId: string) => ({ items: book.list(accountId).map(item) })
  return {
    listTemplates: ({ accountId }) => Promise.resolve(listOf(accountOf(accountId))),
    putTemplate: async (input) => {
      const accountId = accountOf(input.accountId)
      const existing =
        input.templateId === undefined ? undefined : book.find(accountId, input.templateId)
      await book.put(accountId, {
        ...(input.templateId === undefined ? {} : { templateId: input.templateId }),
        ...(existing?.shortId === undefined ? {} : { shortId: existing.shortId }),
        title: input.title,
        content: input.content,
        example: input.example ?? existing?.example ?? '',
        primaryIndustry: input.primaryIndustry ?? existing?.primaryIndustry ?? 'IT科技',
        deputyIndustry: input.deputyIndustry ?? existing?.deputyIndustry ?? '互联网|电子商务',
      })
      return listOf(accountId)
    },
    deleteTemplate: async ({ accountId: given, templateId }) => {
      const accountId = accountOf(given)
      if (!(await book.remove(accountId, templateId))) {
        throw new ControlError('invalid-input', `no template ${templateId} in account ${accountId}`)
      }
      return listOf(accountId)
    },
  }
}
