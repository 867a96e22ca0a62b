/**
 * The platform on a real loopback server (port 0) plus a small fetch client, the way a bot talks
 * to it, and everything it emits collected for assertions.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createPlatformApp } from '../../../src/core/platform/app'
import type { TemplateSentJob } from '../../../src/core/platform/app'
import type { PlatformContext } from '../../../src/core/context/platform-context'
import { createPlatformState } from '../../../src/core/platform/state'
import type { PlatformState } from '../../../src/core/platform/state'
import { expressServerOptions } from '../../../src/core/platform/http/express-server'
import type { PhoneMessage } from '../../../src/core/runtime/event-bus'
import type { PlatformExchange } from '../../../src/shared/model/exchange'
import { ACCOUNT, buildContext } from './context'
import type { ContextOptions } from './context'

export interface ApiResponse {
  status: number
  headers: Headers
  text: string
  /** The parsed body (numbers above 2^53 lose precision: read `text` for those). */
  json: Record<string, unknown>
}

export interface Platform {
  url: string
  ctx: PlatformContext
  state: PlatformState
  exchanges: PlatformExchange[]
  phone: PhoneMessage[]
  menuEvents: string[]
  templateJobs: TemplateSentJob[]
  get(path: string, query?: Record<string, string>): Promise<ApiResponse>
  post(path: string, body: unknown, init?: PostInit): Promise<ApiResponse>
  /** A fresh /cgi-bin/token token for the test account. */
  token(): Promise<string>
  /** Resolves once `n` Exchanges were published (they are published when a response finishes). */
  waitForExchanges(n: number): Promise<PlatformExchange[]>
  close(): Promise<void>
}

export interface PostInit {
  query?: Record<string, string>
  /** Sent as-is instead of JSON.stringify(body). */
  raw?: string | Buffer
  contentType?: string
  method?: string
}

export interface StartOptions extends ContextOptions {
  ctx?: PlatformContext
}

function withQuery(base: string, path: string, query: Record<string, string> = {}): string {
  const url = new URL(path, base)
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
  return url.toString()
}

async function read(response: Response): Promise<ApiResponse> {
  const text = await response.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    // not JSON: tests read `text`
  }
  return { status: response.status, headers: response.headers, text, json }
}

export async function startPlatform(options: StartOptions = {}): Promise<Platform> {
  const ctx = options.ctx ?? buildContext(options)
  const state = createPlatformState(ctx)
  const templateJobs: TemplateSentJob[] = []
  const app = createPlatformApp(ctx, { state, onTemplateSent: (job) => templateJobs.push(job) })
  // Served as the core serves it: requests built with the app's prototypes.
  const server = createServer(expressServerOptions(app), app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const exchanges: PlatformExchange[] = []
  const phone: PhoneMessage[] = []
  const menuEvents: string[] = []
  ctx.bus.on('exchange', (e) => {
    if (e.kind === 'api' || e.kind === 'oauth') exchanges.push(e)
  })
  ctx.bus.on('phone', (m) => phone.push(m))
  ctx.bus.on('menu', (m) => menuEvents.push(m.accountId))

  const get = async (path: string, query?: Record<string, string>) =>
    read(await fetch(withQuery(url, path, query)))
  const post = async (path: string, body: unknown, init: PostInit = {}) =>
    read(
      await fetch(withQuery(url, path, init.query), {
        method: init.method ?? 'POST',
        headers: { 'content-type': init.contentType ?? 'application/json' },
        body: init.raw ?? JSON.stringify(body),
      }),
    )
  return {
    url,
    ctx,
    state,
    exchanges,
    phone,
    menuEvents,
    templateJobs,
    get,
    post,
    token: async () => {
      const r = await get('/cgi-bin/token', {
        grant_type: 'client_credential',
        appid: ACCOUNT.appId,
        secret: ACCOUNT.appSecret,
      })
      if (typeof r.json.access_token !== 'string') throw new Error(`no token: ${r.text}`)
      return r.json.access_token
    },
    waitForExchanges: async (n) => {
      for (let i = 0; i < 100 && exchanges.length < n; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      return exchanges
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** errcode of a response body, for table-driven assertions. */
export function errcodeOf(r: ApiResponse): unknown {
  return r.json.errcode
}
