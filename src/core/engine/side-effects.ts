/**
 * The dedupe verdict (protocol.md §7.3 "De-duplication guidance"): while a push is being
 * delivered (and retried), count what the bot makes the user see through other channels — the
 * customer-service messages it sends to this user. A bot that does its work once per *attempt*
 * instead of once per MsgId sends the same answer two or three times.
 */
import type { DedupeReport } from '../../shared/model/analysis'
import type { EventBus } from '../runtime/event-bus'

export type { DedupeReport }

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
