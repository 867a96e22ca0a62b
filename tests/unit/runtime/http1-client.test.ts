/**
 * The push client (http1-client.ts) on loopback: the exact bytes it writes, connections kept
 * alive and given up when they should be, and every failure reported as a NetworkError.
 */
import { createServer } from 'node:net'
import type { AddressInfo, Server, Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { http1Request, requestTarget } from '../../../src/core/runtime/http1-client'
import type { Http1Outcome, Http1Request } from '../../../src/core/runtime/http1-client'
import type { HeaderList } from '../../../src/shared/model/exchange'

interface RawBot {
  readonly url: string
  /** What each request's bytes looked like, in arrival order. */
  readonly requests: string[]
  /** Connections accepted so far. */
  connections(): number
  close(): Promise<void>
}

let bots: RawBot[] = []
afterEach(async () => {
  await Promise.all(bots.map((b) => b.close()))
  bots = []
})

/** A bot answering every complete request (head + Content-Length body) with `answer(socket)`. */
async function rawBot(answer: (socket: Socket, request: string) => void): Promise<RawBot> {
  const requests: string[] = []
  const sockets = new Set<Socket>()
  let accepted = 0
  const server: Server = createServer((socket) => {
    accepted++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    let pending = ''
    socket.on('data', (chunk: Buffer) => {
      pending += chunk.toString('latin1')
      const headEnd = pending.indexOf('\r\n\r\n')
      if (headEnd === -1) return
      const length = Number(/\r\nContent-Length: (\d+)/i.exec(pending.slice(0, headEnd))?.[1] ?? 0)
      if (pending.length < headEnd + 4 + length) return
      const request = pending.slice(0, headEnd + 4 + length)
      pending = pending.slice(request.length)
      requests.push(request)
      answer(socket, request)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const bot: RawBot = {
    url: `http://127.0.0.1:${port}/wechat?a=1`,
    requests,
    connections: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
  bots.push(bot)
  return bot
}

const OK = 'HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\nsuccess'

function send(
  url: string,
  extra: Partial<Omit<Http1Request, 'target'>> = {},
): Promise<Http1Outcome> {
  return new Promise((resolve) => {
    http1Request(
      {
        method: 'POST',
        target: requestTarget(url),
        headers: [],
        body: Buffer.from('<xml/>'),
        timeoutMs: 2000,
        maxResponseBytes: 1024,
        ...extra,
      },
      resolve,
    )
  })
}

const WECHAT: HeaderList = [
  ['Host', 'bot.example'],
  ['User-Agent', 'Mozilla/4.0'],
  ['Accept', '*/*'],
  ['Pragma', 'no-cache'],
  ['Content-Type', 'text/xml'],
  ['Content-Length', '6'],
]

describe('requestTarget', () => {
  it.each([
    'http://127.0.0.1:3000/wechat?signature=abc&timestamp=1&nonce=2&openid=o-_x',
    'http://127.0.0.1:3000/wechat?signature=abc&timestamp=1&nonce=3&openid=o-_y',
    'http://127.0.0.1:3000/wechat?',
    'http://127.0.0.1:80/wechat?a=1',
    'http://EXAMPLE.com?x=1',
    'https://[::1]:8443/x y/你?q=a b&c="d"',
    'http://a.b/w?x=1#frag',
    "http://a.b/w?x='1'",
    'http://u:p@a.b:8080/w?x=%zz',
    'http://a.b/w',
  ])('reads %s as URL does', (url) => {
    // Twice: the second read comes from the remembered base.
    for (let i = 0; i < 2; i++) {
      const parsed = new URL(url)
      expect(requestTarget(url)).toEqual({
        protocol: parsed.protocol,
        hostname: parsed.hostname,
        port: parsed.port,
        host: parsed.host,
        path: `${parsed.pathname}${parsed.search}`,
      })
    }
  })

  it('throws for what is not a URL', () => {
    expect(() => requestTarget('not a url?x=1')).toThrow(TypeError)
  })
})

describe('http1Request', () => {
  it("writes exactly WeChat's header list, in order, and nothing else", async () => {
    const bot = await rawBot((s) => s.write(OK))
    const outcome = await send(bot.url, { headers: WECHAT })
    expect(outcome.response?.body.toString()).toBe('success')
    expect(bot.requests).toEqual([
      'POST /wechat?a=1 HTTP/1.1\r\nHost: bot.example\r\nUser-Agent: Mozilla/4.0\r\nAccept: */*\r\n' +
        'Pragma: no-cache\r\nContent-Type: text/xml\r\nContent-Length: 6\r\n\r\n<xml/>',
    ])
  })

  it('adds Host first and Content-Length last only when the list has none', async () => {
    const bot = await rawBot((s) => s.write(OK))
    const port = new URL(bot.url).port
    await send(bot.url, { headers: [['User-Agent', 'Mozilla/4.0']] })
    await send(bot.url, { method: 'GET', headers: [], body: Buffer.alloc(0) })
    expect(bot.requests).toEqual([
      `POST /wechat?a=1 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUser-Agent: Mozilla/4.0\r\nContent-Length: 6\r\n\r\n<xml/>`,
      `GET /wechat?a=1 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`,
    ])
  })

  it('keeps the connection alive between requests', async () => {
    const bot = await rawBot((s) => s.write(OK))
    for (let i = 0; i < 3; i++) expect((await send(bot.url)).response?.status).toBe(200)
    expect(bot.connections()).toBe(1)
  })

  it.each([
    ['Connection: close', 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'],
    [
      'a Keep-Alive hint of 1 s',
      'HTTP/1.1 200 OK\r\nKeep-Alive: timeout=1\r\nContent-Length: 0\r\n\r\n',
    ],
    ['an answer framed by the end of the connection', 'HTTP/1.1 200 OK\r\n\r\n'],
  ])('opens a new connection after %s', async (_name, answer) => {
    const bot = await rawBot((s) => {
      s.write(answer)
      if (!answer.includes('Content-Length')) s.end()
    })
    for (let i = 0; i < 2; i++) expect((await send(bot.url)).response?.status).toBe(200)
    expect(bot.connections()).toBe(2)
  })

  it('drops an idle connection the bot closed, and the next request succeeds', async () => {
    const bot = await rawBot((s) => {
      s.write(OK)
      setTimeout(() => s.end(), 10)
    })
    await send(bot.url)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect((await send(bot.url)).response?.status).toBe(200)
    expect(bot.connections()).toBe(2)
  })

  it.each<[string, (s: Socket) => void, Partial<Http1Request>, Http1Outcome['error']]>([
    [
      'silence',
      () => undefined,
      { timeoutMs: 100 },
      { code: 'timeout', message: 'no answer within 100 ms' },
    ],
    [
      'a reset',
      (s) => s.resetAndDestroy(),
      {},
      { code: 'connection-reset', message: expect.any(String) as string },
    ],
    [
      'a close without an answer',
      (s) => s.end(),
      {},
      { code: 'connection-reset', message: 'socket hang up' },
    ],
    [
      'an answer that is not HTTP',
      (s) => s.write('<xml></xml>'),
      {},
      { code: 'other', message: 'Parse Error: Expected HTTP/' },
    ],
    [
      'an answer over the size limit',
      (s) => s.write(`HTTP/1.1 200 OK\r\nContent-Length: 2000\r\n\r\n${'x'.repeat(2000)}`),
      {},
      { code: 'too-large', message: 'response body over 1024 bytes' },
    ],
  ])('reports %s as a NetworkError', async (_name, answer, extra, error) => {
    const bot = await rawBot(answer)
    expect(await send(bot.url, extra)).toEqual({ error })
  })

  it('reports a refused connection', async () => {
    const bot = await rawBot(() => undefined)
    await bot.close()
    expect((await send(bot.url)).error?.code).toBe('connection-refused')
  })

  it('refuses before sending a header value with a line break, or a protocol it does not speak', () => {
    const request: Http1Request = {
      method: 'POST',
      target: requestTarget('http://127.0.0.1:9/wechat'),
      headers: [['Content-Type', 'text/xml\r\nX: 1']],
      body: Buffer.alloc(0),
      timeoutMs: 100,
      maxResponseBytes: 1024,
    }
    expect(() => http1Request(request, () => undefined)).toThrow(/Invalid character/)
    const ftp = { ...request, headers: [], target: requestTarget('ftp://127.0.0.1/wechat') }
    expect(() => http1Request(ftp, () => undefined)).toThrow(/not supported/)
  })
})
