/**
 * HTTP at the byte level, for requests and answers no well-behaved client or server would send:
 * a client that writes exactly the head and body it is given (any Host, Content-Length or
 * Content-Encoding), and a "bot" that answers each request with exactly the bytes it is given.
 * Loopback only; every socket is destroyed on close.
 */
import { connect, createServer } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'

export interface RawRequest {
  readonly method: string
  /** Request target: path and query exactly as written. */
  readonly target: string
  /** Sent in this order; Host and Connection: close are added when absent. */
  readonly headers: readonly (readonly [string, string])[]
  readonly body?: Buffer
  /** @default 5000 */
  readonly timeoutMs?: number
}

export interface RawResponse {
  readonly status: number
  /** Lower-cased names; the last value wins. */
  readonly headers: ReadonlyMap<string, string>
  readonly body: Buffer
  readonly text: string
}

const HEAD_END = Buffer.from('\r\n\r\n')

function parseResponse(data: Buffer): RawResponse | undefined {
  const headEnd = data.indexOf(HEAD_END)
  if (headEnd < 0) return undefined
  const lines = data.subarray(0, headEnd).toString('latin1').split('\r\n')
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '')
  if (!status) return undefined
  // An interim answer (100 Continue after `Expect: 100-continue`): the real one follows.
  if (status[1]?.startsWith('1')) return parseResponse(data.subarray(headEnd + HEAD_END.length))
  const headers = new Map<string, string>()
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':')
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  const rest = data.subarray(headEnd + HEAD_END.length)
  let body: Buffer | undefined = rest
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(rest)
  else if (headers.has('content-length')) {
    const length = Number(headers.get('content-length'))
    body = rest.length >= length ? rest.subarray(0, length) : undefined
  }
  if (body === undefined) return undefined
  return { status: Number(status[1]), headers, body, text: body.toString('utf8') }
}

/** A complete chunked body, or undefined while chunks are missing. */
function dechunk(data: Buffer): Buffer | undefined {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at)
    if (lineEnd < 0) return undefined
    const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16)
    if (Number.isNaN(size)) return undefined
    if (size === 0) return Buffer.concat(parts)
    const start = lineEnd + 2
    if (data.length < start + size + 2) return undefined
    parts.push(data.subarray(start, start + size))
    at = start + size + 2
  }
}

/**
 * Sends one request over a fresh connection and reads one answer. Rejects when the server
 * answers nothing parseable before closing or within the timeout: a server that stops answering
 * is itself a failure of the fuzz invariants.
 */
export function rawRequest(baseUrl: string, request: RawRequest): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl)
  const body = request.body ?? Buffer.alloc(0)
  const names = new Set(request.headers.map(([n]) => n.toLowerCase()))
  const headers: (readonly [string, string])[] = [
    ...(names.has('host') ? [] : [['Host', `${hostname}:${port}`] as const]),
    ...request.headers,
    ...(names.has('connection') ? [] : [['Connection', 'close'] as const]),
  ]
  const head =
    `${request.method} ${request.target} HTTP/1.1\r\n` +
    headers.map(([n, v]) => `${n}: ${v}\r\n`).join('') +
    '\r\n'
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let settled = false
    const socket = connect(Number(port), hostname)
    const finish = (error?: Error): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      const parsed = parseResponse(Buffer.concat(chunks))
      if (parsed) resolve(parsed)
      else
        reject(
          error ?? new Error(`no HTTP answer to ${request.method} ${request.target.slice(0, 200)}`),
        )
    }
    const timer = setTimeout(
      () => finish(new Error(`no answer within ${request.timeoutMs ?? 5000} ms`)),
      request.timeoutMs ?? 5000,
    )
    socket.on('connect', () => {
      socket.write(Buffer.concat([Buffer.from(head, 'latin1'), body]))
    })
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      if (parseResponse(Buffer.concat(chunks))) finish()
    })
    socket.on('error', (error) => finish(error))
    socket.on('close', () => finish())
  })
}

/** What the hostile bot does with one request. */
export interface HostileAnswer {
  /** Written in order, each in its own write. */
  readonly chunks: readonly Buffer[]
  /** end: close politely; destroy: reset; hold: keep the socket open and say nothing more. */
  readonly then: 'end' | 'destroy' | 'hold'
}

export interface HostileBot {
  readonly url: string
  /** Requests received (head and body), for assertions. */
  readonly received: number
  close(): Promise<void>
}

/** A bot that answers every complete request with `answer()`, byte for byte. */
export async function startHostileBot(answer: () => HostileAnswer): Promise<HostileBot> {
  const sockets = new Set<Socket>()
  let received = 0
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
    let buffered = Buffer.alloc(0)
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk])
      for (;;) {
        const headEnd = buffered.indexOf(HEAD_END)
        if (headEnd < 0) return
        const head = buffered.subarray(0, headEnd).toString('latin1')
        const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0)
        const total = headEnd + HEAD_END.length + length
        if (buffered.length < total) return
        buffered = buffered.subarray(total)
        received += 1
        const reply = answer()
        for (const part of reply.chunks) socket.write(part)
        if (reply.then === 'end') socket.end()
        if (reply.then === 'destroy') socket.destroy()
        if (reply.then !== 'hold') return
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/wechat`,
    get received() {
      return received
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}
