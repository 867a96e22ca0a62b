/**
 * One HTTP attempt towards the bot, recorded whole. node:http is used directly rather than fetch:
 * WeChat's requests have an exact header set and order (protocol.md §4.2) and fetch would add its own
 * (accept-encoding, sec-fetch-*, user-agent), hiding the "works with mpsim, fails with WeChat" bugs
 * we exist to expose. Nothing here throws for a network failure: it becomes `attempt.error`.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type {
  Attempt,
  HeaderList,
  NetworkError,
  RecordedResponse,
} from '../../shared/model/exchange'
import { networkErrorCode, rawHeaderList } from '../runtime/node-http'
import { recordedBody } from '../runtime/recorded-body'

export interface AttemptRequest {
  readonly index: number
  readonly method: 'GET' | 'POST'
  readonly url: string
  /** Sent in this order, with these exact names. */
  readonly headers: HeaderList
  readonly body?: Buffer
  /** WeChat drops the connection at 5 s (protocol.md §7.3). */
  readonly timeoutMs: number
  /** Bodies above this are cut and reported as too-large (a bot streaming forever). */
  readonly maxResponseBytes?: number
}

const DEFAULT_MAX_RESPONSE = 4 * 1024 * 1024

/**
 * Connections to the bot are kept alive between pushes, as WeChat's own (it sends `Connection:
 * close` only on some requests, protocol.md §4.2). Opening a TCP connection per push would make Node's
 * client, not the bot, the bottleneck of a load test. Idle sockets are unref'd by the agent, so
 * they never hold the process open; a timed-out attempt destroys its socket.
 */
const keepAlive = {
  http: new HttpAgent({ keepAlive: true, maxSockets: 64 }),
  https: new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
}

export function sendAttempt(req: AttemptRequest): Promise<Attempt> {
  const startedAt = Date.now()
  const started = performance.now()
  const body = req.body ?? Buffer.alloc(0)
  const recordedRequest = {
    method: req.method,
    url: req.url,
    headers: req.headers,
    body: recordedBody(body),
  }
  return new Promise<Attempt>((resolve) => {
    let settled = false
    const finish = (outcome: { response?: RecordedResponse; error?: NetworkError }): void => {
      if (settled) return
      settled = true
      resolve({
        index: req.index,
        startedAt,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        request: recordedRequest,
        ...outcome,
      })
    }
    let target: URL
    try {
      target = new URL(req.url)
    } catch {
      finish({ error: { code: 'other', message: `not a URL: ${req.url}` } })
      return
    }
    try {
      send(target, finish)
    } catch (error) {
      // Node refuses some requests synchronously (a protocol it does not speak, a header value
      // with a line break from a teaching override): still a recorded attempt, not a lost push.
      const message = error instanceof Error ? error.message : String(error)
      finish({ error: { code: 'other', message } })
    }
  })

  function send(
    target: URL,
    finish: (outcome: { response?: RecordedResponse; error?: NetworkError }) => void,
  ): void {
    const secure = target.protocol === 'https:'
    const request = secure ? httpsRequest : httpRequest
    const client = request(target, {
      method: req.method,
      setDefaultHeaders: false,
      agent: secure ? keepAlive.https : keepAlive.http,
    })
    // Set once the request is ready to go; an early 'error' (a refused header) finds none yet.
    let timer: ReturnType<typeof setTimeout> | undefined = undefined
    client.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      finish({ error: { code: networkErrorCode(error), message: error.message } })
    })
    try {
      // Node would otherwise add Host and Connection itself; set them in WeChat's order instead.
      for (const [name, value] of req.headers) client.setHeader(name, value)
      if (!req.headers.some(([n]) => n.toLowerCase() === 'host'))
        client.setHeader('Host', target.host)
    } catch (error) {
      // The request already exists (and may be connecting): drop it before reporting the refusal.
      client.destroy()
      throw error
    }

    timer = setTimeout(() => {
      finish({ error: { code: 'timeout', message: `no answer within ${req.timeoutMs} ms` } })
      client.destroy()
    }, req.timeoutMs)

    client.on('response', (res) => {
      const chunks: Buffer[] = []
      let size = 0
      const limit = req.maxResponseBytes ?? DEFAULT_MAX_RESPONSE
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > limit) {
          clearTimeout(timer)
          finish({ error: { code: 'too-large', message: `response body over ${limit} bytes` } })
          res.destroy()
          return
        }
        chunks.push(chunk)
      })
      res.on('end', () => {
        clearTimeout(timer)
        finish({
          response: {
            status: res.statusCode ?? 0,
            headers: rawHeaderList(res),
            body: recordedBody(Buffer.concat(chunks)),
          },
        })
      })
      res.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer)
        finish({ error: { code: networkErrorCode(error), message: error.message } })
      })
    })
    client.end(body)
  }
}
