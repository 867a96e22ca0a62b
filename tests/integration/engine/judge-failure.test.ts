/**
 * When judging an answer throws (a bug in mpsim, or a body no test has imagined yet), the delivery
 * still ends in one Exchange with the attempt as received and an internal-problem verdict: the
 * push is never lost. The validator is made to throw for one marker body.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { deliverPush } from '../../../src/core/engine/deliver'
import { createSimClock } from '../../../src/core/runtime/clock'
import { EventBus } from '../../../src/core/runtime/event-bus'
import { seededRandom } from '../../../src/core/runtime/random'
import type { Exchange } from '../../../src/shared/model/exchange'
import { startTinyServer } from '../../helpers/tiny-server'
import type { TinyServer } from '../../helpers/tiny-server'
import type * as Reply from '../../../src/core/protocol/reply'
import { ACCOUNT, OPENID } from './bots'

const MARKER = '<xml><Boom/></xml>'

vi.mock('../../../src/core/protocol/reply', async (importOriginal) => {
  const real = await importOriginal<typeof Reply>()
  return {
    ...real,
    validateReply: (input: Reply.ReplyCheckInput) => {
      if (input.response.body === MARKER) throw new RangeError('judging exploded')
      return real.validateReply(input)
    },
  }
})

let servers: TinyServer[] = []
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()))
  servers = []
})

describe('an unexpected error while judging', () => {
  it('is recorded as an mpsim-internal-error verdict, and the Exchange is published', async () => {
    const server = await startTinyServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/xml' }).end(MARKER)
    })
    servers.push(server)
    const bus = new EventBus()
    const published: Exchange[] = []
    const phone: string[] = []
    bus.on('exchange', (e) => published.push(e))
    bus.on('phone', (m) => phone.push(m.source))
    const exchange = await deliverPush(
      {
        clock: createSimClock({ startMs: 1_700_000_000_000, frozen: true }),
        random: seededRandom('judge-failure'),
        bus,
        newExchangeId: () => 'ex1',
      },
      {
        account: ACCOUNT,
        openid: OPENID,
        typeId: 'text',
        values: { Content: 'x' },
        botUrl: server.url,
      },
      { attempts: 3, timeoutMs: 5000 },
    )
    expect(published.map((e) => e.id)).toEqual(['ex1'])
    expect(exchange.attempts).toHaveLength(1)
    expect(exchange.attempts[0]?.response?.body.text).toBe(MARKER)
    expect(exchange.verdict).toMatchObject({
      outcome: 'service-unavailable',
      cause: 'mpsim-internal-error',
      problems: [
        {
          code: 'mpsim-internal-error',
          severity: 'error',
          detail: { error: 'RangeError', message: 'judging exploded' },
        },
      ],
    })
    expect(phone).toEqual(['system-tip'])
  })
})
