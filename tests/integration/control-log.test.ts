/**
 * The exchange-log and phone commands of the control API, happy and bad paths: listExchanges with
 * every filter, getExchange, exportExchanges (JSON and NDJSON), listPhoneMessages (passive reply,
 * system tip, customer-service message) and clearExchanges, which archives and never deletes.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PhoneMessage } from '../../src/core/runtime/event-bus'
import { startCore } from '../../src/core/start-core'
import type { RunningCore } from '../../src/core/start-core'
import { TOKEN_HEADER } from '../../src/shared/control/contract'
import type { ControlErrorBody } from '../../src/shared/control/errors'
import type { PhoneMessageDto } from '../../src/shared/control/workspace-schemas'
import type { Exchange } from '../../src/shared/model/exchange'
import { SERVICE_UNAVAILABLE_TIP } from '../../src/shared/model/verdict'
import { closedPortUrl } from '../helpers/tiny-server'

let core: RunningCore
let dir: string
let deadBot: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-ctl-log-'))
  deadBot = await closedPortUrl()
  core = await startCore({
    host: 'node',
    version: 'test',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
    workspaceDir: join(dir, 'ws'),
    slowDelayMs: 50,
  })
})
afterAll(async () => {
  await core.stop()
  await rm(dir, { recursive: true, force: true })
})

async function api<T>(path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${core.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { [TOKEN_HEADER]: core.token, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: res.status, json: (await res.json()) as T }
}

const push = async (body: Record<string, unknown>): Promise<Exchange> => {
  const { status, json } = await api<Exchange>('/api/push', body)
  expect(status).toBe(200)
  return json
}
const text = (Content: string, extra: Record<string, unknown> = {}) =>
  push({ typeId: 'text', values: { Content }, ...extra })
const ids = (list: readonly Exchange[]) => list.map((e) => e.id)
const account = () => core.workspace.directory.listAccounts()[0]!
const users = () => core.workspace.directory.listUsers()

/** `GET /cgi-bin/token` with the account's secret, or a wrong one (errcode 40125 → failed). */
async function tokenCall(secret = account().appSecret): Promise<void> {
  const a = account()
  const res = await fetch(
    `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${a.appId}&secret=${secret}`,
  )
  await res.text()
}

/** Waits (bounded) for the next bus event that matches, so no test sleeps on a guess. */
function nextPhone(match: (m: PhoneMessage) => boolean): Promise<PhoneMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop()
      reject(new Error('no matching phone message within 5 s'))
    }, 5000)
    const stop = core.bus.on('phone', (m) => {
      if (!match(m)) return
      clearTimeout(timer)
      stop()
      resolve(m)
    })
  })
}

describe('listExchanges', () => {
  const seeded: Record<string, Exchange> = {}

  beforeAll(async () => {
    seeded['reply'] = await text('Filter-Me-123')
    seeded['noReply'] = await text('success')
    seeded['unavailable'] = await text('nobody home', { botUrl: deadBot })
    seeded['otherUser'] = await text('x', { openid: users()[1]!.openid })
    seeded['verifyOk'] = (await api<{ exchange: Exchange }>('/api/verify', {})).json.exchange
    seeded['verifyFailed'] = (
      await api<{ exchange: Exchange }>('/api/verify', { botUrl: deadBot })
    ).json.exchange
    await tokenCall()
    await tokenCall('wrong-secret')
    const a = account()
    const redirect = encodeURIComponent(`http://${a.callbackDomain}/oauth/callback`)
    const authorize = await fetch(
      `${core.platformUrl}/connect/oauth2/authorize?appid=${a.appId}&redirect_uri=${redirect}` +
        '&response_type=code&scope=snsapi_base&state=s1#wechat_redirect',
      { redirect: 'manual' },
    )
    await authorize.text()
  })

  it('the seeded pushes ended as intended', () => {
    expect(seeded['reply']?.verdict?.outcome).toBe('reply')
    expect(seeded['noReply']?.verdict?.outcome).toBe('no-reply')
    expect(seeded['unavailable']?.verdict?.outcome).toBe('service-unavailable')
  })

  const verifyOk = (e: Exchange) => e.kind === 'verify' && e.analysis.verdict.ok
  const outcome = (e: Exchange) => e.verdict?.outcome

  // `holds` is the filter's meaning written out, so the answer must be exactly what holds.
  it.each<{ query: string; holds: (e: Exchange) => boolean; has?: string[] }>([
    { query: 'kind=push', holds: (e) => e.kind === 'push', has: ['reply', 'noReply'] },
    { query: 'kind=verify', holds: (e) => e.kind === 'verify', has: ['verifyOk'] },
    { query: 'kind=api', holds: (e) => e.kind === 'api' },
    { query: 'kind=oauth', holds: (e) => e.kind === 'oauth' },
    { query: 'outcome=reply', holds: (e) => outcome(e) === 'reply', has: ['reply'] },
    { query: 'outcome=no-reply', holds: (e) => outcome(e) === 'no-reply', has: ['noReply'] },
    {
      query: 'outcome=service-unavailable',
      holds: (e) => outcome(e) === 'service-unavailable',
      has: ['unavailable'],
    },
    {
      query: 'kind=verify&outcome=ok',
      holds: (e) => e.kind === 'verify' && verifyOk(e),
      has: ['verifyOk'],
    },
    {
      query: 'kind=verify&outcome=failed',
      holds: (e) => e.kind === 'verify' && !verifyOk(e),
      has: ['verifyFailed'],
    },
    { query: 'kind=api&outcome=ok', holds: (e) => e.kind === 'api' && e.errcode === 0 },
    {
      query: 'kind=api&outcome=failed',
      holds: (e) => e.kind === 'api' && e.errcode !== undefined && e.errcode !== 0,
    },
  ])('$query returns exactly what matches', async ({ query, holds, has }) => {
    const { status, json } = await api<Exchange[]>(`/api/exchanges?${query}&limit=10000`)
    expect(status).toBe(200)
    expect(json.length).toBeGreaterThan(0)
    const all = (await api<Exchange[]>('/api/exchanges?limit=10000')).json
    expect(ids(json)).toEqual(ids(all.filter(holds)))
    for (const name of has ?? []) expect(ids(json)).toContain(seeded[name]!.id)
  })

  it('filters by account and user', async () => {
    const mine = await api<Exchange[]>(`/api/exchanges?accountId=${account().id}&limit=10000`)
    expect(mine.json.length).toBeGreaterThan(0)
    expect(mine.json.every((e) => e.accountId === account().id)).toBe(true)
    expect((await api<Exchange[]>('/api/exchanges?accountId=nobody')).json).toEqual([])
    const openid = users()[1]!.openid
    const theirs = await api<Exchange[]>(`/api/exchanges?openid=${openid}`)
    expect(ids(theirs.json)).toEqual([seeded['otherUser']!.id])
  })

  it('q looks in request and response bodies, ignoring case and surrounding spaces', async () => {
    const inRequest = await api<Exchange[]>('/api/exchanges?q=%20filter-me-123%20')
    expect(ids(inRequest.json)).toEqual([seeded['reply']!.id])
    // Only the bot's answer holds "You said: "Filter-Me-123"".
    const inReply = await api<Exchange[]>(
      `/api/exchanges?q=${encodeURIComponent('you said: "FILTER-ME-123"')}`,
    )
    expect(ids(inReply.json)).toEqual([seeded['reply']!.id])
    expect((await api<Exchange[]>('/api/exchanges?q=no-such-text-anywhere')).json).toEqual([])
  })

  it('q finds an encrypted (safe mode) reply by its decrypted text', async () => {
    const safe = await text('Sealed-Probe-77', { mode: 'safe' })
    expect(safe.verdict?.outcome).toBe('reply')
    const found = await api<Exchange[]>(
      `/api/exchanges?q=${encodeURIComponent('said: "sealed-probe-77"')}`,
    )
    expect(ids(found.json)).toEqual([safe.id])
  })

  it('limit keeps the newest, oldest first', async () => {
    const all = (await api<Exchange[]>('/api/exchanges?limit=10000')).json
    const two = (await api<Exchange[]>('/api/exchanges?limit=2')).json
    expect(ids(two)).toEqual(ids(all.slice(-2)))
    const pushes = (await api<Exchange[]>('/api/exchanges?kind=push&limit=1')).json
    expect(ids(pushes)).toEqual(ids(all.filter((e) => e.kind === 'push').slice(-1)))
  })

  it.each<[string, string]>([
    ['kind=email', 'kind'],
    ['outcome=maybe', 'outcome'],
    ['limit=0', 'limit'],
    ['limit=10001', 'limit'],
    ['limit=many', 'limit'],
    [`q=${'x'.repeat(201)}`, 'q'],
    ['kind=push&kind=api', 'kind'],
    ['colour=red', ''],
  ])('refuses %s with 400 naming "%s"', async (query, field) => {
    const { status, json } = await api<ControlErrorBody>(`/api/exchanges?${query}`)
    expect(status).toBe(400)
    expect(json.error.code).toBe('invalid-input')
    expect(json.error.issues?.map((i) => i.path)).toContain(field)
  })
})

describe('getExchange', () => {
  it('returns the exchange the push answered with', async () => {
    const sent = await text('one')
    const { status, json } = await api<Exchange>(`/api/exchange?id=${sent.id}`)
    expect(status).toBe(200)
    expect(json).toEqual(sent)
  })

  it('answers null for an id it does not know', async () => {
    const { status, json } = await api<null>('/api/exchange?id=nope')
    expect(status).toBe(200)
    expect(json).toBeNull()
  })

  it.each(['', '?id=', '?id=a&extra=1'])('refuses "%s" with 400', async (query) => {
    const { status, json } = await api<ControlErrorBody>(`/api/exchange${query}`)
    expect(status).toBe(400)
    expect(json.error.code).toBe('invalid-input')
  })
})

type Exported = { filename: string; mediaType: string; count: number; text: string }

describe('exportExchanges', () => {
  it('JSON: every exchange that matches, with a dated file name', async () => {
    const listed = (await api<Exchange[]>('/api/exchanges?kind=push&limit=10000')).json
    const { status, json } = await api<Exported>('/api/exchanges/export?kind=push')
    expect(status).toBe(200)
    expect(json.filename).toMatch(/^mpsim-exchanges-\d{8}T\d{6}\.json$/)
    expect(json.mediaType).toBe('application/json')
    expect(json.count).toBe(listed.length)
    expect(JSON.parse(json.text)).toEqual(listed)
  })

  it('NDJSON: one exchange per line, newline-terminated, filters applied', async () => {
    const openid = users()[0]!.openid
    const query = `kind=push&outcome=reply&openid=${openid}`
    const listed = (await api<Exchange[]>(`/api/exchanges?${query}&limit=10000`)).json
    expect(listed.length).toBeGreaterThan(1)
    const { json } = await api<Exported>(`/api/exchanges/export?${query}&format=ndjson`)
    expect(json.filename).toMatch(/^mpsim-exchanges-\d{8}T\d{6}\.ndjson$/)
    expect(json.mediaType).toBe('application/x-ndjson')
    expect(json.count).toBe(listed.length)
    expect(json.text.endsWith('\n')).toBe(true)
    const lines = json.text.trimEnd().split('\n')
    expect(lines.map((l) => JSON.parse(l) as Exchange)).toEqual(listed)
  })

  it('exports more than the list default of 100', async () => {
    const all = (await api<Exchange[]>('/api/exchanges?limit=10000')).json
    const { json } = await api<Exported>('/api/exchanges/export?format=ndjson')
    expect(json.count).toBe(all.length)
  })

  it.each([
    ['json', '[]'],
    ['ndjson', ''],
  ])('an export that matches nothing (%s) is empty, not an error', async (format, empty) => {
    const { json } = await api<Exported>(`/api/exchanges/export?q=matches-nothing&format=${format}`)
    expect(json.count).toBe(0)
    expect(json.text).toBe(empty)
  })

  it.each(['format=xml', 'format=JSON', 'limit=5', 'kind=mail'])(
    'refuses %s with 400',
    async (query) => {
      const { status, json } = await api<ControlErrorBody>(`/api/exchanges/export?${query}`)
      expect(status).toBe(400)
      expect(json.error.code).toBe('invalid-input')
    },
  )
})

describe('listPhoneMessages', () => {
  const phone = (query = '') => api<PhoneMessageDto[]>(`/api/phone-messages${query}`)

  it('records a passive reply with its exchange', async () => {
    const sent = await text('hello phone')
    const shown = (await phone()).json.find((m) => m.exchangeId === sent.id)
    expect(shown).toMatchObject({
      source: 'passive-reply',
      accountId: account().id,
      openid: sent.openid,
      msgType: 'text',
    })
    expect(String(shown?.payload['content'])).toContain('hello phone')
  })

  it('records the system tip of a bot that cannot be reached, with its exchange', async () => {
    const sent = await text('anyone?', { botUrl: deadBot })
    const shown = (await phone()).json.find((m) => m.exchangeId === sent.id)
    expect(shown).toMatchObject({ source: 'system-tip', msgType: 'error-banner' })
    expect(shown?.payload['text']).toBe(SERVICE_UNAVAILABLE_TIP)
  })

  it('shows nothing for a push the bot answers with "success"', async () => {
    const sent = await text('success')
    expect((await phone()).json.some((m) => m.exchangeId === sent.id)).toBe(false)
  })

  it('records the customer-service message the slow keyword sends later', async () => {
    const openid = users()[0]!.openid
    const arrived = nextPhone((m) => m.source === 'custom-send' && m.openid === openid)
    const sent = await text('slow', { openid })
    expect(sent.verdict?.outcome).toBe('no-reply')
    await arrived
    const shown = (await phone(`?openid=${openid}`)).json.filter((m) => m.source === 'custom-send')
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.at(-1)).toMatchObject({ accountId: account().id, openid, msgType: 'text' })
    expect(shown.at(-1)?.exchangeId).toBeUndefined()
    expect(JSON.stringify(shown.at(-1)?.payload)).toContain('customer-service API')
  })

  it('filters by account and user', async () => {
    const [first, second, third] = users()
    await text('to the second user', { openid: second!.openid })
    const a = account().id
    const bySecond = (await phone(`?openid=${second!.openid}`)).json
    expect(bySecond.length).toBeGreaterThan(0)
    expect(bySecond.every((m) => m.openid === second!.openid)).toBe(true)
    const both = (await phone(`?accountId=${a}&openid=${first!.openid}`)).json
    expect(both.length).toBeGreaterThan(0)
    expect(both.every((m) => m.openid === first!.openid && m.accountId === a)).toBe(true)
    expect((await phone(`?openid=${third!.openid}`)).json).toEqual([])
    expect((await phone('?accountId=nobody')).json).toEqual([])
    expect((await phone(`?accountId=${a}`)).json.length).toBe((await phone()).json.length)
  })

  it.each(['?accountId=', '?openid=', '?colour=red'])('refuses %s with 400', async (query) => {
    expect((await phone(query)).status).toBe(400)
  })
})

describe('clearExchanges', () => {
  const logFiles = () => readdirSync(core.workspace.dir).filter((f) => f.startsWith('exchanges'))

  it('archives the log beside a fresh one, empties the list and the phones', async () => {
    await text('before clear')
    await core.workspace.exchangeLog.flush()
    const before = (await api<Exchange[]>('/api/exchanges?limit=10000')).json
    const { status, json } = await api<{ archivedAs?: string }>('/api/exchanges/clear', {})
    expect(status).toBe(200)
    // docs/workspace.md "The exchange log": UTC time to the ms, and a -cleared mark.
    expect(json.archivedAs).toMatch(
      /^exchanges-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-cleared\.ndjson$/,
    )
    // Nothing deleted: every exchange listed before is a line of the archive.
    const archived = readFileSync(join(core.workspace.dir, json.archivedAs!), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as Exchange).id)
    expect(archived).toEqual(expect.arrayContaining(ids(before)))
    expect((await api<Exchange[]>('/api/exchanges')).json).toEqual([])
    expect((await api<null>(`/api/exchange?id=${before[0]!.id}`)).json).toBeNull()
    expect((await api<PhoneMessageDto[]>('/api/phone-messages')).json).toEqual([])
  })

  it('a second clear of an empty log archives nothing', async () => {
    const files = logFiles()
    const { status, json } = await api<{ archivedAs?: string }>('/api/exchanges/clear', {})
    expect(status).toBe(200)
    expect(json).toEqual({})
    expect(logFiles()).toEqual(files)
  })

  it('the log goes on in a fresh file; two clears in one second keep both archives', async () => {
    const after = await text('after clear')
    expect(ids((await api<Exchange[]>('/api/exchanges')).json)).toEqual([after.id])
    await core.workspace.exchangeLog.flush()
    expect(readFileSync(join(core.workspace.dir, 'exchanges.ndjson'), 'utf8')).toContain(after.id)
    const first = (await api<{ archivedAs?: string }>('/api/exchanges/clear', {})).json.archivedAs
    const again = await text('cleared twice')
    await core.workspace.exchangeLog.flush()
    const second = (await api<{ archivedAs?: string }>('/api/exchanges/clear', {})).json.archivedAs
    expect(second).toBeDefined()
    expect(second).not.toBe(first)
    const read = (name: string) => readFileSync(join(core.workspace.dir, name), 'utf8')
    expect(read(first!)).toContain(after.id)
    expect(read(second!)).toContain(again.id)
  })
})
