/**
 * GET /api/events, the live stream the UI reads (server-sent events): behind the same guards as
 * every command, and carrying `exchange`, `phone` and `menu` events as they happen.
 */
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PhoneMessage } from '../../src/core/runtime/event-bus'
import { startCore } from '../../src/core/start-core'
import type { RunningCore } from '../../src/core/start-core'
import { TOKEN_HEADER } from '../../src/shared/control/contract'
import type { Exchange } from '../../src/shared/model/exchange'

let core: RunningCore

beforeAll(async () => {
  core = await startCore({
    host: 'node',
    version: 'test',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
    slowDelayMs: 20,
  })
})
afterAll(async () => {
  await core.stop()
})

interface StreamEvent {
  event: string
  data: unknown
}

/** An open event stream, read with fetch (as the renderer does) and parsed frame by frame. */
interface EventStream {
  response: Response
  /** The first event so far or still to come that matches; fails after `timeoutMs`. */
  waitFor(match: (e: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>
  /** Comments (`: …` lines) seen so far. */
  comments: string[]
  close(): void
}

async function openStream(headers: Record<string, string> = {}): Promise<EventStream> {
  const abort = new AbortController()
  const response = await fetch(`${core.url}/api/events`, {
    headers: { [TOKEN_HEADER]: core.token, ...headers },
    signal: abort.signal,
  })
  const reader = response.body!.getReader() as ReadableStreamDefaultReader<Uint8Array>
  const decoder = new TextDecoder()
  const events: StreamEvent[] = []
  const comments: string[] = []
  let buffer = ''
  const parse = () => {
    let end = buffer.indexOf('\n\n')
    while (end >= 0) {
      const frame = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      let event = 'message'
      let data = ''
      for (const line of frame.split('\n')) {
        if (line.startsWith(':')) comments.push(line.slice(1).trim())
        else if (line.startsWith('event: ')) event = line.slice('event: '.length)
        else if (line.startsWith('data: ')) data += line.slice('data: '.length)
      }
      if (data !== '') events.push({ event, data: JSON.parse(data) as unknown })
      end = buffer.indexOf('\n\n')
    }
  }
  const waitFor: EventStream['waitFor'] = async (match, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = events.find(match)
      if (found) return found
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms`)
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), left)
      })
      const chunk = await Promise.race([reader.read(), timeout])
      clearTimeout(timer)
      if (chunk === 'timeout') continue
      if (chunk.done) throw new Error('the event stream ended')
      buffer += decoder.decode(chunk.value, { stream: true })
      parse()
    }
  }
  return { response, waitFor, comments, close: () => abort.abort() }
}

/** Raw HTTP, so the Host header can be set (fetch forbids it). */
function rawStatus(headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL('/api/events', core.url), { headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

async function accessToken(): Promise<string> {
  const a = core.engine.account()
  const res = await fetch(
    `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${a.appId}&secret=${a.appSecret}`,
  )
  return ((await res.json()) as { access_token: string }).access_token
}

async function sendPush(content: string, openid?: string): Promise<Exchange> {
  const res = await fetch(`${core.url}/api/push`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: core.token, 'content-type': 'application/json' },
    body: JSON.stringify({
      typeId: 'text',
      values: { Content: content },
      ...(openid ? { openid } : {}),
    }),
  })
  expect(res.status).toBe(200)
  return (await res.json()) as Exchange
}

describe('the guards of /api/events', () => {
  it.each<{ name: string; headers: () => Record<string, string>; status: number; code: string }>([
    { name: 'no token', headers: () => ({}), status: 401, code: 'token-missing' },
    {
      name: 'a wrong token',
      headers: () => ({ [TOKEN_HEADER]: 'nope' }),
      status: 401,
      code: 'token-invalid',
    },
    {
      name: 'a token one character short',
      headers: () => ({ [TOKEN_HEADER]: core.token.slice(0, -1) }),
      status: 401,
      code: 'token-invalid',
    },
    {
      name: 'a foreign Origin',
      headers: () => ({ [TOKEN_HEADER]: core.token, origin: 'https://evil.example' }),
      status: 403,
      code: 'origin-forbidden',
    },
    {
      name: 'a DNS-rebinding Host',
      headers: () => ({ [TOKEN_HEADER]: core.token, host: 'evil.example' }),
      status: 403,
      code: 'host-forbidden',
    },
  ])('$name → $status $code, and no stream', async ({ headers, status, code }) => {
    const res = await rawStatus(headers())
    expect(res.status).toBe(status)
    expect(JSON.parse(res.body)).toMatchObject({ error: { code } })
  })

  it('opens for the token from the app’s own origin', async () => {
    const stream = await openStream({ origin: core.url })
    try {
      expect(stream.response.status).toBe(200)
      expect(stream.response.headers.get('content-type')).toContain('text/event-stream')
      expect(stream.response.headers.get('cache-control')).toBe('no-store')
    } finally {
      stream.close()
    }
  })
})

describe('events as they happen', () => {
  it('a sendPush streams its Exchange and the phone message of its reply', async () => {
    const stream = await openStream()
    try {
      const sent = await sendPush('live on the stream')
      const exchange = await stream.waitFor(
        (e) => e.event === 'exchange' && (e.data as Exchange).id === sent.id,
      )
      expect(exchange.data).toEqual(sent)
      const phone = await stream.waitFor(
        (e) => e.event === 'phone' && (e.data as PhoneMessage).exchangeId === sent.id,
      )
      expect(phone.data).toMatchObject({
        source: 'passive-reply',
        accountId: sent.accountId,
        openid: sent.openid,
        msgType: 'text',
      })
      expect(stream.comments).toContain('mpsim events')
    } finally {
      stream.close()
    }
  })

  it('streams the customer-service message the bot sends after answering "success"', async () => {
    const stream = await openStream()
    try {
      const sent = await sendPush('slow')
      expect(sent.verdict?.outcome).toBe('no-reply')
      const later = await stream.waitFor(
        (e) => e.event === 'phone' && (e.data as PhoneMessage).source === 'custom-send',
      )
      expect(later.data).toMatchObject({ openid: sent.openid, msgType: 'text' })
      // The bot's own API call is an exchange too.
      await stream.waitFor(
        (e) =>
          e.event === 'exchange' && (e.data as Exchange).title === '/cgi-bin/message/custom/send',
      )
    } finally {
      stream.close()
    }
  })

  it('announces a menu the bot creates; getMenu then returns it', async () => {
    const stream = await openStream()
    try {
      const accountId = core.engine.account().id
      const created = await fetch(
        `${core.platformUrl}/cgi-bin/menu/create?access_token=${await accessToken()}`,
        {
          method: 'POST',
          body: JSON.stringify({ button: [{ type: 'click', name: '事件', key: 'EV1' }] }),
        },
      )
      expect(await created.json()).toMatchObject({ errcode: 0 })
      const menu = await stream.waitFor((e) => e.event === 'menu')
      expect(menu.data).toEqual({ accountId })
      const res = await fetch(`${core.url}/api/menu?accountId=${accountId}`, {
        headers: { [TOKEN_HEADER]: core.token },
      })
      expect(await res.json()).toMatchObject({
        button: [{ type: 'click', name: '事件', key: 'EV1' }],
      })
    } finally {
      stream.close()
    }
  })

  it('every open stream gets every event; closing one leaves the others streaming', async () => {
    const first = await openStream()
    const second = await openStream()
    try {
      second.close()
      const sent = await sendPush('fan-out')
      await first.waitFor((e) => e.event === 'exchange' && (e.data as Exchange).id === sent.id)
      await expect(second.waitFor(() => true, 500)).rejects.toThrow()
      const again = await sendPush('after close')
      await first.waitFor((e) => e.event === 'exchange' && (e.data as Exchange).id === again.id)
    } finally {
      first.close()
      second.close()
    }
  })
})
