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
import { BENCH_ACCOUNT } from './bench-account'
import { startChildServer } from './servers/child'

export interface RateResult {
  readonly name: string
  readonly baselineName: string
  readonly rate: number
  readonly baselineRate: number
  readonly goal?: number
}

const ACCOUNT = BENCH_ACCOUNT
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

/** One full delivery of the bench's text push, in a closed loop; throws unless the bot replied. */
function engineOnce(account: Account): () => Promise<void> {
  const deps: EngineDeps = {
    clock: createSimClock(),
    // What `mpsim serve` uses unless --seed is given.
    random: secureRandom,
    bus: new EventBus(),
    newExchangeId: () => 'bench',
  }
  return async () => {
    const exchange = await deliverPush(
      deps,
      { account, openid: OPENID, typeId: 'text', values: { Content: '你好' } },
      { attempts: 1, timeoutMs: 5000 },
    )
    if (exchange.verdict?.outcome !== 'reply') {
      throw new Error(`bench: the bot's reply was judged ${exchange.verdict?.outcome ?? '?'}`)
    }
  }
}

function startBot(botName: 'sample bot' | 'minimal bot', mode: Account['mode']) {
  const keys = [ACCOUNT.token, ACCOUNT.appId, ACCOUNT.encodingAesKey]
  return botName === 'sample bot'
    ? startChildServer('./sample-bot.ts', keys)
    : startChildServer('./bench-bot.ts', [mode, ...keys])
}

/** Only the engine's loop against the minimal bot, for a CPU profile of the engine alone. */
export async function profileEngineLoop(options: {
  mode: Account['mode']
  seconds: number
  connections: number
}): Promise<{ rate: number; cpuMicros: number }> {
  const bot = await startBot('minimal bot', options.mode)
  try {
    const once = engineOnce({ ...ACCOUNT, mode: options.mode, botUrl: bot.url })
    await closedLoopRate(once, options.connections, 1) // warm-up
    // CPU time per push (this process only) is steadier than the rate on a shared machine.
    const cpu = process.cpuUsage()
    const started = performance.now()
    const rate = await closedLoopRate(once, options.connections, options.seconds)
    const used = process.cpuUsage(cpu)
    const pushes = (rate * (performance.now() - started)) / 1000
    return { rate, cpuMicros: (used.user + used.system) / pushes }
  } finally {
    await bot.stop()
  }
}

export async function runEngineCases(options: {
  seconds: number
  rounds: number
  connections: number
  /** Run one bot's cases only (the engine-only entry). */
  only?: 'sample bot' | 'minimal bot'
}): Promise<RateResult[]> {
  const results: RateResult[] = []
  // The sample bot is what a developer runs; the minimal bot (raw node:http, no framework) shows
  // the engine's own cost, where the engine rather than the bot is the bottleneck.
  const targets = [
    { bot: 'sample bot', mode: 'plain', goal: 0.9 },
    { bot: 'sample bot', mode: 'safe', goal: 0.7 },
    { bot: 'minimal bot', mode: 'plain', goal: 0.9 },
    { bot: 'minimal bot', mode: 'safe', goal: 0.8 },
  ] as const
  for (const { bot: botName, mode, goal } of targets) {
    if (options.only && options.only !== botName) continue
    const bot = await startBot(botName, mode)
    try {
      const account: Account = { ...ACCOUNT, mode, botUrl: bot.url }
      const once = engineOnce(account)
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
