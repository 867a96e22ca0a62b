/**
 * The jsapi_ticket (protocol.md §10.6, §11), fetched from /cgi-bin/ticket/getticket?type=jsapi with
 * the cached base access_token, and cached itself.
 *
 * The doc is firm: the ticket lasts 7200 s, calls to getticket are limited, so cache it globally —
 * a page that fetches a ticket per view soon runs out of quota, and a page that caches it forever
 * signs with an expired one ("invalid signature"). Like the token cache, this refreshes five
 * minutes early, asks once for simultaneous callers, and retries once with a new access_token when
 * WeChat refuses the token (40001/40014/42001). Note `type=jsapi`: the wx_card ticket from the
 * same API signs nothing wx.config accepts.
 */
import type { BotAccount } from '../config'
import type { AccessTokenCache } from './access-token'
import { TOKEN_REFRESH_ERRCODES, UpstreamError, WechatApiError } from './api-errors'
import { callJson, ensureOk } from './http-json'

export interface TicketSource {
  readonly platformBaseUrl: string
  readonly tokens: AccessTokenCache
  /** Read on every get(): a ticket belongs to one AppID. */
  readonly account: () => Pick<BotAccount, 'appId'>
  /** Unix seconds. */
  readonly now: () => number
}

const REFRESH_EARLY_SECONDS = 300
const API = '/cgi-bin/ticket/getticket'

export class JsapiTicketCache {
  readonly #source: TicketSource
  #cached: { value: string; expiresAt: number; appId: string } | undefined
  #pending: { promise: Promise<string>; appId: string } | undefined

  constructor(source: TicketSource) {
    this.#source = source
  }

  async get(signal: AbortSignal): Promise<string> {
    const { appId } = this.#source.account()
    const cached = this.#cached
    if (cached?.appId === appId && this.#source.now() < cached.expiresAt - REFRESH_EARLY_SECONDS) {
      return cached.value
    }
    if (this.#pending?.appId !== appId) {
      const pending = {
        appId,
        promise: this.#fetch(appId, signal).finally(() => {
          if (this.#pending === pending) this.#pending = undefined
        }),
      }
      this.#pending = pending
    }
    return this.#pending.promise
  }

  async #fetch(appId: string, signal: AbortSignal): Promise<string> {
    const { tokens } = this.#source
    const ask = async () => {
      const accessToken = await tokens.get(signal)
      try {
        return await this.#call(accessToken, signal)
      } catch (error) {
        if (error instanceof WechatApiError && TOKEN_REFRESH_ERRCODES.has(error.errcode)) {
          tokens.invalidate(accessToken)
        }
        throw error
      }
    }
    let json
    try {
      json = await ask()
    } catch (error) {
      if (!(error instanceof WechatApiError) || !TOKEN_REFRESH_ERRCODES.has(error.errcode)) {
        throw error
      }
      json = await ask() // once, with a fresh access_token
    }
    const { ticket, expires_in: expiresIn } = json
    if (typeof ticket !== 'string' || ticket === '') {
      throw new UpstreamError(API, 'the answer has no ticket')
    }
    const lifetime = typeof expiresIn === 'number' ? expiresIn : 7200
    this.#cached = { value: ticket, expiresAt: this.#source.now() + lifetime, appId }
    return ticket
  }

  async #call(accessToken: string, signal: AbortSignal) {
    const query = { access_token: accessToken, type: 'jsapi' }
    const base = this.#source.platformBaseUrl
    return ensureOk(await callJson({ api: API, base, query, signal }), API)
  }
}
