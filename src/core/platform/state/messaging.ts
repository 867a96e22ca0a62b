/**
 * Everything the messaging APIs keep (docs/api-messaging.md "What is kept where"): private
 * templates and industries, mass-send jobs, customer-service accounts, drafts and publish jobs,
 * each in one JSON file per account in the workspace (templates/, mass/, kf/, drafts/, publish/);
 * no workspace folder keeps them in memory. The typing indicator is never kept.
 */
import { DraftBook } from './messaging-drafts'
import { KfBook } from './messaging-kf'
import { MassLog } from './messaging-mass'
import { TemplateBook } from './messaging-templates'
import type { StoreDeps } from './store-deps'

export class MessagingStore {
  readonly deps: StoreDeps
  readonly templates: TemplateBook
  readonly mass: MassLog
  readonly kf: KfBook
  readonly drafts: DraftBook
  /** accountId\nopenid → simulated ms until which a Typing indicator is shown (15 s [doc]). */
  readonly typingUntil = new Map<string, number>()

  constructor(deps: StoreDeps) {
    this.deps = deps
    this.templates = new TemplateBook(deps)
    this.mass = new MassLog(deps)
    this.kf = new KfBook(deps)
    this.drafts = new DraftBook(deps)
  }

  /** Resolves once every change made so far is on disk. */
  async flush(): Promise<void> {
    await Promise.all([
      this.templates.flush(),
      this.mass.flush(),
      this.kf.flush(),
      this.drafts.flush(),
    ])
  }
}
