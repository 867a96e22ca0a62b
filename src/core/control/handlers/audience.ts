/** Placeholder while the audience commands are being built. */
import type { Handlers } from '../mount-contract'
import type { PlatformDataDeps } from './platform-data-deps'

type AudienceCommands = Pick<Handlers, 'listTags'>

export function audienceHandlers(_deps: PlatformDataDeps): AudienceCommands {
  const later = () => Promise.reject(new Error('not built yet'))
  return {
    listTags: later,
  }
}
