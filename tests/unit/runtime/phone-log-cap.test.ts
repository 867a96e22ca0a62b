/**
 * What the phones were shown stays bounded however long a session runs: a million messages to
 * ten thousand users (a load run's worth) leave at most the cap in memory, the newest ones, and
 * each user's list is the newest of theirs still held — nothing grows with the number of pushes.
 */
import { describe, expect, it } from 'vitest'
import type { PhoneMessage } from '../../../src/core/runtime/event-bus'
import { PHONE_LOG_LIMIT, PhoneLog } from '../../../src/core/runtime/phone-log'

const USERS = 10_000
const MESSAGES = 1_000_000

function message(n: number): PhoneMessage {
  return {
    accountId: 'acc-1',
    openid: `o${n % USERS}`,
    source: 'passive-reply',
    msgType: 'text',
    payload: { content: `#${n}` },
    simTime: n,
  }
}

describe('the phone log under a million messages', () => {
  it('keeps at most the cap, newest first kept, per user and in all', () => {
    const log = new PhoneLog()
    let largest = 0
    for (let n = 0; n < MESSAGES; n += 1) {
      log.add(message(n))
      if (n % 10_000 === 0) largest = Math.max(largest, log.list().length)
    }
    const kept = log.list()
    expect(largest).toBeLessThanOrEqual(PHONE_LOG_LIMIT * 1.25)
    expect(kept.length).toBeLessThanOrEqual(PHONE_LOG_LIMIT * 1.25)
    expect(kept.at(-1)?.simTime).toBe(MESSAGES - 1)
    // Only the oldest go: what is kept is the newest run of messages.
    expect(kept.map((m) => m.simTime)).toEqual(
      Array.from({ length: kept.length }, (_, i) => MESSAGES - kept.length + i),
    )
    const user = `o${(MESSAGES - 1) % USERS}`
    expect(log.list('acc-1', user).map((m) => m.simTime)).toEqual(
      kept.filter((m) => m.openid === user).map((m) => m.simTime),
    )
  })
})
