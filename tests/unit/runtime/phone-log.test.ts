/**
 * PhoneLog: what the simulated phones were shown, kept in memory, bounded, filtered by account and
 * user, fed by the event bus.
 */
import { describe, expect, it } from 'vitest'
import { EventBus } from '../../../src/core/runtime/event-bus'
import type { PhoneMessage } from '../../../src/core/runtime/event-bus'
import { PHONE_LOG_LIMIT, PhoneLog } from '../../../src/core/runtime/phone-log'

function message(n: number, accountId = 'acc-1', openid = 'oA'): PhoneMessage {
  return {
    accountId,
    openid,
    source: 'custom-send',
    msgType: 'text',
    payload: { content: `#${n}` },
    simTime: n,
  }
}
const numbers = (list: readonly PhoneMessage[]) => list.map((m) => m.simTime)

describe('PhoneLog', () => {
  it('lists messages oldest first', () => {
    const log = new PhoneLog()
    for (let n = 1; n <= 3; n += 1) log.add(message(n))
    expect(numbers(log.list())).toEqual([1, 2, 3])
  })

  it.each([1, 4, 10])(
    'with limit %i keeps at most a quarter more, and always the newest',
    (limit) => {
      const log = new PhoneLog(limit)
      for (let n = 1; n <= 100; n += 1) {
        log.add(message(n))
        const kept = numbers(log.list())
        expect(kept.length).toBeLessThanOrEqual(Math.floor(limit * 1.25))
        expect(kept.length).toBeGreaterThanOrEqual(Math.min(n, limit))
        // A contiguous run ending with the message just added: only the oldest are dropped.
        expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => n - kept.length + 1 + i))
      }
    },
  )

  it('defaults to a limit of a few thousand', () => {
    const log = new PhoneLog()
    for (let n = 1; n <= PHONE_LOG_LIMIT * 2; n += 1) log.add(message(n))
    const kept = log.list()
    expect(kept.length).toBeGreaterThanOrEqual(PHONE_LOG_LIMIT)
    expect(kept.length).toBeLessThanOrEqual(PHONE_LOG_LIMIT * 1.25)
    expect(kept.at(-1)?.simTime).toBe(PHONE_LOG_LIMIT * 2)
  })

  it.each<[string, string | undefined, string | undefined, number[]]>([
    ['everything', undefined, undefined, [1, 2, 3, 4]],
    ['one account', 'acc-1', undefined, [1, 2, 3]],
    ['one user across accounts', undefined, 'oA', [1, 4]],
    ['one user of one account', 'acc-1', 'oA', [1]],
    ['an account with nothing', 'acc-9', undefined, []],
    ['a user of another account', 'acc-2', 'oB', []],
  ])('filters: %s', (_name, accountId, openid, expected) => {
    const log = new PhoneLog()
    log.add(message(1, 'acc-1', 'oA'))
    log.add(message(2, 'acc-1', 'oB'))
    log.add(message(3, 'acc-1', 'oC'))
    log.add(message(4, 'acc-2', 'oA'))
    expect(numbers(log.list(accountId, openid))).toEqual(expected)
  })

  it('a list is a copy: changing it does not change the log', () => {
    const log = new PhoneLog()
    log.add(message(1))
    log.list().pop()
    expect(log.list()).toHaveLength(1)
  })

  it('follows the bus until unsubscribed, and clear empties it', () => {
    const bus = new EventBus()
    const log = new PhoneLog()
    const stop = log.follow(bus)
    bus.emit('phone', message(1))
    bus.emit('menu', { accountId: 'acc-1' })
    expect(numbers(log.list())).toEqual([1])
    stop()
    bus.emit('phone', message(2))
    expect(numbers(log.list())).toEqual([1])
    log.clear()
    expect(log.list()).toEqual([])
  })
})
