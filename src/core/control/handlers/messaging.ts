/** Placeholder while the messaging commands are being built. */
import type { Handlers } from '../mount-contract'
import type { PlatformDataDeps } from './platform-data-deps'

type MessagingCommands = Pick<Handlers, 'listTemplates' | 'putTemplate' | 'deleteTemplate'>

export function messagingHandlers(_deps: PlatformDataDeps): MessagingCommands {
  const later = () => Promise.reject(new Error('not built yet'))
  return {
    listTemplates: later,
    putTemplate: later,
    deleteTemplate: later,
  }
}
