import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Account } from '../../../src/shared/model/account'
import type { SimUser } from '../../../src/shared/model/sim-user'
import type { Menu } from '../../../src/shared/model/menu'
import { WorkspaceError } from '../../../src/core/workspace'
import { listFiles, readJson, useWorkspaces } from './helpers'

const { tempDir, open } = useWorkspaces()

const SECOND: Account = {
  id: 'acc-second',
  name: 'Second',
  appId: 'wx0123456789abcdef',
  appSecret: '0123456789abcdef0123456789abcdef',
  originalId: 'gh_0123456789ab',
  token: 'secondToken',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  previousEncodingAesKey: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg',
  mode: 'safe',
  botUrl: 'http://127.0.0.1:8000/wechat/',
  callbackDomain: 'http://example.com/oauth', // kept as typed: the OAuth checks explain it
  ipWhitelist: ['127.0.0.1'],
  testAccount: false,
}

const MENU: Menu = {
  button: [
    { type: 'click', name: '今日歌曲', key: 'V1001_TODAY_MUSIC', sub_button: [] },
    {
      name: '菜单',
      sub_button: [{ type: 'view', name: '搜索', url: 'http://www.soso.com/', sub_button: [] }],
    },
  ],
}

describe('round trip: what is stored is what is loaded', () => {
  it('accounts and users', async () => {
    const dir = await tempDir()
    const ws = await open(dir)
    const user: SimUser = {
      ...(ws.directory.listUsers()[0] as SimUser),
      openid: 'oAbC-_0123456789abcdefghijkl',
      accountId: SECOND.id,
      unionid: 'oUnion_0123456789abcdefghijk',
      remark: '测试',
      tagIds: [2, 100],
      subscribed: false,
      subscribeTime: 0,
      subscribeScene: '',
    }
    ws.directory.putAccount(SECOND)
    ws.directory.putUser(user)
    await ws.close()

    const again = await open(dir)
    expect(again.directory.account(SECOND.id)).toEqual(SECOND)
    expect(again.directory.user(user.openid)).toEqual(user)
    expect(again.directory.listAccounts()).toHaveLength(2)
    expect(again.directory.listUsers()).toHaveLength(4)
    expect(again.problems).toEqual([])
  })

  it('settings, merged field by field and kept across a reopen', async () => {
    const dir = await tempDir()
    const ws = await open(dir)
    const updated = await ws.updateSettings({
      ports: { bot: 8000 },
      push: { timeoutMs: 15_000 },
      language: 'en',
      legacyCsQuota: true,
      seed: 'demo',
    })
    expect(updated.ports).toEqual({ platform: 5175, bot: 8000, control: 5174 })
    expect(updated.push).toEqual({ attempts: 3, timeoutMs: 15_000 })
    await ws.close()

    const again = await open(dir)
    expect(again.settings).toEqual(updated)
    await again.updateSettings({ seed: undefined })
    expect(again.settings.seed).toBeUndefined()
    expect(await readJson(join(dir, 'settings.json'))).not.toHaveProperty('seed')
  })

  it('refuses an invalid settings update, naming the field and rule, and changes nothing', async () => {
    const dir = await tempDir()
    const ws = await open(dir)
    const before = await readFile(join(dir, 'settings.json'), 'utf8')
    const attempt = ws.updateSettings({ ports: { control: 70_000 } })
    await expect(attempt).rejects.toBeInstanceOf(WorkspaceError)
    await expect(attempt).rejects.toMatchObject({
      code: 'invalid-value',
      message: expect.stringContaining(
        'settings.json: ports.control must be at most 65535, got 70000',
      ) as unknown,
    })
    expect(ws.settings.ports.control).toBe(5174)
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe(before)
  })

  it('menus, stored as the platform keeps them', async () => {
    const dir = await tempDir()
    const ws = await open(dir)
    const id = ws.directory.listAccounts()[0]?.id ?? ''
    await ws.menus.put(id, MENU)
    expect(ws.menus.get(id)).toEqual(MENU)
    expect(await readJson(join(dir, 'menus', `${id}.json`))).toEqual({ version: 1, menu: MENU })
    await ws.close()

    const again = await open(dir)
    expect(again.menus.get(id)).toEqual(MENU)
    expect(again.menus.accountIds()).toEqual([id])
    expect(await again.menus.remove(id)).toBe(true)
    expect(again.menus.get(id)).toBeUndefined()
    expect(await readdir(join(dir, 'menus'))).toEqual([])
    expect(await again.menus.remove(id)).toBe(false)
  })

  it('hands out copies of menus, so a caller cannot change the stored one by accident', async () => {
    const ws = await open(await tempDir())
    await ws.menus.put('acc-x', structuredClone(MENU))
    const copy = ws.menus.get('acc-x')
    expect(copy).toEqual(MENU)
    expect(copy).not.toBe(ws.menus.get('acc-x'))
  })

  it('reads a menu file an older version wrote: buttons without sub_button get an empty one', async () => {
    const dir = await tempDir()
    await (await open(dir)).close()
    const old = { button: [{ type: 'click', name: 'A', key: 'K', extra: 1 }] }
    await writeFile(join(dir, 'menus', 'acc-1.json'), JSON.stringify({ version: 1, menu: old }))
    const ws = await open(dir)
    expect(ws.menus.get('acc-1')).toEqual({
      button: [{ type: 'click', name: 'A', key: 'K', sub_button: [] }],
    })
  })

  it('refuses a menu for an account id that cannot be a file name', async () => {
    const dir = await tempDir()
    const ws = await open(dir)
    for (const bad of ['../escape', 'con', 'a/b', '']) {
      await expect(ws.menus.put(bad, MENU)).rejects.toMatchObject({ code: 'invalid-value' })
    }
    expect(await listFiles(join(dir, 'menus'))).toEqual([])
  })
})
