/** Placeholder while the media commands are being built. */
import type { Handlers } from '../mount-contract'
import type { PlatformDataDeps } from './platform-data-deps'

type MediaCommands = Pick<Handlers, 'listMedia' | 'getMedia' | 'deleteMedia' | 'sendPhoneMedia'>

export function mediaHandlers(_deps: PlatformDataDeps): MediaCommands {
  const later = () => Promise.reject(new Error('not built yet'))
  return {
    listMedia: later,
    getMedia: later,
    deleteMedia: later,
    sendPhoneMedia: later,
  }
}
