/** Placeholder: tags and the blacklist per account. */
import type { StoreDeps } from './store-deps'

export class AudienceStore {
  readonly deps: StoreDeps

  constructor(deps: StoreDeps) {
    this.deps = deps
  }
}
