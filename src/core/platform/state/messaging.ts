/** Placeholder: templates, mass-send jobs, customer-service accounts, drafts and publishing. */
import type { StoreDeps } from './store-deps'

export class MessagingStore {
  readonly deps: StoreDeps

  constructor(deps: StoreDeps) {
    this.deps = deps
  }
}
