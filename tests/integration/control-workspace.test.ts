/**
 * The workspace commands of the control API, happy and bad paths: accounts and users with WeChat's
 * rules (and nothing the workspace files would refuse), the key rotation, settings, the menu, the
 * composer bridge, and the workspace folder under a host that cannot switch folders.
 * (The log commands: control-log.test.ts; switching folders: core-session.test.ts.)
 */
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCore } from '../../src/core/start-core'
import type { RunningCore } from '../../src/core/start-core'
import type { Setup } from '../../src/shared/control/engine-schemas'
import { TOKEN_HEADER } from '../../src/shared/control/contract'
import type { ControlErrorBody } from '../../src/shared/control/errors'
import type { Account } from '../../src/shared/model/account'

let core: RunningCore
let dir: string

const start = (workspaceDir: string) =>
  startCore({
    host: 'node',
    version: 'test',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
    workspaceDir,
  })

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-ctl-ws-'))
  core = await start(join(dir, 'ws'))
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

const account = () => core.workspace.directory.listAccounts()[0]!
const firstUser = () => core.workspace.directory.listUsers()[0]!
const issuePaths = (body: ControlErrorBody) => body.error.issues?.map((i) => i.path) ?? []
/** The workspace file as saved (after saveWorkspace), parsed. */
async function savedFile<T>(name: string): Promise<T> {
  expect((await api('/api/workspace/save', {})).status).toBe(200)
  return JSON.parse(readFileSync(join(core.workspace.dir, name), 'utf8')) as T
}

describe('putAccount', () => {
  it('saves a valid change and answers the new setup', async () => {
    const before = account()
    const { status, json } = await api<Setup>('/api/accounts', { ...before, name: '改名测试' })
    expect(status).toBe(200)
    expect(json.accounts.find((a) => a.id === before.id)?.name).toBe('改名测试')
    const file = await savedFile<{ accounts: Account[] }>('accounts.json')
    expect(file.accounts.find((a) => a.id === before.id)?.name).toBe('改名测试')
    await api('/api/accounts', before)
  })

  it.each<[keyof Account | 'colour', unknown]>([
    ['appId', 'wx123'],
    ['appId', 'WXB768EEFDA24A4E2F'],
    ['appSecret', 'not-hex'],
    ['originalId', 'gh_short'],
    ['token', 'no spaces!'],
    ['token', 'ab'],
    ['encodingAesKey', 'a'.repeat(42)],
    ['previousEncodingAesKey', 'a'.repeat(44)],
    ['callbackDomain', 'http://example.com'],
    ['callbackDomain', 'example.com/path'],
    ['botUrl', 'ftp://example.com'],
    ['mode', 'secret'],
    ['name', ''],
    ['colour', 'red'],
  ])('refuses %s = %j with 400 naming the field', async (field, value) => {
    const { status, json } = await api<ControlErrorBody>('/api/accounts', {
      ...account(),
      [field]: value,
    })
    expect(status).toBe(400)
    expect(json.error.code).toBe('invalid-input')
    expect(issuePaths(json)).toContain(field === 'colour' ? '' : field)
  })

  it.each(['bad id!', 'con', '-dash-first'])(
    'refuses the account id %j, which cannot name menus/<id>.json',
    async (id) => {
      const { status, json } = await api<ControlErrorBody>('/api/accounts', {
        ...account(),
        id,
        appId: 'wx0123456789abcdef',
      })
      expect(status).toBe(400)
      expect(issuePaths(json)).toContain('id')
      expect(core.workspace.directory.listAccounts()).toHaveLength(1)
      expect((await api<{ problems: unknown[] }>('/api/workspace')).json.problems).toEqual([])
    },
  )

  it('adds a second account; an AppID already in use is refused', async () => {
    const second: Account = {
      ...account(),
      id: 'acc-second',
      name: '第二个号',
      appId: 'wx00000000000000aa',
      originalId: 'gh_0000000000aa',
    }
    const added = await api<Setup>('/api/accounts', second)
    expect(added.status).toBe(200)
    expect(added.json.accounts.map((a) => a.id)).toEqual([account().id, 'acc-second'])
    const clash = await api<ControlErrorBody>('/api/accounts', {
      ...second,
      appId: account().appId,
    })
    expect(clash.status).toBe(400)
    expect(clash.json.error.code).toBe('invalid-input')
    expect(clash.json.error.message).toContain(account().appId)
    expect(clash.json.error.message).toContain(account().name)
    expect(core.workspace.directory.account('acc-second')?.appId).toBe(second.appId)
  })
})

describe('rotateAesKey', () => {
  it('keeps the old key as the previous one and draws a new 43-character key', async () => {
    const before = account()
    const { status, json } = await api<Setup>('/api/accounts/rotate-key', {
      accountId: before.id,
    })
    expect(status).toBe(200)
    const after = json.accounts.find((a) => a.id === before.id)!
    expect(after.previousEncodingAesKey).toBe(before.encodingAesKey)
    expect(after.encodingAesKey).toMatch(/^[A-Za-z0-9]{43}$/)
    expect(after.encodingAesKey).not.toBe(before.encodingAesKey)
    // Rotating again: the key just replaced becomes the previous one (one previous key is kept).
    const again = await api<Setup>('/api/accounts/rotate-key', { accountId: before.id })
    const twice = again.json.accounts.find((a) => a.id === before.id)!
    expect(twice.previousEncodingAesKey).toBe(after.encodingAesKey)
    expect((await api('/api/accounts', before)).status).toBe(200)
  })

  it.each<[unknown, number, string]>([
    [{ accountId: 'nope' }, 404, 'not-found'],
    [{}, 400, 'invalid-input'],
    [{ accountId: '' }, 400, 'invalid-input'],
  ])('%j → %i %s', async (body, status, code) => {
    const res = await api<ControlErrorBody>('/api/accounts/rotate-key', body)
    expect(res.status).toBe(status)
    expect(res.json.error.code).toBe(code)
  })
})

describe('putUser', () => {
  it('saves a valid change and answers the new setup', async () => {
    const user = { ...firstUser(), nickname: '新名字' }
    const { status, json } = await api<Setup>('/api/users', user)
    expect(status).toBe(200)
    expect(json.users.find((u) => u.openid === user.openid)?.nickname).toBe('新名字')
    const file = await savedFile<{ users: { openid: string; nickname: string }[] }>('users.json')
    expect(file.users.find((u) => u.openid === user.openid)?.nickname).toBe('新名字')
  })

  it.each<[string, unknown]>([
    ['openid', 'short'],
    ['sex', 3],
    ['nickname', ''],
    ['headimgurl', 'ftp://x'],
    // What users.json would refuse: a 200 here would leave every later save failing.
    ['language', 'fr'],
    ['subscribeScene', 'ADD_SCENE_MOON'],
    ['remark', 'r'.repeat(31)],
    ['unionid', 'not-an-id'],
  ])('refuses %s = %j with 400 naming the field', async (field, value) => {
    const { status, json } = await api<ControlErrorBody>('/api/users', {
      ...firstUser(),
      [field]: value,
    })
    expect(status).toBe(400)
    expect(issuePaths(json)).toContain(field)
    expect((await api<{ problems: unknown[] }>('/api/workspace')).json.problems).toEqual([])
  })

  it('refuses more than 20 tags or a negative tag id', async () => {
    for (const tagIds of [[-1], Array.from({ length: 21 }, (_, i) => i + 100)]) {
      const { status, json } = await api<ControlErrorBody>('/api/users', {
        ...firstUser(),
        tagIds,
      })
      expect(status).toBe(400)
      expect(issuePaths(json).some((p) => p.startsWith('tagIds'))).toBe(true)
    }
  })

  it('refuses a user of an account that does not exist with 404', async () => {
    const { status, json } = await api<ControlErrorBody>('/api/users', {
      ...firstUser(),
      accountId: 'nope',
    })
    expect(status).toBe(404)
    expect(json.error.code).toBe('not-found')
  })
})

/** The file exactly as on disk now: no saveWorkspace, no waiting. */
const onDisk = <T>(name: string, on = core): T =>
  JSON.parse(readFileSync(join(on.workspace.dir, name), 'utf8')) as T

describe('an acknowledged edit is already on disk (docs/workspace.md "What is durable when")', () => {
  it('putUser: users.json holds the change when the 200 arrives', async () => {
    const user = { ...firstUser(), remark: `ack-${Date.now() % 1000}` }
    expect((await api('/api/users', user)).status).toBe(200)
    const file = onDisk<{ users: { openid: string; remark: string }[] }>('users.json')
    expect(file.users.find((u) => u.openid === user.openid)?.remark).toBe(user.remark)
  })

  it('putAccount and rotateAesKey: accounts.json holds the change when the 200 arrives', async () => {
    const before = account()
    expect((await api('/api/accounts', { ...before, name: '落盘后才回答' })).status).toBe(200)
    let file = onDisk<{ accounts: Account[] }>('accounts.json')
    expect(file.accounts.find((a) => a.id === before.id)?.name).toBe('落盘后才回答')
    const rotated = await api<Setup>('/api/accounts/rotate-key', { accountId: before.id })
    expect(rotated.status).toBe(200)
    file = onDisk<{ accounts: Account[] }>('accounts.json')
    const key = rotated.json.accounts.find((a) => a.id === before.id)?.encodingAesKey
    expect(file.accounts.find((a) => a.id === before.id)?.encodingAesKey).toBe(key)
    expect((await api('/api/accounts', before)).status).toBe(200)
  })

  it('concurrent putUser calls are each answered only once their user is on disk', async () => {
    const template = firstUser()
    const openids = Array.from(
      { length: 12 },
      (_, i) => `oconcurrent${String(i).padStart(17, '0')}`,
    )
    const seen = await Promise.all(
      openids.map(async (openid) => {
        const { status } = await api('/api/users', { ...template, openid })
        const file = onDisk<{ users: { openid: string }[] }>('users.json')
        return status === 200 && file.users.some((u) => u.openid === openid)
      }),
    )
    expect(seen).toEqual(openids.map(() => true))
  })

  it('a putUser whose save fails is answered 500, not acknowledged', async () => {
    const folder = join(dir, 'unsaveable-ws')
    const other = await start(folder)
    try {
      // A folder where users.json should be: the rename over it fails, even for root.
      rmSync(join(folder, 'users.json'))
      mkdirSync(join(folder, 'users.json'))
      const user = other.workspace.directory.listUsers()[0]!
      const { status, json } = await api<ControlErrorBody>(
        '/api/users',
        { ...user, remark: 'not saved' },
        other,
      )
      expect(status).toBe(500)
      expect(json.error.code).toBe('internal')
      expect(json.error.message).toMatch(/not saved/)
    } finally {
      await other.stop()
    }
  })
})

type Settings = {
  ports: { platform: number; bot: number; control: number }
  push: { attempts: number; timeoutMs: number }
  language: string
  legacyCsQuota: boolean
  defaultMode: string
  logSegmentMB: number
}

describe('getSettings / updateSettings', () => {
  it('reads the defaults, without the internal fields', async () => {
    const { status, json } = await api<Settings>('/api/settings')
    expect(status).toBe(200)
    expect(json.push).toEqual({ attempts: 3, timeoutMs: 5000 })
    expect(Object.keys(json).sort()).toEqual(
      ['defaultMode', 'language', 'legacyCsQuota', 'logSegmentMB', 'ports', 'push'].sort(),
    )
    expect(json.logSegmentMB).toBe(64)
  })

  it('sets the exchange log segment size and saves it', async () => {
    const { json } = await api<Settings>('/api/settings', { logSegmentMB: 8 })
    expect(json.logSegmentMB).toBe(8)
    const file = await savedFile<{ logSegmentMB?: number }>('settings.json')
    expect(file.logSegmentMB).toBe(8)
    await api('/api/settings', { logSegmentMB: 64 })
  })

  it('changes what it is given, keeps the rest, and saves it', async () => {
    const before = (await api<Settings>('/api/settings')).json
    const { json } = await api<Settings>('/api/settings', {
      language: 'en',
      push: { attempts: 1, timeoutMs: 2000 },
      legacyCsQuota: true,
    })
    expect(json).toEqual({
      ...before,
      language: 'en',
      push: { attempts: 1, timeoutMs: 2000 },
      legacyCsQuota: true,
    })
    const file = await savedFile<{ language: string; push: unknown }>('settings.json')
    expect(file.language).toBe('en')
    expect(file.push).toEqual({ attempts: 1, timeoutMs: 2000 })
    await api('/api/settings', {
      language: before.language,
      push: before.push,
      legacyCsQuota: before.legacyCsQuota,
    })
  })

  it('saves ports for the next start; the running core does not move', async () => {
    const { json } = await api<Settings>('/api/settings', { ports: { platform: 6175 } })
    expect(json.ports.platform).toBe(6175)
    expect(core.platformUrl).not.toContain(':6175')
  })

  it.each<[string, unknown, string]>([
    ['attempts 0', { push: { attempts: 0, timeoutMs: 5000 } }, 'push.attempts'],
    ['attempts 11', { push: { attempts: 11, timeoutMs: 5000 } }, 'push.attempts'],
    ['timeout 99 ms', { push: { attempts: 3, timeoutMs: 99 } }, 'push.timeoutMs'],
    ['push without timeout', { push: { attempts: 3 } }, 'push.timeoutMs'],
    ['language fr', { language: 'fr' }, 'language'],
    ['port 70000', { ports: { bot: 70000 } }, 'ports.bot'],
    ['a 0 MB log segment', { logSegmentMB: 0 }, 'logSegmentMB'],
    ['a 2 GB log segment', { logSegmentMB: 2048 }, 'logSegmentMB'],
    ['an unknown key', { colour: 'red' }, ''],
  ])('refuses %s with 400', async (_name, patch, path) => {
    const before = (await api<Settings>('/api/settings')).json
    const { status, json } = await api<ControlErrorBody>('/api/settings', patch)
    expect(status).toBe(400)
    expect(issuePaths(json)).toContain(path)
    expect((await api<Settings>('/api/settings')).json).toEqual(before)
  })
})

describe('an account without users', () => {
  it('a push to it is a 400 that says how to add a user', async () => {
    const base = account()
    const id = 'no-users'
    const put = await api<Setup>('/api/accounts', {
      ...base,
      id,
      name: '空账号',
      appId: 'wx00000000000000ee',
    })
    expect(put.json.accounts.map((a) => a.id)).toContain(id)
    const sent = await api<ControlErrorBody>('/api/push', {
      accountId: id,
      typeId: 'text',
      values: { Content: 'hi' },
    })
    expect(sent.status).toBe(400)
    expect(sent.json.error.message).toContain('has no simulated user')
    expect(sent.json.error.message).toContain(`putUser command with accountId "${id}"`)
  })
})

describe('an account without a server URL', () => {
  it('a verification or push says the URL is missing (400), not "Invalid URL" (500)', async () => {
    const id = 'no-url'
    const put = await api<Setup>('/api/accounts', {
      ...account(),
      id,
      name: '无地址',
      appId: 'wx00000000000000ef',
      botUrl: '',
    })
    expect(put.json.accounts.map((a) => a.id)).toContain(id)
    const verified = await api<ControlErrorBody>('/api/verify', { accountId: id })
    expect(verified.status).toBe(400)
    expect(verified.json.error.message).toContain('has no server URL')
    const sent = await api<ControlErrorBody>('/api/push', {
      accountId: id,
      openid: firstUser().openid,
      typeId: 'text',
      values: { Content: 'hi' },
    })
    expect(sent.status).toBe(400)
    expect(sent.json.error.message).toContain('has no server URL')
  })
})

describe('follow state from pushes', () => {
  it('an unsubscribe or subscribe push answers once users.json holds the new state', async () => {
    const user = firstUser()
    const onDisk = () =>
      (
        JSON.parse(readFileSync(join(core.workspace.dir, 'users.json'), 'utf8')) as {
          users: { openid: string; subscribed: boolean }[]
        }
      ).users.find((u) => u.openid === user.openid)?.subscribed
    for (const [typeId, subscribed] of [
      ['event.unsubscribe', false],
      ['event.subscribe', true],
    ] as const) {
      const { status } = await api('/api/push', { typeId, openid: user.openid, values: {} })
      expect(status).toBe(200)
      // No saveWorkspace: the answer itself promises the file.
      expect(onDisk()).toBe(subscribed)
    }
  })
})

describe('getMenu', () => {
  it('null before the bot creates one; the created menu survives a restart', async () => {
    const folder = join(dir, 'menu-ws')
    const first = await start(folder)
    try {
      const a = first.workspace.directory.listAccounts()[0]!
      expect((await api<null>(`/api/menu?accountId=${a.id}`, undefined, first)).json).toBeNull()
      const tokenRes = await fetch(
        `${first.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${a.appId}&secret=${a.appSecret}`,
      )
      const { access_token } = (await tokenRes.json()) as { access_token: string }
      const created = await fetch(
        `${first.platformUrl}/cgi-bin/menu/create?access_token=${access_token}`,
        {
          method: 'POST',
          body: JSON.stringify({ button: [{ type: 'click', name: '今日', key: 'K1' }] }),
        },
      )
      expect(await created.json()).toMatchObject({ errcode: 0 })
      const menu = await api<{ button: { key: string }[] }>(
        `/api/menu?accountId=${a.id}`,
        undefined,
        first,
      )
      expect(menu.json.button.map((b) => b.key)).toEqual(['K1'])
      await first.workspace.flush()
    } finally {
      await first.stop()
    }
    const second = await start(folder)
    try {
      const a = second.workspace.directory.listAccounts()[0]!
      const menu = await api<{ button: { key: string }[] }>(
        `/api/menu?accountId=${a.id}`,
        undefined,
        second,
      )
      expect(menu.json.button.map((b) => b.key)).toEqual(['K1'])
    } finally {
      await second.stop()
    }
  })

  it('menu/create and menu/delete answer only once menus/<account>.json says so', async () => {
    const folder = join(dir, 'menu-durable-ws')
    const core = await start(folder)
    try {
      const a = core.workspace.directory.listAccounts()[0]!
      const tokenRes = await fetch(
        `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${a.appId}&secret=${a.appSecret}`,
      )
      const { access_token } = (await tokenRes.json()) as { access_token: string }
      const file = join(folder, 'menus', `${a.id}.json`)
      const onDisk = (): string => {
        try {
          return readFileSync(file, 'utf8')
        } catch {
          return ''
        }
      }
      for (const key of ['K1', 'K2', 'K3']) {
        const created = await fetch(
          `${core.platformUrl}/cgi-bin/menu/create?access_token=${access_token}`,
          {
            method: 'POST',
            body: JSON.stringify({ button: [{ type: 'click', name: '今日', key }] }),
          },
        )
        expect(await created.json()).toMatchObject({ errcode: 0 })
        // No flush: the answer itself promises the file.
        expect(onDisk()).toContain(`"${key}"`)
      }
      const deleted = await fetch(
        `${core.platformUrl}/cgi-bin/menu/delete?access_token=${access_token}`,
      )
      expect(await deleted.json()).toMatchObject({ errcode: 0 })
      expect(onDisk()).toBe('')
    } finally {
      await core.stop()
    }
  })

  it('answers null for an unknown account; no account id is a 400', async () => {
    expect((await api<null>('/api/menu?accountId=nope')).json).toBeNull()
    expect((await api<ControlErrorBody>('/api/menu')).status).toBe(400)
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
    const bad = await api<ControlErrorBody>('/api/push/preview', {
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

type WorkspaceInfo = {
  dir: string
  fresh: boolean
  problems: { file: string; severity: string; message: string }[]
  canOpen: boolean
}

describe('the workspace folder (a host that cannot switch folders)', () => {
  it('getWorkspace and saveWorkspace describe the folder in use', async () => {
    const { json } = await api<WorkspaceInfo>('/api/workspace')
    expect(json).toEqual({ dir: core.workspace.dir, fresh: true, problems: [], canOpen: false })
    const saved = await api<WorkspaceInfo>('/api/workspace/save', {})
    expect(saved.status).toBe(200)
    expect(saved.json).toEqual(json)
    for (const file of ['settings.json', 'accounts.json', 'users.json']) {
      expect(() => readFileSync(join(core.workspace.dir, file), 'utf8')).not.toThrow()
    }
  })

  it('openWorkspace is 501 unsupported, and a relative path is a 400 first', async () => {
    const open = await api<ControlErrorBody>('/api/workspace/open', { dir: join(dir, 'other') })
    expect(open.status).toBe(501)
    expect(open.json.error.code).toBe('unsupported')
    expect(open.json.error.message).toContain('--workspace')
    const relative = await api<ControlErrorBody>('/api/workspace/open', { dir: 'other' })
    expect(relative.status).toBe(400)
    expect(issuePaths(relative.json)).toContain('dir')
  })

  it('lists the problems found on opening (a corrupt file set aside)', async () => {
    const folder = join(dir, 'corrupt-ws')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'accounts.json'), '{not json')
    const other = await start(folder)
    try {
      const { json } = await api<WorkspaceInfo>('/api/workspace', undefined, other)
      expect(json.fresh).toBe(false)
      expect(json.problems).toEqual([
        expect.objectContaining({ file: 'accounts.json', severity: 'error' }),
      ])
      expect(json.problems[0]!.message).toMatch(/moved to accounts\.corrupt-/)
    } finally {
      await other.stop()
    }
  })
})

describe('what a run lays over the accounts is never saved', () => {
  it('account flags and a sample bot on another port stay in memory', async () => {
    const folder = join(dir, 'overlay-ws')
    const first = await start(folder)
    const stored = first.workspace.directory.listStoredAccounts()[0]!
    await first.stop()
    const onDisk = () =>
      (JSON.parse(readFileSync(join(folder, 'accounts.json'), 'utf8')) as { accounts: Account[] })
        .accounts[0]!
    // A new workspace stores the usual sample-bot URL, not the port 0 asked for this run.
    expect(onDisk().botUrl).toBe('http://127.0.0.1:5176/wechat')

    const flagged = await startCore({
      host: 'node',
      version: 'test',
      controlPort: 0,
      platformPort: 0,
      botPort: 0,
      workspaceDir: folder,
      accountOverrides: (account) => ({ ...account, token: 'flagToken123' }),
      push: { attempts: 1, timeoutMs: 1500 },
    })
    try {
      const live = flagged.engine.account()
      expect(live.token).toBe('flagToken123')
      expect(live.botUrl).toBe(flagged.botUrl)
      // The flags reach the engine: one attempt, the deadline given.
      const exchange = await flagged.engine.send({ typeId: 'text', values: { Content: 'help' } })
      expect(exchange.verdict?.outcome).toBe('reply')
      expect(exchange.analysis.timeoutMs).toBe(1500)
      // An unrelated change makes the directory write accounts.json: still the stored values.
      flagged.workspace.directory.putUser({ ...flagged.workspace.directory.listUsers()[0]! })
      flagged.workspace.directory.putAccount({ ...stored, name: '改名' })
      await flagged.workspace.flush()
      expect(onDisk().token).toBe(stored.token)
      expect(onDisk().botUrl).toBe('http://127.0.0.1:5176/wechat')
      expect(onDisk().name).toBe('改名')
    } finally {
      await flagged.stop()
    }
  })
})
