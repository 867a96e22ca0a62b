/**
 * Retries (protocol.md §4.4, §7.3): when a bot does not answer within 5 seconds, WeChat re-sends the
 * identical push. A passive reply is harmless to compute twice (WeChat shows at most one), but a
 * side effect is not: without this check, a retried 慢/slow push would send the customer-service
 * message twice. The doc's keys: MsgId for messages, FromUserName + CreateTime for events.
 */
import type { InboundPush } from './inbound-push'

/** A retry comes within ~15 s (3 attempts, 5 s each); a minute of memory is plenty. */
const REMEMBER_SECONDS = 60
const MAX_REMEMBERED = 10_000

export class RecentPushes {
  readonly #seen = new Map<string, number>()
  readonly #now: () => number

  constructor(now: () => number) {
    this.#now = now
  }

  /** True the first time a push is seen (within the memory window), false for a retry. */
  firstTime(push: InboundPush): boolean {
    const now = this.#now()
    this.#forgetOld(now)
    const key = push.msgId ?? `${push.fromUserName}|${push.createTime}`
    if (this.#seen.has(key)) return false
    this.#seen.set(key, now)
    return true
  }

  #forgetOld(now: number): void {
    // Map keeps insertion order, so the oldest entries come first.
    for (const [key, seenAt] of this.#seen) {
      if (now - seenAt < REMEMBER_SECONDS && this.#seen.size < MAX_REMEMBERED) break
      this.#seen.delete(key)
    }
  }
}
