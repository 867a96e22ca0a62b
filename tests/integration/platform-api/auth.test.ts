/** The access_token check shared by every API (protocol.md §10.7, §12). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FOLLOWER } from './context'
import { startPlatform } from './client'
import type { Platform } from './client'

let platform: Platform
beforeAll(async () => {
  platform = await startPlatform()
})
afterAll(async () => {
  await platform.close()
})

const GET_APIS = [
  '/cgi-bin/getcallbackip',
  '/cgi-bin/user/info',
  '/cgi-bin/user/get',
  '/cgi-bin/menu/get',
  '/cgi-bin/menu/delete',
  '/cgi-bin/ticket/getticket',
]
const POST_APIS = [
  '/cgi-bin/user/info/batchget',
  '/cgi-bin/message/custom/send',
  '/cgi-bin/message/template/send',
  '/cgi-bin/menu/create',
  '/cgi-bin/qrcode/create',
  '/cgi-bin/clear_quota',
]
const ALL = [...GET_APIS.map((p) => ['GET', p]), ...POST_APIS.map((p) => ['POST', p])]

function call(method: string, path: string, query: Record<string, string>) {
  return method === 'GET'
    ? platform.get(path, query)
    : platform.post(path, { touser: FOLLOWER }, { query })
}

describe('access_token checks', () => {
  it.each(ALL)('%s %s without access_token → 41001', async (method, path) => {
    const r = await call(method, path, {})
    expect(r.status).toBe(200)
    expect(r.json.errcode).toBe(41001)
    expect(r.json.errmsg).toMatch(/^access_token missing rid: /)
  })

  it.each(ALL)('%s %s with a malformed token → 40014', async (method, path) => {
    expect((await call(method, path, { access_token: 'not a token!' })).json.errcode).toBe(40014)
  })

  it.each(ALL)('%s %s with a well-formed unknown token → 40001', async (method, path) => {
    const r = await call(method, path, { access_token: `85_${'x'.repeat(154)}` })
    expect(r.json.errcode).toBe(40001)
  })

  it.each(GET_APIS)('POST %s → 43001', async (path) => {
    expect((await platform.post(path, {})).json.errcode).toBe(43001)
  })

  it.each(POST_APIS)('GET %s → 43002', async (path) => {
    expect((await platform.get(path)).json.errcode).toBe(43002)
  })
})
