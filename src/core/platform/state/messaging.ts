/**
 * Everything the messaging APIs keep (docs/api-messaging.md): private templates and industries
 * (persisted in the workspace's templates/ folder), mass-send jobs, customer-service accounts,
 * drafts and publish jobs.
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
    this.kf = new KfBook()
    this.drafts = new DraftBook(deps.random)
  }

  flush(): Promise<void> {
    return this.templates.flush()
  }
}
