/**
 * A core with its phone browser for the integration tests (docs/phone-browser.md): real servers on
 * 127.0.0.1, port 0. `browse` speaks to a gateway the way a browser's frame does (node:http, so
 * the Sec-Fetch headers, Host and Origin are exactly what the test says); `pages` records what a
 * site of the test's own received.
 */
import { request } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import type { RunningCore } from '../../../src/core/start-core'
import { TOKEN_HEADER } from '../../../src/shared/control/contract'
import type { Account } from '../../../src/shared/model/account'
import type { Exchange, PageExchange } from '../../../src/shared/model/exchange'
import { startTinyServer } from '../../helpers/tiny-server'
import type { TinyServer } from '../../helpers/tiny-server'
import { startTestCore } from '../../helpers/test-core'

export interface Harness {
  readonly core: RunningCore
  readonly exchanges: Exchange[]
  pages(): PageExchange[]
  api<T>(path: string, body?: unknown): Promise<{ status: number; json: T }>
  open(
    url: string,
    extra?: Record<string, unknown>,
  ): Promise<{ frameUrl: string; url: string; routedTo: string; walkId: string }>
  /** Changes the workspace's first account (the one the phone browser signs in to); returns it. */
  editAccount(change: Partial<Account>): Account
  stop(): Promise<void>
}

export async function startHarness(seed = 'phone-browser'): Promise<Harness> {
  const core = await startTestCore({ seed })
  const exchanges: Exchange[] = []
  const off = core.bus.on('exchange', (exchange) => exchanges.push(exchange))
  const api = async <T>(path: string, body?: unknown) => {
    const res = await fetch(`${core.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { [TOKEN_HEADER]: core.token, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: res.status, json: (await res.json()) as T }
  }
  return {
    core,
    exchanges,
    pages: () => exchanges.filter((e): e is PageExchange => e.kind === 'page'),
    api,
    async open(url, extra = {}) {
      const { status, json } = await api<{
        frameUrl: string
        url: string
        routedTo: string
        walkId: string
      }>('/api/phone-browser/open', { url, ...extra })
      if (status !== 200) throw new Error(`open ${url}: ${status} ${JSON.stringify(json)}`)
      return json
    },
    editAccount(change) {
      const stored = core.workspace.directory.listAccounts()[0]
      if (!stored) throw new Error('no account')
      const account = { ...stored, ...change }
      core.workspace.directory.putAccount(account)
      return account
    },
    async stop() {
      off()
      await core.stop()
    },
  }
}

export interface Browsed {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly body: string
}

/** The headers a page load in the frame carries (Chromium's, minus what does not matter here). */
export const NAVIGATION = {
  Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'Sec-Fetch-Mode': 'navigate',
  'Sec-Fetch-Dest': 'iframe',
  'Sec-Fetch-Site': 'cross-site',
  'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0.0.0 Safari/537.36',
  'sec-ch-ua': '"Chromium";v="140"',
}

/**
 * The browser's cookie jar for 127.0.0.1: one for every gateway, since browsers keep cookies per
 * host and not per port (which is why the gateways prefix them, cookies.ts).
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>()
  header(): string | undefined {
    if (this.cookies.size === 0) return undefined
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
  take(setCookie: readonly string[] | undefined): void {
    for (const line of setCookie ?? []) {
      const [pair = ''] = line.split(';')
      const at = pair.indexOf('=')
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim())
    }
  }
  names(): string[] {
    return [...this.cookies.keys()]
  }
}

/** One request to a gateway address, no redirect followed. */
export function browse(
  url: string,
  options: {
    method?: string
    headers?: Record<string, string>
    body?: string
    jar?: CookieJar
  } = {},
): Promise<Browsed> {
  const cookie = options.jar?.header()
  const headers = { ...(options.headers ?? NAVIGATION), ...(cookie ? { Cookie: cookie } : {}) }
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers },
      (res: IncomingMessage) => {
        options.jar?.take(res.headers['set-cookie'])
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** Follows redirects the way the frame would (Location against the current address), at most `max`. */
export async function follow(
  url: string,
  options: { headers?: Record<string, string>; max?: number; jar?: CookieJar } = {},
): Promise<{ final: Browsed; addresses: string[] }> {
  const addresses = [url]
  let current = url
  for (let hop = 0; hop < (options.max ?? 10); hop++) {
    const answer = await browse(current, {
      headers: options.headers ?? NAVIGATION,
      ...(options.jar ? { jar: options.jar } : {}),
    })
    const location = answer.headers.location
    if (answer.status < 300 || answer.status >= 400 || location === undefined) {
      return { final: answer, addresses }
    }
    current = new URL(location, current).href
    addresses.push(current)
  }
  throw new Error(`more than ${options.max ?? 10} redirects from ${url}`)
}

export interface SeenRequest {
  readonly method: string
  readonly url: string
  readonly headers: IncomingHttpHeaders
  readonly rawHeaders: readonly string[]
  readonly body: string
}

/** A site of the test's own: answers with `handler`, keeps every request it saw. */
export async function startSite(
  handler: (req: SeenRequest, res: ServerResponse, site: { origin: string }) => void,
): Promise<TinyServer & { origin: string; seen: SeenRequest[] }> {
  const seen: SeenRequest[] = []
  let origin = ''
  const server = await startTinyServer((req, res, body) => {
    const request: SeenRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: req.headers,
      rawHeaders: req.rawHeaders,
      body: body.toString('utf8'),
    }
    seen.push(request)
    handler(request, res, { origin })
  }, '')
  origin = `http://127.0.0.1:${server.port}`
  return Object.assign(server, { origin, seen })
}

/** Sends an HTML page. */
export function sendHtml(
  res: ServerResponse,
  html: string,
  headers: Record<string, string> = {},
  status = 200,
): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', ...headers })
  res.end(html)
}
