/**
 * One request from a gateway to the site (or to the mock for a WeChat host), over node:http
 * rather than fetch: fetch adds headers of its own (accept-encoding, sec-fetch-*, its user-agent)
 * and follows redirects itself, while the phone browser must send exactly the browser's headers
 * as WeChat's would be and hand every redirect back to the browser as a hop of the walk.
 * Network failures are values, never throws.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { IncomingMessage } from 'node:http'
import type { HeaderList, NetworkError } from '../../shared/model/exchange'
import { networkErrorCode } from '../runtime/node-http'

/** How long a site may take to start answering; a page load in a browser waits about as long. */
export const UPSTREAM_TIMEOUT_MS = 60_000

export interface UpstreamRequest {
  /** The upstream address (the mock's for a WeChat host): origin, path and query. */
  readonly url: URL
  readonly method: string
  /** Sent in this order with these names; includes Host. */
  readonly headers: HeaderList
  readonly body: Buffer
}

export type UpstreamAnswer =
  | { readonly ok: true; readonly response: IncomingMessage }
  | { readonly ok: false; readonly error: NetworkError }

export interface Upstream {
  send(request: UpstreamRequest): Promise<UpstreamAnswer>
  /** Drops kept-alive connections (the core stops). */
  close(): void
}

export function createUpstream(timeoutMs = UPSTREAM_TIMEOUT_MS): Upstream {
  const agents = {
    http: new HttpAgent({ keepAlive: true, maxSockets: 16 }),
    https: new HttpsAgent({ keepAlive: true, maxSockets: 16 }),
  }
  return {
    send: (request) =>
      new Promise<UpstreamAnswer>((resolve) => {
        let settled = false
        const settle = (answer: UpstreamAnswer): void => {
          if (settled) return
          settled = true
          resolve(answer)
        }
        const secure = request.url.protocol === 'https:'
        let client
        try {
          client = (secure ? httpsRequest : httpRequest)(request.url, {
            method: request.method,
            setDefaultHeaders: false,
            agent: secure ? agents.https : agents.http,
          })
          for (const [name, value] of request.headers) client.setHeader(name, value)
        } catch (error) {
          // Node refuses some requests at once (a header value it will not send).
          client?.destroy()
          const message = error instanceof Error ? error.message : String(error)
          settle({ ok: false, error: { code: 'other', message } })
          return
        }
        const timer = setTimeout(() => {
          settle({ ok: false, error: { code: 'timeout', message: `no answer in ${timeoutMs} ms` } })
          client.destroy()
        }, timeoutMs)
        // A site that stops sending mid-body is dropped too, so a reader of the body never hangs.
        client.setTimeout(timeoutMs, () => client.destroy(new Error(`idle for ${timeoutMs} ms`)))
        client.on('error', (error: NodeJS.ErrnoException) => {
          clearTimeout(timer)
          settle({ ok: false, error: { code: networkErrorCode(error), message: error.message } })
        })
        client.on('response', (response) => {
          clearTimeout(timer)
          settle({ ok: true, response })
        })
        client.end(request.body.length > 0 ? request.body : undefined)
      }),
    close: () => {
      agents.http.destroy()
      agents.https.destroy()
    },
  }
}
