/**
 * The dedupe count (side-effects.ts): customer-service sends to the delivery's user, counted while
 * the delivery runs, with one bus listener however many deliveries are in flight.
 */
import { describe, expect, it } from 'vitest'
import { observeSideEffects } from '../../../src/core/engine/side-effects'
import { EventBus } from '../../../src/core/runtime/event-bus'
import type { PhoneMessage } from '../../../src/core/runtime/event-bus'

function send(bus: EventBus, over: Partial<PhoneMessage> = {}): void {
  bus.emit('phone', {
    accountId: 'acc',
    openid: 'o1',
    source: 'custom-send',
    msgType: 'text',
    payload: { content: 'hi' },
    simTime: 0,
    ...over,
  })
}

describe('observeSideEffects', () => {
  it("counts the user's customer-service sends only, and only until it finishes", () => {
    const bus = new EventBus()
    const observer = observeSideEffects(bus, 'acc', 'o1')
    send(bus)
    send(bus, { openid: 'o2' })
    send(bus, { accountId: 'other' })
    send(bus, { source: 'passive-reply' })
    send(bus)
    const report = observer.finishNow({ attempts: 2, visibleReply: false })
    send(bus)
    expect(report).toEqual({ attempts: 2, customSends: 2, visibleReply: false, duplicate: true })
  })

  it('a single attempt is never a duplicate; a reply plus a send after a retry is', () => {
    const bus = new EventBus()
    const once = observeSideEffects(bus, 'acc', 'o1')
    const retried = observeSideEffects(bus, 'acc', 'o1')
    send(bus)
    expect(once.finishNow({ attempts: 1, visibleReply: true })).toMatchObject({
      customSends: 1,
      duplicate: false,
    })
    expect(retried.finishNow({ attempts: 2, visibleReply: true })).toMatchObject({
      customSends: 1,
      duplicate: true,
    })
  })

  it('keeps counting through the grace period', async () => {
    const bus = new EventBus()
    const observer = observeSideEffects(bus, 'acc', 'o1')
    const finished = observer.finish(30, { attempts: 3, visibleReply: false })
    setTimeout(() => send(bus), 5)
    expect(await finished).toMatchObject({ customSends: 1 })
  })

  it('one bus listener serves every delivery in flight', () => {
    const bus = new EventBus()
    let listeners = 0
    const on = bus.on.bind(bus)
    bus.on = (name, listener) => {
      listeners++
      return on(name, listener)
    }
    const observers = Array.from({ length: 100 }, (_, i) => observeSideEffects(bus, 'acc', `o${i}`))
    send(bus, { openid: 'o7' })
    const counts = observers.map(
      (o) => o.finishNow({ attempts: 1, visibleReply: false }).customSends,
    )
    expect(listeners).toBeLessThanOrEqual(1)
    expect(counts.filter((c) => c === 1)).toHaveLength(1)
    expect(counts[7]).toBe(1)
  })
})
