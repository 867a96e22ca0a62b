/** Placeholder: avatars the user picked, kept in the workspace's avatars/ folder. */
import type { StoreDeps } from './store-deps'

export class AvatarStore {
  readonly deps: StoreDeps

  constructor(deps: StoreDeps) {
    this.deps = deps
  }
}
