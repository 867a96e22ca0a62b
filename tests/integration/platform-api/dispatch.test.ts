/**
 * How a call finds its API (http/api-dispatch.ts): one lookup by path, matched as Express matched
 * it, and exactly one Exchange per /cgi-bin or /sns call, whatever answers it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPlatform } from './client'
import type { Platform } from './client'
import { ACCOUNT } from './context'

let platform: Platform
beforeAll(async () => {
  platform = await startPlatform()
})
afterAll(async () => {
  await platform.close()
})

const credentials = `grant_type=client_credential&appid=${ACCOUNT.appId}&secret=${ACCOUNT.appSecret}`

async function call(path: string, init?: RequestInit) {
  const before = platform.exchanges.length
  const answer = await fetch(`${platform.url}${path}`, init)
  const text = await answer.text()
  // An Exchange is published as the answer ends; a second one would follow at once.
  await new Promise((resolve) => setTimeout(resolve, 50))
  return { answer, text, exchanges: platform.exchanges.slice(before) }
}

describe('the API dispatcher', () => {
  it.each(['/CGI-BIN/Token', '/cgi-bin/token/'])('sends %s to /cgi-bin/token', async (path) => {
    const { text, exchanges } = await call(`${path}?${credentials}`)
    expect(JSON.parse(text)).toMatchObject({ expires_in: 7200 })
    expect(exchanges).toHaveLength(1)
    expect(exchanges[0]).toMatchObject({ title: path, errcode: 0, accountId: ACCOUNT.id })
  })

  it.each(['/cgi-bin/token//', '/cgi-bin/tokens', '/sns/no-such-api', '/sns'])(
    'answers 40066 at %s and records it once',
    async (path) => {
      const { text, exchanges } = await call(path)
      expect(JSON.parse(text)).toMatchObject({ errcode: 40066 })
      expect(exchanges).toHaveLength(1)
      expect(exchanges[0]).toMatchObject({ title: path, errcode: 40066 })
    },
  )

  it('records the answer as sent: status, headers and bytes', async () => {
    const { answer, text, exchanges } = await call(`/cgi-bin/token?${credentials}`)
    const response = exchanges[0]?.attempts[0]?.response
    expect(response?.status).toBe(200)
    expect(response?.body).toEqual({ text, bytes: Buffer.byteLength(text) })
    expect(response?.headers).toEqual([
      ['content-type', 'application/json; encoding=utf-8'],
      ['content-length', String(Buffer.byteLength(text))],
    ])
    expect(answer.headers.get('content-type')).toBe('application/json; encoding=utf-8')
    expect(answer.headers.get('etag')).toBeNull()
    expect(answer.headers.get('x-powered-by')).toBeNull()
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    const { answer, text, exchanges } = await call(`/cgi-bin/token?${credentials}`, {
      method: 'HEAD',
    })
    expect(answer.status).toBe(200)
    expect(Number(answer.headers.get('content-length'))).toBeGreaterThan(100)
    expect(text).toBe('')
    expect(exchanges[0]?.attempts[0]?.response?.body).toEqual({ text: '', bytes: 0 })
  })

  it('reads the body of a POST and keeps it on the Exchange', async () => {
    const body = JSON.stringify({ appid: ACCOUNT.appId })
    const { exchanges } = await call(
      `/cgi-bin/clear_quota?access_token=${await platform.token()}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      },
    )
    expect(exchanges.at(-1)?.attempts[0]?.request.body).toEqual({
      text: body,
      bytes: Buffer.byteLength(body),
    })
  })

  it('leaves other paths to the rest of the app', async () => {
    const { answer, exchanges } = await call('/favicon.ico')
    expect(answer.status).toBe(404)
    expect(exchanges).toHaveLength(0)
  })
})
