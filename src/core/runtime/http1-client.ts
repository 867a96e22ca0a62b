/**
 * A small HTTP/1.1 client on node:net and node:tls for the engine's requests to the bot. It writes
 * exactly the header list it is given, in that order (Host first when the list has none, and
 * Content-Length last on a POST without one) and nothing else: node:http's client adds
 * `Connection: keep-alive` on Node 20, which WeChat does not send (protocol.md §4.2). It also costs
 * under half of node:http's CPU per request, which matters when the engine is the load generator.
 *
 * Connections are kept alive between requests, as WeChat's are: idle ones wait per origin (most
 * recent first), unref'd so they never hold the process open, and are dropped when the bot closes
 * them, when its `Keep-Alive: timeout=N` hint is one second from running out, or after 4 s. Each
 * request in flight has its own connection: a load run is never queued behind mpsim's own pool.
 * Nothing here throws for a network failure: every request ends in a response or a NetworkError.
 */
import { validateHeaderName, validateHeaderValue } from 'node:http'
import { connect as netConnect, isIP } from 'node:net'
import type { Socket } from 'node:net'
import { connect as tlsConnect } from 'node:tls'
import type { HeaderList, NetworkError } from '../../shared/model/exchange'
import { ResponseReader } from './http1-response'
import type { ParseFailure, ParsedResponse } from './http1-response'
import { networkErrorCode } from './node-http'

/** Where a request goes: what the client reads of its URL. */
export interface RequestTarget {
  readonly protocol: string
  /** As URL gives it: an IPv6 address in brackets. */
  readonly hostname: string
  readonly port: string
  /** The Host header's value when the request names none. */
  readonly host: string
  /** Path and query, as on the request line. */
  readonly path: string
}

export interface Http1Request {
  readonly method: 'GET' | 'POST'
  readonly target: RequestTarget
  /** Sent in this order, with these exact names. */
  readonly headers: HeaderList
  readonly body: Buffer
  readonly timeoutMs: number
  /** Bodies above this are cut and reported as too-large (a bot streaming forever). */
  readonly maxResponseBytes: number
}

export type Http1Outcome =
  | { readonly response: ParsedResponse; readonly error?: undefined }
  | { readonly error: NetworkError; readonly response?: undefined }

/** Idle connections kept per origin; more are closed (node:http's default maxFreeSockets). */
const MAX_IDLE_PER_ORIGIN = 256
/** How long an idle connection is reused when the bot gives no Keep-Alive hint. */
const DEFAULT_IDLE_MS = 4000
/** Stop reusing this long before the bot's announced keep-alive timeout (as node:http does). */
const HINT_MARGIN_MS = 1000

/** One request waiting for its response: settled once, by the response, an error or the deadline. */
class InFlight {
  readonly reader: ResponseReader
  readonly timer: ReturnType<typeof setTimeout>
  private readonly conn: Connection
  private readonly callback: (outcome: Http1Outcome) => void
  private settled = false

  constructor(conn: Connection, req: Http1Request, callback: (outcome: Http1Outcome) => void) {
    this.conn = conn
    this.callback = callback
    this.reader = new ResponseReader(req.maxResponseBytes)
    this.timer = setTimeout(() => {
      this.done({ error: { code: 'timeout', message: `no answer within ${req.timeoutMs} ms` } })
      conn.socket.destroy()
    }, req.timeoutMs)
  }

  done(outcome: Http1Outcome): void {
    if (this.settled) return
    this.settled = true
    clearTimeout(this.timer)
    if (this.conn.current === this) this.conn.current = undefined
    this.callback(outcome)
  }
}

interface Connection {
  readonly socket: Socket
  readonly origin: string
  current: InFlight | undefined
  idleSince: number
  idleMs: number
}

const idle = new Map<string, Connection[]>()

/**
 * Sends one request and calls `done` exactly once. Throws synchronously, before anything is sent,
 * for a request Node would refuse (a protocol other than http/https, a header name or value with
 * a forbidden character, as node:http's setHeader does).
 */
export function http1Request(req: Http1Request, done: (outcome: Http1Outcome) => void): void {
  const secure = req.target.protocol === 'https:'
  if (!secure && req.target.protocol !== 'http:') {
    throw new TypeError(`Protocol "${req.target.protocol}" not supported. Expected "http:"`)
  }
  const wire = requestBytes(req)
  const conn = acquire(req.target, secure)
  conn.current = new InFlight(conn, req, done)
  conn.socket.write(wire)
}

/** Bot URLs before their query, parsed once: each push only changes the query. */
const bases = new Map<string, Omit<RequestTarget, 'path'> & { readonly pathname: string }>()
const MAX_BASES = 64
/**
 * A query URL parsing leaves as it is (printable ASCII outside the query percent-encode set: no
 * blank, quote, `#`, `<`, `>` or `'`): it can be appended to a parsed base as written.
 */
const PLAIN_QUERY = /^\?[\x21\x24-\x26\x28-\x3b\x3d\x3f-\x7e]*$/

/**
 * The target of `url`, as `new URL(url)` reads it (throws TypeError when it is not a URL). A
 * push's URL differs from the last one only in its query, so the part before is parsed once.
 */
export function requestTarget(url: string): RequestTarget {
  const q = url.indexOf('?')
  if (q !== -1 && PLAIN_QUERY.test(url.slice(q))) {
    const base = bases.get(url.slice(0, q)) ?? rememberBase(url.slice(0, q))
    // `?` alone is an empty query: URL drops it.
    if (base) {
      const { protocol, hostname, port, host, pathname } = base
      const path = q === url.length - 1 ? pathname : pathname + url.slice(q)
      return { protocol, hostname, port, host, path }
    }
  }
  const parsed = new URL(url)
  return {
    protocol: parsed.protocol,
    hostname: parsed.hostname,
    port: parsed.port,
    host: parsed.host,
    path: `${parsed.pathname}${parsed.search}`,
  }
}

function rememberBase(
  text: string,
): (Omit<RequestTarget, 'path'> & { pathname: string }) | undefined {
  let parsed: URL
  try {
    parsed = new URL(text)
  } catch {
    return undefined
  }
  // Only a base URL writes back unchanged (no fragment, already normalised) can take a query as is.
  if (parsed.href !== text) return undefined
  const { protocol, hostname, port, host, pathname } = parsed
  const base = { protocol, hostname, port, host, pathname }
  if (bases.size >= MAX_BASES) bases.clear()
  bases.set(text, base)
  return base
}

/** Request line, headers and body as one buffer: one write, one packet for a small push. */
function requestBytes(req: Http1Request): Buffer {
  const { target, headers, body } = req
  let hasHost = false
  let hasLength = false
  let lines = ''
  for (const [name, value] of headers) {
    validateHeaderName(name)
    validateHeaderValue(name, value)
    const lower = name.toLowerCase()
    if (lower === 'host') hasHost = true
    else if (lower === 'content-length' || lower === 'transfer-encoding') hasLength = true
    lines += `${name}: ${value}\r\n`
  }
  if (!hasHost) lines = `Host: ${target.host}\r\n${lines}`
  if (!hasLength && req.method === 'POST') lines += `Content-Length: ${body.length}\r\n`
  // Header values are latin1 on the wire: validateHeaderValue refuses anything above U+00FF.
  const head = `${req.method} ${target.path} HTTP/1.1\r\n${lines}\r\n`
  const bytes = Buffer.allocUnsafe(head.length + body.length)
  bytes.write(head, 0, 'latin1')
  body.copy(bytes, head.length)
  return bytes
}

function acquire(target: RequestTarget, secure: boolean): Connection {
  const host = target.hostname.startsWith('[') ? target.hostname.slice(1, -1) : target.hostname
  const port = Number(target.port) || (secure ? 443 : 80)
  const origin = `${secure ? 's' : ''}${host}:${port}`
  const waiting = idle.get(origin)
  const now = Date.now()
  while (waiting && waiting.length > 0) {
    const conn = waiting.pop() as Connection
    if (!conn.socket.destroyed && conn.socket.writable && now - conn.idleSince < conn.idleMs) {
      conn.socket.ref()
      return conn
    }
    conn.socket.destroy()
  }
  const socket = secure
    ? tlsConnect({ host, port, ...(isIP(host) ? {} : { servername: host }) })
    : netConnect({ host, port })
  socket.setNoDelay(true)
  socket.setKeepAlive(true, 1000)
  const conn: Connection = { socket, origin, current: undefined, idleSince: 0, idleMs: 0 }
  socket.on('data', (chunk: Buffer) => onData(conn, chunk))
  socket.on('end', () => onEnd(conn))
  socket.on('error', (error: NodeJS.ErrnoException) => {
    conn.current?.done({ error: { code: networkErrorCode(error), message: error.message } })
    drop(conn)
  })
  socket.on('close', () => {
    conn.current?.done({ error: { code: 'connection-reset', message: 'socket hang up' } })
    drop(conn)
  })
  return conn
}

function onData(conn: Connection, chunk: Buffer): void {
  const flight = conn.current
  // Bytes nobody asked for (on an idle connection): it cannot be trusted with the next request.
  if (!flight) return drop(conn)
  const step = flight.reader.push(chunk)
  if (step.kind === 'more') return
  if (step.kind === 'failed') {
    flight.done({ error: failureError(step.failure) })
    return drop(conn)
  }
  const { response } = step
  if (response.reusable) release(conn, response)
  else drop(conn)
  flight.done({ response })
}

function onEnd(conn: Connection): void {
  const flight = conn.current
  if (flight) {
    const step = flight.reader.end()
    if (step.kind === 'done') flight.done({ response: step.response })
    else if (step.kind === 'failed') flight.done({ error: failureError(step.failure) })
  }
  drop(conn)
}

function failureError(failure: ParseFailure): NetworkError {
  const code =
    failure.kind === 'too-large'
      ? 'too-large'
      : failure.kind === 'cut'
        ? 'connection-reset'
        : 'other'
  return { code, message: failure.message }
}

function release(conn: Connection, response: ParsedResponse): void {
  conn.current = undefined
  const idleMs = keepAliveMs(response)
  const waiting = idle.get(conn.origin) ?? []
  if (idleMs <= 0 || waiting.length >= MAX_IDLE_PER_ORIGIN) return drop(conn)
  conn.idleSince = Date.now()
  conn.idleMs = idleMs
  conn.socket.unref()
  waiting.push(conn)
  idle.set(conn.origin, waiting)
}

function keepAliveMs(response: ParsedResponse): number {
  for (const [name, value] of response.headers) {
    if (name.length !== 10 || name.toLowerCase() !== 'keep-alive') continue
    const hint = /(?:^|[\s,])timeout=(\d+)/i.exec(value)?.[1]
    if (hint !== undefined) return Math.min(Number(hint) * 1000 - HINT_MARGIN_MS, 60_000)
  }
  return DEFAULT_IDLE_MS
}

function drop(conn: Connection): void {
  conn.socket.destroy()
  const waiting = idle.get(conn.origin)
  const at = waiting ? waiting.indexOf(conn) : -1
  if (waiting && at !== -1) {
    waiting.splice(at, 1)
    if (waiting.length === 0) idle.delete(conn.origin)
  }
}
