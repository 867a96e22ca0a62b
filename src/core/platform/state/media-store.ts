/** Placeholder: temporary media and permanent material, kept in the workspace's media/ folder. */
import type { StoreDeps } from './store-deps'

export class MediaStore {
  readonly deps: StoreDeps

  constructor(deps: StoreDeps) {
    this.deps = deps
  }
}
