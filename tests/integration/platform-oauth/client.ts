/**
 * The OAuth router on a real loopback server (port 0), mounted the way the platform app mounts
 * it (after express.raw), and a fetch client that behaves like the phone's browser and like the
 * bot's server: redirects are never followed, so each 302 and its Location can be asserted.
 */
import express from 'express'
import type { PlatformContext } from '../../../src/core/context/platform-context'
import { createOauthRouter } from '../../../src/core/platform/oauth/router'
import { listenLoopback } from '../../../src/core/runtime/listen'
import type { PlatformExchange } from '../../../src/shared/model/exchange'
import { ACCOUNT, ALICE, buildContext } from './context'
import type { ContextOptions } from './context'

export const REDIRECT_URI = 'http://bot.example/oauth/callback/'

export interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  /** Parsed JSON body, or {} when the body is not JSON. */
  readonly json: Record<string, unknown>
  /** The Location header of a redirect. */
  readonly location: string | null
}

export interface Platform {
  readonly url: string
  readonly ctx: PlatformContext
  readonly exchanges: PlatformExchange[]
  /** Who is on the phone; tests change it. */
  phoneUser: string | undefined
  /** GET a path with a raw query string (kept exactly as written). */
  get(pathAndQuery: string, init?: RequestInit): Promise<Answer>
  /** GET a path with query parameters (encoded with URLSearchParams). */
  call(path: string, query: Record<string, string>, init?: RequestInit): Promise<Answer>
  /** POST an urlencoded form. */
  postForm(
    path: string,
    form: Record<string, string>,
    headers?: Record<string, string>,
  ): Promise<Answer>
  /** Resolves once `n` Exchanges were published. */
  waitForExchanges(n: number): Promise<PlatformExchange[]>
  close(): Promise<void>
}

export interface StartOptions extends ContextOptions {
  readonly autoConsent?: boolean
}

async function read(response: Response): Promise<Answer> {
  const text = await response.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    // an HTML page or a redirect: tests read `text`
  }
  return {
    status: response.status,
    headers: response.headers,
    text,
    json,
    location: response.headers.get('location'),
  }
}

export async function startPlatform(options: StartOptions = {}): Promise<Platform> {
  const ctx = buildContext(options)
  const app = express()
  // As the platform app: no X-Powered-By, no ETag (WeChat sends neither).
  app.disable('x-powered-by')
  app.set('etag', false)
  app.use(express.raw({ type: () => true, limit: 1024 * 1024 }))
  const platform = {
    phoneUser: ALICE as string | undefined,
  }
  app.use(
    createOauthRouter(ctx, {
      ...(options.autoConsent === undefined ? {} : { autoConsent: options.autoConsent }),
      currentUser: () => platform.phoneUser,
    }),
  )
  const listening = await listenLoopback(app, 0)
  const url = `http://127.0.0.1:${listening.port}`
  const exchanges: PlatformExchange[] = []
  ctx.bus.on('exchange', (e) => {
    if (e.kind === 'api' || e.kind === 'oauth') exchanges.push(e)
  })
  const get = async (pathAndQuery: string, init: RequestInit = {}) =>
    read(await fetch(`${url}${pathAndQuery}`, { redirect: 'manual', ...init }))
  return Object.assign(platform, {
    url,
    ctx,
    exchanges,
    get,
    call: (path: string, query: Record<string, string>, init?: RequestInit) =>
      get(`${path}?${new URLSearchParams(query).toString()}`, init),
    postForm: async (path: string, form: Record<string, string>, headers = {}) =>
      read(
        await fetch(`${url}${path}`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
          body: new URLSearchParams(form).toString(),
        }),
      ),
    waitForExchanges: async (n: number) => {
      for (let i = 0; i < 100 && exchanges.length < n; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      return exchanges
    },
    close: () => listening.close(),
  })
}

export interface AuthorizeParams {
  appid?: string
  redirect_uri?: string
  response_type?: string
  scope?: string
  state?: string
}

/** The authorize path + query in the doc's order, redirect_uri urlencoded (protocol.md §9.1). */
export function authorizePath(params: AuthorizeParams = {}): string {
  const full: AuthorizeParams = {
    appid: ACCOUNT.appId,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    scope: 'snsapi_base',
    state: 'STATE123',
    ...params,
  }
  const query = Object.entries(full)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  return `/connect/oauth2/authorize?${query}`
}

/** code and state from a callback Location. */
export function callbackParams(location: string | null): URLSearchParams {
  if (location === null) throw new Error('no Location header')
  return new URL(location).searchParams
}

/** A code for `scope`, through the authorize page (autoConsent or snsapi_base must be on). */
export async function codeFor(p: Platform, scope = 'snsapi_base'): Promise<string> {
  const r = await p.get(authorizePath({ scope }))
  const code = callbackParams(r.location).get('code')
  if (r.status !== 302 || code === null) throw new Error(`no code: ${r.status} ${r.text}`)
  return code
}

/** The hidden one-time token and the user choices of a consent page. */
export function consentForm(page: string): { token: string; openids: string[] } {
  const token = /name="consent"\s+value="([^"]+)"/.exec(page)?.[1]
  if (token === undefined) throw new Error('no consent token on the page')
  const openids = [...page.matchAll(/name="openid"\s+value="([^"]+)"/g)].map((m) => m[1] ?? '')
  return { token, openids }
}

/** Exchanges a code with the account's own credentials. */
export function exchangeCode(p: Platform, code: string): Promise<Answer> {
  return p.call('/sns/oauth2/access_token', {
    appid: ACCOUNT.appId,
    secret: ACCOUNT.appSecret,
    code,
    grant_type: 'authorization_code',
  })
}

/** A full token answer for `scope` (snsapi_userinfo needs autoConsent). */
export async function tokenFor(
  p: Platform,
  scope = 'snsapi_base',
): Promise<Record<string, unknown>> {
  const r = await exchangeCode(p, await codeFor(p, scope))
  if (typeof r.json.access_token !== 'string') throw new Error(`no token: ${r.text}`)
  return r.json
}
