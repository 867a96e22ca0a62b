/**
 * The dedupe verdict (issue 3 §1, spec §7.3 "De-duplication guidance"): while a push is being
 * delivered (and retried), count what the bot makes the user see through other channels — the
 * customer-service messages it sends to this user. A bot that does its work once per *attempt*
 * instead of once per MsgId sends the same answer two or three times.
 */
import type { EventBus } from '../runtime/event-bus'

export interface DedupeReport {
  readonly attempts: number
  /** Customer-service messages the bot sent this user during the delivery (+ grace). */
  readonly customSends: number
  /** Whether the passive reply itself was shown. */
  readonly visibleReply: boolean
  /**
   * True when a retried delivery produced more than one user-visible answer: the bot handled a
   * retry as a new message. Bots should de-duplicate by MsgId (events: FromUserName + CreateTime).
   */
  readonly duplicate: boolean
}

export interface SideEffectObserver {
  finish(graceMs: number, facts: { attempts: number; visibleReply: boolean }): Promise<DedupeReport>
}

export function observeSideEffects(
  bus: EventBus,
  accountId: string,
  openid: string,
): SideEffectObserver {
  let customSends = 0
  const stop = bus.on('phone', (message) => {
    if (
      message.accountId === accountId &&
      message.openid === openid &&
      message.source === 'custom-send'
    ) {
      customSends++
    }
  })
  return {
    async finish(graceMs, facts) {
      if (graceMs > 0) await new Promise((resolve) => setTimeout(resolve, graceMs))
      stop()
      const visible = customSends + (facts.visibleReply ? 1 : 0)
      return {
        attempts: facts.attempts,
        customSends,
        visibleReply: facts.visibleReply,
        duplicate: facts.attempts > 1 && visible > 1,
      }
    },
  }
}
