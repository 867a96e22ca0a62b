/**
 * A declared Content-Length over a server's body limit is refused at once, before the body is
 * read, on all three servers: a client announcing 1 GB and trickling it must get 413 promptly and
 * see the connection closed, instead of the server waiting for (or draining) the whole body.
 */
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCore } from '../../../src/core/start-core'
import type { RunningCore } from '../../../src/core/start-core'
import { TOKEN_HEADER } from '../../../src/shared/control/contract'

let core: RunningCore
beforeAll(async () => {
  core = await startCore({
    host: 'node',
    version: 'test',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
    seed: 'http-limits',
  })
})
afterAll(async () => {
  await core.stop()
})

interface SlowUpload {
  /** The response as far as it arrived (head and body). */
  readonly received: string
  /** Milliseconds until the response head arrived (undefined: never). */
  readonly answeredMs: number | undefined
  /** Milliseconds until the server closed the connection (undefined: still open at the end). */
  readonly closedMs: number | undefined
}

const TICK_MS = 100
/** Bounds the whole upload: 30 ticks of 100 ms, then the client gives up. */
const MAX_TICKS = 30

/** Declares a 1 GB body, then sends 16 bytes every 100 ms until the server closes (or 3 s). */
function slowUpload(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
): Promise<SlowUpload> {
  const { hostname, port } = new URL(baseUrl)
  const started = Date.now()
  return new Promise((resolve) => {
    let received = ''
    let answeredMs: number | undefined
    let ticks = 0
    const socket = connect(Number(port), hostname)
    const head = [
      `POST ${path} HTTP/1.1`,
      `Host: ${hostname}:${port}`,
      'Content-Type: application/json',
      'Content-Length: 1000000000',
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      '',
      '',
    ].join('\r\n')
    const finish = (closed: boolean): void => {
      clearInterval(timer)
      socket.destroy()
      resolve({ received, answeredMs, closedMs: closed ? Date.now() - started : undefined })
    }
    const timer = setInterval(() => {
      ticks += 1
      if (ticks > MAX_TICKS) finish(false)
      else if (socket.writable) socket.write('{"x":"0123456789')
    }, TICK_MS)
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => {
      received += chunk
      if (answeredMs === undefined && received.includes('\r\n\r\n'))
        answeredMs = Date.now() - started
    })
    // Writing after the server closed fails with EPIPE/ECONNRESET: that is the expected end.
    socket.on('error', () => undefined)
    socket.on('close', () => finish(true))
    socket.write(head)
  })
}

describe('a declared Content-Length over the limit', () => {
  it.each([
    {
      server: 'control API',
      url: () => core.url,
      path: '/api/lab/signature',
      headers: (): Record<string, string> => ({ [TOKEN_HEADER]: core.token }),
      says: '"payload-too-large"',
    },
    {
      server: 'mock platform',
      url: () => core.platformUrl,
      path: '/cgi-bin/stable_token',
      headers: (): Record<string, string> => ({}),
      says: '"errcode":45002',
    },
    {
      server: 'sample bot',
      url: () => core.botUrl ?? '',
      path: '/wechat',
      headers: (): Record<string, string> => ({}),
      says: '1 MB',
    },
  ])(
    '$server answers 413 at once and closes the connection',
    async ({ url, path, headers, says }) => {
      const upload = await slowUpload(url(), path, headers())
      expect(upload.received).toMatch(/^HTTP\/1\.1 413 /)
      expect(upload.received).toContain(says)
      expect(upload.answeredMs).toBeLessThan(1000)
      expect(upload.closedMs).toBeLessThan(1500)
    },
  )
})
