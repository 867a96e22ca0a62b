/**
 * mpsim's sample bot (示例公众号后台): a complete, small official-account backend — the Django
 * developer's first bot from the seed journey, with each trap met there handled and explained.
 * It is a separate Express app on its own port, talking to WeChat only through the URLs in its
 * config (mpsim's mock platform).
 *
 * @example
 * const bot = await startSampleBot(
 *   { token, appId, appSecret, encodingAesKey, platformBaseUrl, random: secureRandom,
 *     now: () => Math.floor(Date.now() / 1000) },
 *   0,
 * )
 * // point the push engine at `${bot.url}/wechat`; later: await bot.stop()
 *
 * @example
 * // The account read live, on every request: a rotated EncodingAESKey applies to the next push.
 * const bot = await startSampleBot(
 *   { account: () => directory.account(id) ?? startAccount, platformBaseUrl, random, now },
 *   0,
 * )
 */
import type express from 'express'
import { listenLoopback } from '../runtime/listen'
import { resolveConfig } from './config'
import type { SampleBotConfig } from './config'
import { createBotApp } from './create-bot-app'
import type { BotAppOptions } from './create-bot-app'

export type { BotAccount, SampleBotConfig } from './config'
export { DEFAULT_SLOW_DELAY_MS } from './config'

/**
 * The bot as an Express app, to mount on a server of your own. Its timers stop when
 * `config.signal` aborts.
 */
export function createSampleBot(config: SampleBotConfig): express.Express {
  return createBotApp(resolveConfig(config), config.signal).app
}

export interface RunningSampleBot {
  /** `http://127.0.0.1:<port>`; the WeChat endpoint is `${url}/wechat`. */
  readonly url: string
  /** Cancels every timer and background job, then closes the server. */
  stop(): Promise<void>
}

/**
 * Starts the bot on 127.0.0.1. Port 0 picks a free port; a taken fixed port moves to a free one.
 */
export async function startSampleBot(
  config: SampleBotConfig,
  port: number,
  options: BotAppOptions = {},
): Promise<RunningSampleBot> {
  const { app, work } = createBotApp(resolveConfig(config), config.signal, options)
  const listening = await listenLoopback(app, port)
  return {
    url: `http://127.0.0.1:${listening.port}`,
    stop: async () => {
      await work.stop()
      await listening.close()
    },
  }
}
