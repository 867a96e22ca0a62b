/**
 * What a platform store is built with: the simulated clock, the random source, the event bus, and
 * the workspace folder for stores that keep files (media, avatars). No folder (unit tests) keeps
 * everything in memory.
 */
import type { PlatformContext } from '../../context/platform-context'

export interface StoreDeps {
  readonly clock: PlatformContext['clock']
  readonly random: PlatformContext['random']
  readonly bus: PlatformContext['bus']
  /** The workspace folder; absent keeps the store in memory. */
  readonly dir?: string
}
