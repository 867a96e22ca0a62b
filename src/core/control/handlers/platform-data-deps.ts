/**
 * What the handlers of the platform's data (media, avatars, QR codes, tags, templates) are built
 * with: the engine (a photo the phone's user sends is a push), the platform's state and context,
 * and the mock platform's address (preview URLs the app loads).
 */
import type { PlatformContext } from '../../context/platform-context'
import type { Engine } from '../../engine/engine'
import type { PlatformState } from '../../platform/state'

export interface PlatformDataDeps {
  readonly ctx: PlatformContext
  readonly state: PlatformState
  readonly engine: Engine
  /** e.g. http://127.0.0.1:5175 */
  readonly platformUrl: string
}
