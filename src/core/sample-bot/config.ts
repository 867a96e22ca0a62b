/**
 * What the sample bot needs to know about "its" official account (公众号). These are the values a
 * developer copies from the admin page's 服务器配置 (server configuration, protocol.md §2) and
 * 基本配置 (AppID/AppSecret), plus the base URL of the WeChat it talks to.
 *
 * The bot never hardcodes api.weixin.qq.com or open.weixin.qq.com: in mpsim both are the mock
 * platform, and a bot that can be pointed at another host is also a bot you can test.
 */
import type { Random } from '../runtime/random'

/**
 * The account values the bot reads on every request. In mpsim they can change while the bot runs
 * (Settings, `rotateAesKey`), just as a developer can change the Token or EncodingAESKey in the
 * admin page without restarting the real bot's host — a bot that caches them misses the change.
 */
export interface BotAccount {
  /** 令牌 Token: the shared secret of the `signature` / `msg_signature` hashes (protocol.md §3, §8.4). */
  readonly token: string
  /** The account's AppID (`wx` + 16 hex): the receive id inside every encrypted message (protocol.md §8.2). */
  readonly appId: string
  /** AppSecret: only ever sent server-to-server, to /cgi-bin/token and /sns/oauth2/access_token. */
  readonly appSecret: string
  /** 消息加解密密钥 EncodingAESKey, 43 characters (protocol.md §8.1). */
  readonly encodingAesKey: string
  /**
   * The key before the last change. WeChat may keep encrypting with it for a while, so the FAQ
   * tells bots to try it when the current key fails (protocol.md §2).
   * @default undefined (no fallback)
   */
  readonly previousEncodingAesKey?: string | undefined
}

/** The account given once, as fixed values (a bot deployed with its settings in a file). */
export interface StaticAccountConfig extends BotAccount {
  readonly account?: undefined
}

/**
 * The account read live: called on every request, so a changed Token or a rotated EncodingAESKey
 * applies to the very next push (mpsim passes the workspace's current account).
 */
export interface LiveAccountConfig {
  readonly account: () => BotAccount
}

export type SampleBotConfig = (StaticAccountConfig | LiveAccountConfig) & BotRuntimeConfig

export interface BotRuntimeConfig {
  /** Base URL of the WeChat APIs (/cgi-bin/*, /sns/*): mpsim's mock platform, never a real host. */
  platformBaseUrl: string
  /**
   * Base URL of the authorize page (/connect/oauth2/authorize). Real WeChat serves it from another
   * host than the APIs (open.weixin.qq.com vs api.weixin.qq.com).
   * @default platformBaseUrl
   */
  oauthBaseUrl?: string
  /** Randomness for nonces, AES prefixes, OAuth state and session ids (injected: runtime/random). */
  random: Random
  /** The current time in Unix **seconds** (CreateTime is seconds, protocol.md §0 #7). */
  now: () => number
  /**
   * How long the "slow" demos take: the simulated work behind 慢/slow and the sleep of
   * 慢错/slow-wrong. The default is past WeChat's 5-second deadline (protocol.md §7.3).
   * @default 6000
   */
  slowDelayMs?: number
  /**
   * Aborting this signal cancels every timer and background job (what startSampleBot's stop()
   * does). Pass one when you mount createSampleBot's app on a server of your own.
   * @default undefined
   */
  signal?: AbortSignal
  /**
   * Where the bot reports failures of background work nobody is waiting for (e.g. a
   * customer-service message the platform refused). A real bot would log them.
   * @default writes to console.error
   */
  log?: (line: string) => void
}

/** The config with every default filled in; the account is always read through `account()`. */
export interface ResolvedBotConfig extends Required<Omit<BotRuntimeConfig, 'signal'>> {
  readonly account: () => BotAccount
}

export const DEFAULT_SLOW_DELAY_MS = 6000

export function resolveConfig(config: SampleBotConfig): ResolvedBotConfig {
  return {
    account: accountSource(config),
    platformBaseUrl: trimSlash(config.platformBaseUrl),
    oauthBaseUrl: trimSlash(config.oauthBaseUrl ?? config.platformBaseUrl),
    random: config.random,
    now: config.now,
    slowDelayMs: config.slowDelayMs ?? DEFAULT_SLOW_DELAY_MS,
    log: config.log ?? ((line) => console.error(`[sample-bot] ${line}`)),
  }
}

function accountSource(config: SampleBotConfig): () => BotAccount {
  if (config.account !== undefined) return config.account
  const fixed: BotAccount = {
    token: config.token,
    appId: config.appId,
    appSecret: config.appSecret,
    encodingAesKey: config.encodingAesKey,
    previousEncodingAesKey: config.previousEncodingAesKey,
  }
  return () => fixed
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}
