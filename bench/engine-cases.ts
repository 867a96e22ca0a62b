/**
 * Push-engine throughput: mpsim's full delivery — catalogue build, encryption,
 * signatures, the HTTP attempt, reply decryption and validation, the Exchange — against autocannon
 * replaying one pre-signed request of the same mode to the same bot in the same run.
 */
import { deliverPush } from '../src/core/engine/deliver'
import type { EngineDeps } from '../src/core/engine/deliver'
import { buildPushRequest } from '../src/core/engine/push-request'
import { buildPush } from '../src/core/protocol/catalog'
import { createSimClock } from '../src/core/runtime/clock'
import { EventBus } from '../src/core/runtime/event-bus'
import { secureRandom, seededRandom } from '../src/core/runtime/random'
import type { Account } from '../src/shared/model/account'
import { autocannonRate, closedLoopRate, median } from './load'
import type { FixedRequest } from './load'
import { startChildServer } from './servers/child'

export interface RateResult {
  readonly name: string
  readonly baselineName: string
  readonly rate: number
  readonly baselineRate: number
  readonly goal?: number
}

const ACCOUNT: Account = {
  id: 'bench',
  name: 'bench',
  appId: 'wx2c2769f8efd9abc2',
  appSecret: '0123456789abcdef0123456789abcdef',
  originalId: 'gh_10f6c3c3ac5a',
  token: 'benchtoken',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  mode: 'plain',
  botUrl: '',
  callbackDomain: '127.0.0.1',
  ipWhitelist: [],
  testAccount: false,
}
const OPENID = 'oyORnuP8q7ou2gfYjqLzSIWZf0rs'

export function presigned(account: Account, mode: Account['mode']): FixedRequest {
  const random = seededRandom('presigned')
  const now = Math.floor(Date.now() / 1000)
  const nodes = buildPush(
    'text',
    { Content: '你好' },
    {
      toUserName: account.originalId,
      fromUserName: OPENID,
      now,
      random,
    },
  )
  const request = buildPushRequest({
    botUrl: account.botUrl,
    mode,
    token: account.token,
    appId: account.appId,
    encodingAesKey: account.encodingAesKey,
    nodes,
    timestamp: String(now),
    nonce: '123456789',
    aesRandom: random.bytes(16),
  })
  // autocannon sets Host and Content-Length itself; every other header is WeChat's, as sent.
  const headers = Object.fromEntries(
    request.headers.filter(([n]) => n !== 'Host' && n !== 'Content-Length'),
  )
  return { url: request.url, method: 'POST', headers, body: request.body }
}

export async function runEngineCases(options: {
  seconds: number
  rounds: number
  connections: number
}): Promise<RateResult[]> {
  const results: RateResult[] = []
  // The goals are against the sample bot; the minimal bot (raw node:http, no framework)
  // shows the engine's own ceiling, where the engine rather than the bot is the bottleneck.
  const targets = [
    { bot: 'sample bot', mode: 'plain', goal: 0.9 },
    { bot: 'sample bot', mode: 'safe', goal: 0.7 },
    { bot: 'minimal bot', mode: 'plain', goal: undefined },
    { bot: 'minimal bot', mode: 'safe', goal: undefined },
  ] as const
  for (const { bot: botName, mode, goal } of targets) {
    const keys = [ACCOUNT.token, ACCOUNT.appId, ACCOUNT.encodingAesKey]
    const bot =
      botName === 'sample bot'
        ? await startChildServer('./sample-bot.ts', keys)
        : await startChildServer('./bench-bot.ts', [mode, ...keys])
    try {
      const account: Account = { ...ACCOUNT, mode, botUrl: bot.url }
      const deps: EngineDeps = {
        clock: createSimClock(),
        // What `mpsim serve` uses unless --seed is given.
        random: secureRandom,
        bus: new EventBus(),
        newExchangeId: () => 'bench',
      }
      const once = async () => {
        const exchange = await deliverPush(
          deps,
          { account, openid: OPENID, typeId: 'text', values: { Content: '你好' } },
          { attempts: 1, timeoutMs: 5000 },
        )
        if (exchange.verdict?.outcome !== 'reply') {
          throw new Error(`bench: the bot's reply was judged ${exchange.verdict?.outcome ?? '?'}`)
        }
      }
      const request = presigned(account, mode)
      const ours: number[] = []
      const theirs: number[] = []
      await closedLoopRate(once, options.connections, 1) // warm-up
      for (let r = 0; r < options.rounds; r++) {
        ours.push(await closedLoopRate(once, options.connections, options.seconds))
        theirs.push(await autocannonRate(request, options.connections, options.seconds))
      }
      results.push({
        name: `push ${mode} → ${botName}`,
        baselineName: 'autocannon, same pre-signed push',
        rate: median(ours),
        baselineRate: median(theirs),
        goal,
      })
    } finally {
      await bot.stop()
    }
  }
  return results
}
