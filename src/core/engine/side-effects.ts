/**
 * The dedupe verdict (protocol.md §7.3 "De-duplication guidance"): while a push is being
 * delivered (and retried), count what the bot makes the user see through other channels — the
 * customer-service messages it sends to this user. A bot that does its work once per *attempt*
 * instead of once per MsgId sends the same answer two or three times.
 */
import type { DedupeReport } from '../../shared/model/analysis'
import type { EventBus, PhoneMessage } from '../runtime/event-bus'

export type { DedupeReport }

export interface SideEffectObserver {
  /** Stops counting after `graceMs` (none: at once, without a timer) and reports. */
  finish(graceMs: number, facts: DeliveryFacts): Promise<DedupeReport>
  /** `finish(0, facts)` without the promise: most deliveries are answered at once. */
  finishNow(facts: DeliveryFacts): DedupeReport
}

export interface DeliveryFacts {
  readonly attempts: number
  readonly visibleReply: boolean
}

interface Counter {
  sends: number
}

/**
 * One `phone` listener per bus, and the deliveries in flight indexed by account and user: under
 * load, thousands of pushes are in flight at once, and one listener per push would make every
 * message the bot sends walk all of them.
 */
const watching = new WeakMap<EventBus, Map<string, Set<Counter>>>()

function watchKey(accountId: string, openid: string): string {
  return `${accountId}\n${openid}`
}

function registry(bus: EventBus): Map<string, Set<Counter>> {
  let byUser = watching.get(bus)
  if (!byUser) {
    const index = new Map<string, Set<Counter>>()
    bus.on('phone', (message: PhoneMessage) => {
      if (message.source !== 'custom-send') return
      const counters = index.get(watchKey(message.accountId, message.openid))
      if (counters) for (const counter of counters) counter.sends++
    })
    watching.set(bus, index)
    byUser = index
  }
  return byUser
}

export function observeSideEffects(
  bus: EventBus,
  accountId: string,
  openid: string,
): SideEffectObserver {
  return new Observer(registry(bus), watchKey(accountId, openid))
}

/** One delivery's count, in the bus's index until it finishes. */
class Observer implements SideEffectObserver {
  private readonly byUser: Map<string, Set<Counter>>
  private readonly key: string
  private readonly counter: Counter = { sends: 0 }

  constructor(byUser: Map<string, Set<Counter>>, key: string) {
    this.byUser = byUser
    this.key = key
    let counters = byUser.get(key)
    if (!counters) {
      counters = new Set()
      byUser.set(key, counters)
    }
    counters.add(this.counter)
  }

  async finish(graceMs: number, facts: DeliveryFacts): Promise<DedupeReport> {
    if (graceMs > 0) await new Promise((resolve) => setTimeout(resolve, graceMs))
    return this.finishNow(facts)
  }

  finishNow(facts: DeliveryFacts): DedupeReport {
    const counters = this.byUser.get(this.key)
    counters?.delete(this.counter)
    if (counters?.size === 0) this.byUser.delete(this.key)
    const customSends = this.counter.sends
    const visible = customSends + (facts.visibleReply ? 1 : 0)
    return {
      attempts: facts.attempts,
      customSends,
      visibleReply: facts.visibleReply,
      duplicate: facts.attempts > 1 && visible > 1,
    }
  }
}
