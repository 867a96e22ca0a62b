/**
 * The control API's workspace, log and composer commands, happy and bad paths: exchanges filtered,
 * exported and cleared (archived, never deleted), phone messages, accounts and users with WeChat's
 * rules, the key rotation, settings, the menu, the workspace folder, the XML bridge, and the live
 * event stream behind the same guards.
 */
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCoreSession } from '../../src/core/core-session'
import { startCore } from '../../src/core/start-core'
import type { RunningCore } from '../../src/core/start-core'
import { TOKEN_HEADER } from '../../src/shared/control/contract'
import type { Exchange } from '../../src/shared/model/exchange'

let core: RunningCore
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-ctl-'))
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

async function api<T>(
  path: string,
  body?: unknown,
  on = core,
): Promise<{ status: number; json: T }> {
  const res = await fetch(`${on.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { [TOKEN_HEADER]: on.token, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: res.status, json: (await res.json()) as T }
}
type ErrorBody = { error: { code: string; message: string; issues?: { path: string }[] } }

const account = () => core.workspace.directory.listAccounts()[0]!

describe('exchanges: filters, export, clear', () => {
  it('filters by kind, outcome, user and text', async () => {
    const text = await core.engine.send({ typeId: 'text', values: { Content: 'filter-me-123' } })
    await core.engine.verify({})
    const users = core.workspace.directory.listUsers()
    const other = await core.engine.send({
      typeId: 'text',
      values: { Content: 'x' },
      openid: users[1]!.openid,
    })
    const cases: [string, (e: Exchange) => boolean][] = [
      ['kind=verify', (e) => e.kind === 'verify'],
      ['kind=push&outcome=reply', (e) => e.kind === 'push' && e.verdict?.outcome === 'reply'],
      [`openid=${users[1]!.openid}`, (e) => e.openid === users[1]!.openid],
    ]
    for (const [query, holds] of cases) {
      const { status, json } = await api<Exchange[]>(`/api/exchanges?${query}`)
      expect(status).toBe(200)
      expect(json.length).toBeGreaterThan(0)
      expect(json.every(holds)).toBe(true)
    }
    const found = await api<Exchange[]>('/api/exchanges?q=FILTER-ME-123')
    expect(found.json.map((e) => e.id)).toEqual([text.id])
    const limited = await api<Exchange[]>('/api/exchanges?limit=1')
    expect(limited.json.map((e) => e.id)).toEqual([other.id])
  })

  it.each(['kind=email', 'outcome=maybe', 'limit=0', 'colour=red'])(
    'refuses %s with 400',
    async (q) => {
      const { status, json } = await api<ErrorBody>(`/api/exchanges?${q}`)
      expect(status).toBe(400)
      expect(json.error.code).toBe('invalid-input')
    },
  )

  it('exports JSON and NDJSON with the same filters', async () => {
    const all = (await api<Exchange[]>('/api/exchanges?kind=push&limit=10000')).json
    const asJson = await api<{ filename: string; count: number; text: string; mediaType: string }>(
      '/api/exchanges/export?kind=push',
    )
    expect(asJson.json.count).toBe(all.length)
    expect(asJson.json.filename).toMatch(/^mpsim-exchanges-\d{8}T\d{6}\.json$/)
    expect((JSON.parse(asJson.json.text) as Exchange[]).map((e) => e.id)).toEqual(
      all.map((e) => e.id),
    )
    const asNd = await api<{ text: string; mediaType: string }>(
      '/api/exchanges/export?kind=push&format=ndjson',
    )
    expect(asNd.json.mediaType).toBe('application/x-ndjson')
    expect(asNd.json.text.trim().split('\n')).toHaveLength(all.length)
    expect((await api<ErrorBody>('/api/exchanges/export?format=xml')).status).toBe(400)
  })

  it('getExchange: found, gone (null), or a bad request', async () => {
    const sent = await core.engine.send({ typeId: 'text', values: { Content: 'one' } })
    expect((await api<Exchange>(`/api/exchange?id=${sent.id}`)).json.id).toBe(sent.id)
    expect((await api<null>('/api/exchange?id=nope')).json).toBeNull()
    expect((await api<ErrorBody>('/api/exchange')).status).toBe(400)
  })

  it('clear keeps the old log as an archive file and empties the list', async () => {
    await core.workspace.exchangeLog.flush()
    const { json } = await api<{ archivedAs?: string }>('/api/exchanges/clear', {})
    expect(json.archivedAs).toMatch(/^exchanges-\d{8}T\d{6}\.ndjson$/)
    expect(existsSync(join(core.workspace.dir, json.archivedAs!))).toBe(true)
    expect((await api<Exchange[]>('/api/exchanges')).json).toEqual([])
    // Nothing to archive the second time.
    expect((await api<{ archivedAs?: string }>('/api/exchanges/clear', {})).json).toEqual({})
    // The log goes on in a fresh file.
    await core.engine.send({ typeId: 'text', values: { Content: 'after clear' } })
    expect((await api<Exchange[]>('/api/exchanges')).json).toHaveLength(1)
    expect(readdirSync(core.workspace.dir).filter((f) => f.startsWith('exchanges'))).toHaveLength(2)
  })
})

describe('phone messages', () => {
  it('records passive replies with their exchange and customer-service messages', async () => {
    const sent = await core.engine.send({ typeId: 'text', values: { Content: 'hello' } })
    const slow = await core.engine.send({ typeId: 'text', values: { Content: 'slow' } })
    expect(slow.verdict?.outcome).toBe('no-reply')
    let list: { source: string; exchangeId?: string; openid: string }[] = []
    for (let i = 0; i < 50 && !list.some((m) => m.source === 'custom-send'); i += 1) {
      await new Promise((r) => setTimeout(r, 50))
      list = (await api<typeof list>(`/api/phone-messages?accountId=${account().id}`)).json
    }
    expect(list.find((m) => m.exchangeId === sent.id)?.source).toBe('passive-reply')
    expect(list.some((m) => m.source === 'custom-send')).toBe(true)
    const other = core.workspace.directory.listUsers()[2]!.openid
    expect((await api<unknown[]>(`/api/phone-messages?openid=${other}`)).json).toEqual([])
  })
})

describe('accounts, users, settings, menu', () => {
  it.each([
    ['appId', 'wx123'],
    ['token', 'no spaces!'],
    ['encodingAesKey', 'a'.repeat(42)],
    ['callbackDomain', 'http://example.com'],
    ['botUrl', 'ftp://example.com'],
  ])('putAccount refuses a bad %s with 400 naming the field', async (field, value) => {
    const { status, json } = await api<ErrorBody>('/api/accounts', { ...account(), [field]: value })
    expect(status).toBe(400)
    expect(json.error.issues?.map((i) => i.path)).toContain(field)
  })

  it('putAccount saves a valid change', async () => {
    const before = account()
    const { status } = await api('/api/accounts', { ...before, name: '改名测试' })
    expect(status).toBe(200)
    expect(account().name).toBe('改名测试')
    await api('/api/accounts', before)
  })

  it('rotateAesKey keeps the old key as the previous one; unknown account → 404', async () => {
    const before = account()
    const { json } = await api<{
      accounts: { encodingAesKey: string; previousEncodingAesKey?: string }[]
    }>('/api/accounts/rotate-key', { accountId: before.id })
    expect(json.accounts[0]!.previousEncodingAesKey).toBe(before.encodingAesKey)
    expect(json.accounts[0]!.encodingAesKey).toMatch(/^[A-Za-z0-9]{43}$/)
    expect((await api('/api/accounts/rotate-key', { accountId: 'nope' })).status).toBe(404)
    core.workspace.directory.putAccount(before)
  })

  it('putUser: happy, bad openid (400), unknown account (404)', async () => {
    const user = { ...core.workspace.directory.listUsers()[0]!, tagIds: [], nickname: '新名字' }
    expect((await api('/api/users', user)).status).toBe(200)
    expect((await api('/api/users', { ...user, openid: 'short' })).status).toBe(400)
    expect((await api('/api/users', { ...user, accountId: 'nope' })).status).toBe(404)
  })

  it('settings: read, change, refuse out-of-range and unknown keys', async () => {
    const { json } = await api<{ push: { attempts: number; timeoutMs: number } }>('/api/settings')
    expect(json.push).toEqual({ attempts: 3, timeoutMs: 5000 })
    const changed = await api<{ language: string }>('/api/settings', { language: 'en' })
    expect(changed.json.language).toBe('en')
    expect((await api('/api/settings', { push: { attempts: 0, timeoutMs: 5000 } })).status).toBe(
      400,
    )
    expect((await api('/api/settings', { colour: 'red' })).status).toBe(400)
    // Ports are saved for the next start; a running core does not move.
    const ports = await api<{ ports: { platform: number; bot: number } }>('/api/settings', {
      ports: { platform: 6175 },
    })
    expect(ports.json.ports.platform).toBe(6175)
    expect(core.platformUrl).not.toContain(':6175')
    expect((await api('/api/settings', { ports: { bot: 70000 } })).status).toBe(400)
  })

  it('getMenu: null, then the menu the bot created', async () => {
    const a = account()
    expect((await api<null>(`/api/menu?accountId=${a.id}`)).json).toBeNull()
    const tokenRes = await fetch(
      `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${a.appId}&secret=${a.appSecret}`,
    )
    const { access_token } = (await tokenRes.json()) as { access_token: string }
    await fetch(`${core.platformUrl}/cgi-bin/menu/create?access_token=${access_token}`, {
      method: 'POST',
      body: JSON.stringify({ button: [{ type: 'click', name: '今日', key: 'K1' }] }),
    })
    const menu = await api<{ button: { key: string }[] }>(`/api/menu?accountId=${a.id}`)
    expect(menu.json.button[0]!.key).toBe('K1')
    expect((await api('/api/menu')).status).toBe(400)
  })
})

describe('the composer bridge', () => {
  it('previewPush renders the push for the account and user; a bad value is a 400', async () => {
    const { json } = await api<{ xml: string }>('/api/push/preview', {
      typeId: 'text',
      values: { Content: '预览' },
    })
    expect(json.xml).toContain('<Content><![CDATA[预览]]></Content>')
    expect(json.xml).toContain(account().originalId)
    const bad = await api<ErrorBody>('/api/push/preview', {
      typeId: 'location',
      values: { Location_X: '200' },
    })
    expect(bad.status).toBe(400)
    expect(bad.json.error.message).toContain('catalog-value-out-of-range')
  })

  it('lintPushXml reports unknown and missing elements and broken XML, as values', async () => {
    const lint = await api<{
      ok: boolean
      typeId: string
      unknownFields: { path: string }[]
      missingFields: string[]
    }>('/api/push/lint', {
      xml: '<xml><MsgType><![CDATA[text]]></MsgType><Content>x</Content><Colour>red</Colour></xml>',
    })
    expect(lint.json.typeId).toBe('text')
    expect(lint.json.unknownFields.map((u) => u.path)).toEqual(['Colour'])
    expect(lint.json.missingFields).toContain('MsgId')
    const broken = await api<{ ok: boolean; problems: { code: string }[] }>('/api/push/lint', {
      xml: '<xml><a>',
    })
    expect(broken.json.ok).toBe(false)
    expect(broken.json.problems[0]!.code).toMatch(/^xml-/)
  })
})

describe('the workspace folder', () => {
  it('getWorkspace and saveWorkspace; open is 501 without a session', async () => {
    const { json } = await api<{ dir: string; canOpen: boolean }>('/api/workspace')
    expect(json.dir).toBe(core.workspace.dir)
    expect(json.canOpen).toBe(false)
    expect((await api('/api/workspace/save', {})).status).toBe(200)
    const open = await api<ErrorBody>('/api/workspace/open', { dir: join(dir, 'other') })
    expect(open.status).toBe(501)
    expect(open.json.error.code).toBe('unsupported')
  })

  it('a session reopens on another folder with the same token and port', async () => {
    const session = await startCoreSession({
      host: 'node',
      version: 'test',
      controlPort: 0,
      platformPort: 0,
      botPort: 0,
      workspaceDir: join(dir, 'first'),
    })
    try {
      const first = session.current()
      expect(
        (await api<ErrorBody>('/api/workspace/open', { dir: 'relative/path' }, first)).status,
      ).toBe(400)
      const switched = new Promise<RunningCore>((resolve) => session.onSwitch((c) => resolve(c)))
      const answer = await api<{ dir: string }>(
        '/api/workspace/open',
        { dir: join(dir, 'second') },
        first,
      )
      expect(answer.json.dir).toBe(join(dir, 'second'))
      const next = await switched
      expect(next.token).toBe(first.token)
      expect(next.url).toBe(first.url)
      const info = await api<{ dir: string; canOpen: boolean }>('/api/workspace', undefined, next)
      expect(info.json).toMatchObject({ dir: join(dir, 'second'), canOpen: true })
      expect(existsSync(join(dir, 'second', 'accounts.json'))).toBe(true)
    } finally {
      await session.stop()
    }
  })
})

describe('live events (GET /api/events)', () => {
  it('is guarded like every command', async () => {
    expect((await fetch(`${core.url}/api/events`)).status).toBe(401)
    const wrong = await fetch(`${core.url}/api/events`, { headers: { [TOKEN_HEADER]: 'nope' } })
    expect(wrong.status).toBe(401)
    const foreign = await fetch(`${core.url}/api/events`, {
      headers: { [TOKEN_HEADER]: core.token, origin: 'https://evil.example' },
    })
    expect(foreign.status).toBe(403)
  })

  it('streams the exchange of a push as it happens', async () => {
    const abort = new AbortController()
    const res = await fetch(`${core.url}/api/events`, {
      headers: { [TOKEN_HEADER]: core.token },
      signal: abort.signal,
    })
    expect(res.headers.get('content-type')).toContain('text/event-stream')
    const reader = res.body!.getReader() as ReadableStreamDefaultReader<Uint8Array>
    const sent = await core.engine.send({ typeId: 'text', values: { Content: 'live' } })
    let text = ''
    for (let i = 0; i < 50 && !text.includes(sent.id); i += 1) {
      const { value, done } = await reader.read()
      if (done) break
      text += new TextDecoder().decode(value)
    }
    abort.abort()
    expect(text).toContain('event: exchange')
    expect(text).toContain(`"id":"${sent.id}"`)
    expect(text).toContain('event: phone')
  })
})
