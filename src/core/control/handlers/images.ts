/** Placeholder while the images commands are being built. */
import type { Handlers } from '../mount-contract'
import type { PlatformDataDeps } from './platform-data-deps'

type ImagesCommands = Pick<Handlers, 'setUserAvatar' | 'listQrCodes'>

export function imagesHandlers(_deps: PlatformDataDeps): ImagesCommands {
  const later = () => Promise.reject(new Error('not built yet'))
  return {
    setUserAvatar: later,
    listQrCodes: later,
  }
}
