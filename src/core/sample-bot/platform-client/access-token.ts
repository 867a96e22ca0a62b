/**
 * The base access_token (protocol.md §10.1), fetched from /cgi-bin/token and cached.
 *
 * The token lasts 7200 s and every new fetch invalidates the previous one (both work for five
 * more minutes). So a bot must share one cached token across all its work — fetching one per call
 * burns the daily quota (2000, 200 on a test account) and makes calls fail each other. The cache
 * refreshes five minutes early, asks only once when several callers need a token at the same
 * moment, and can be told a token went bad (40001/40014/42001) so the next call fetches a new one.
 * A token belongs to one AppID and AppSecret: when the account changes, the cached one is dropped.
 */
import type { BotAccount } from '../config'
import { UpstreamError } from './api-errors'
import { callJson, ensureOk } from './http-json'

export interface TokenSource {
  readonly platformBaseUrl: string
  /** Read on every get(): the AppID and AppSecret in force now. */
  readonly account: () => Pick<BotAccount, 'appId' | 'appSecret'>
  /** Unix seconds. */
  readonly now: () => number
}

const REFRESH_EARLY_SECONDS = 300

export class AccessTokenCache {
  readonly #source: TokenSource
  #cached: { value: string; expiresAt: number; credentials: string } | undefined
  #pending: { promise: Promise<string>; credentials: string } | undefined

  constructor(source: TokenSource) {
    this.#source = source
  }

  async get(signal: AbortSignal): Promise<string> {
    const { appId, appSecret } = this.#source.account()
    const credentials = `${appId}:${appSecret}`
    const cached = this.#cached
    if (
      cached?.credentials === credentials &&
      this.#source.now() < cached.expiresAt - REFRESH_EARLY_SECONDS
    ) {
      return cached.value
    }
    if (this.#pending?.credentials !== credentials) {
      const pending = {
        credentials,
        promise: this.#fetch(appId, appSecret, credentials, signal).finally(() => {
          if (this.#pending === pending) this.#pending = undefined
        }),
      }
      this.#pending = pending
    }
    return this.#pending.promise
  }

  /** Forget `value` (only if it is still the cached one: another caller may have replaced it). */
  invalidate(value: string): void {
    if (this.#cached?.value === value) this.#cached = undefined
  }

  async #fetch(
    appId: string,
    appSecret: string,
    credentials: string,
    signal: AbortSignal,
  ): Promise<string> {
    const { platformBaseUrl, now } = this.#source
    const api = '/cgi-bin/token'
    const query = { grant_type: 'client_credential', appid: appId, secret: appSecret }
    const json = ensureOk(await callJson({ api, base: platformBaseUrl, query, signal }), api)
    const { access_token: value, expires_in: expiresIn } = json
    if (typeof value !== 'string' || value === '') {
      throw new UpstreamError(api, 'the answer has no access_token')
    }
    const lifetime = typeof expiresIn === 'number' ? expiresIn : 7200
    this.#cached = { value, expiresAt: now() + lifetime, credentials }
    return value
  }
}
