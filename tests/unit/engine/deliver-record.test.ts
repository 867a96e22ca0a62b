/**
 * `record: false` (a load run's unsampled pushes): the delivery is the same and its Exchange is
 * returned, but it is not published as `exchangeProgress` / `exchange`; the dedupe count still sees
 * the bot's customer-service sends.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { deliverPush } from '../../../src/core/engine/deliver'
import type { EngineDeps } from '../../../src/core/engine/deliver'
import { createSimClock } from '../../../src/core/runtime/clock'
import { EventBus } from '../../../src/core/runtime/event-bus'
import { seededRandom } from '../../../src/core/runtime/random'
import { startTinyServer } from '../../helpers/tiny-server'
import type { TinyHandler, TinyServer } from '../../helpers/tiny-server'
import { ACCOUNT, OPENID, goodBot } from '../../integration/engine/bots'

let servers: TinyServer[] = []
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()))
  servers = []
})

function deps(bus: EventBus): EngineDeps {
  return {
    clock: createSimClock({ startMs: 1_700_000_000_000, frozen: true }),
    random: seededRandom('record'),
    bus,
    newExchangeId: () => 'ex1',
  }
}

function watch(bus: EventBus): string[] {
  const seen: string[] = []
  bus.on('exchangeProgress', () => seen.push('exchangeProgress'))
  bus.on('exchange', () => seen.push('exchange'))
  bus.on('phone', (m) => seen.push(`phone:${m.source}`))
  return seen
}

async function push(bus: EventBus, handler: TinyHandler, settings: { record?: boolean }) {
  const server = await startTinyServer(handler)
  servers.push(server)
  return deliverPush(
    deps(bus),
    {
      account: ACCOUNT,
      openid: OPENID,
      typeId: 'text',
      values: { Content: '你好' },
      botUrl: server.url,
    },
    { attempts: 3, timeoutMs: 100, sideEffectGraceMs: 20, ...settings },
  )
}

describe('deliverPush record option', () => {
  it('records by default: progress, the Exchange, then the phone view', async () => {
    const bus = new EventBus()
    const seen = watch(bus)
    const ex = await push(bus, goodBot, {})
    expect(ex.verdict?.outcome).toBe('reply')
    expect(seen).toEqual(['exchangeProgress', 'exchange', 'phone:passive-reply'])
  })

  it('record: false publishes no exchange events but returns the whole Exchange', async () => {
    const bus = new EventBus()
    const seen = watch(bus)
    const ex = await push(bus, goodBot, { record: false })
    expect(seen).toEqual(['phone:passive-reply'])
    expect(ex).toMatchObject({ id: 'ex1', kind: 'push', accountId: ACCOUNT.id, openid: OPENID })
    expect(ex.verdict).toMatchObject({ outcome: 'reply' })
    expect(ex.attempts).toHaveLength(1)
    expect(ex.inProgress).toBeUndefined()
    expect(ex.analysis.attemptOutcomes).toEqual(['reply'])
  })

  it('record: false still counts customer-service sends across retries (dedupe)', async () => {
    const bus = new EventBus()
    const seen = watch(bus)
    const ex = await push(
      bus,
      () => {
        // The bot sends a customer-service message for each attempt, then misses the deadline.
        bus.emit('phone', {
          accountId: ACCOUNT.id,
          openid: OPENID,
          source: 'custom-send',
          msgType: 'text',
          payload: { content: 'late answer' },
          simTime: 0,
        })
      },
      { record: false },
    )
    expect(ex.attempts).toHaveLength(3)
    expect(ex.analysis.dedupe).toMatchObject({ attempts: 3, customSends: 3, duplicate: true })
    expect(seen.filter((s) => s.startsWith('exchange'))).toEqual([])
  })
})
