/**
 * What each simulated phone has been shown that is not a passive reply's exchange alone:
 * customer-service and template messages the bot sent through the API, replies and system tips.
 * Kept in memory (bounded), so a reloaded page shows the same chat; the exchange log on disk stays
 * the record of truth.
 */
import type { EventBus, PhoneMessage } from './event-bus'

export const PHONE_LOG_LIMIT = 5000

export class PhoneLog {
  private readonly items: PhoneMessage[] = []
  private readonly limit: number

  constructor(limit = PHONE_LOG_LIMIT) {
    this.limit = limit
  }

  /** Records every `phone` event of the bus; returns the unsubscribe function. */
  follow(bus: EventBus): () => void {
    return bus.on('phone', (message) => this.add(message))
  }

  add(message: PhoneMessage): void {
    this.items.push(message)
    // Drop the oldest in a block rather than one by one: amortised O(1).
    if (this.items.length > this.limit * 1.25) this.items.splice(0, this.items.length - this.limit)
  }

  /** Messages shown on the phones (of one account, of one user), oldest first. */
  list(accountId?: string, openid?: string): PhoneMessage[] {
    return this.items.filter(
      (m) =>
        (accountId === undefined || m.accountId === accountId) &&
        (openid === undefined || m.openid === openid),
    )
  }

  clear(): void {
    this.items.length = 0
  }
}
