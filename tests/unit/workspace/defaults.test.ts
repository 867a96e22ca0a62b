import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeAesKey } from '../../../src/core/protocol/aes-key'
import { secureRandom, seededRandom } from '../../../src/core/runtime/random'
import { DEFAULT_ACCOUNT_NAME, DEFAULT_PORTS } from '../../../src/core/workspace'
import { DEFAULTS, listFiles, NOW, readJson, useWorkspaces } from './helpers'

const { tempDir, open } = useWorkspaces()

describe('a new workspace gets first-minute defaults', () => {
  it('creates the layout: settings, accounts, users, empty menus/ and suites/', async () => {
    const dir = await tempDir()
    const ws = await open(dir)
    await ws.close()
    expect(await listFiles(dir)).toEqual([
      'accounts.json',
      'menus',
      'settings.json',
      'suites',
      'users.json',
    ])
    expect(ws.fresh).toBe(true)
    expect(ws.problems).toEqual([])
  })

  it('writes settings with the documented defaults', async () => {
    const ws = await open(await tempDir())
    expect(ws.settings).toEqual({
      version: 1,
      ports: DEFAULT_PORTS,
      defaultMode: 'plain',
      push: { attempts: 3, timeoutMs: 5000 },
      language: 'auto',
      legacyCsQuota: false,
    })
  })

  it('creates one plain-mode test account with valid credentials pointing at the sample bot', async () => {
    const ws = await open(await tempDir())
    const [account, ...rest] = ws.directory.listAccounts()
    expect(rest).toEqual([])
    expect(account).toMatchObject({
      name: DEFAULT_ACCOUNT_NAME,
      mode: 'plain',
      botUrl: DEFAULTS.botUrl,
      callbackDomain: DEFAULTS.callbackDomain,
      ipWhitelist: [],
      testAccount: true,
    })
    expect(account?.appId).toMatch(/^wx[0-9a-f]{16}$/)
    expect(account?.appSecret).toMatch(/^[0-9a-f]{32}$/)
    expect(account?.originalId).toMatch(/^gh_[0-9a-f]{12}$/)
    expect(account?.token).toMatch(/^[A-Za-z0-9]{3,32}$/)
    expect(account?.encodingAesKey).toMatch(/^[A-Za-z0-9]{43}$/)
    expect(decodeAesKey(account?.encodingAesKey ?? '').key).toHaveLength(32)
  })

  it('creates three subscribed users of that account with distinct openids and avatars on loopback', async () => {
    const ws = await open(await tempDir())
    const accountId = ws.directory.listAccounts()[0]?.id
    const users = ws.directory.listUsers()
    expect(users.map((u) => u.nickname)).toEqual(['张三', '李四', '王五'])
    expect(new Set(users.map((u) => u.sex))).toEqual(new Set([0, 1, 2]))
    expect(new Set(users.map((u) => u.openid)).size).toBe(3)
    for (const user of users) {
      expect(user.openid).toMatch(/^o[A-Za-z0-9_-]{27}$/)
      expect(user.accountId).toBe(accountId)
      expect(user.subscribed).toBe(true)
      expect(user.subscribeTime).toBeLessThan(NOW / 1000)
      expect(user.city).not.toBe('')
      expect(user.language).toBe('zh_CN')
      // The trailing slash of avatarBaseUrl is not doubled.
      expect(user.headimgurl).toBe(`http://127.0.0.1:5175/avatar/${user.openid}/132`)
    }
  })

  it('offers English profiles', async () => {
    const ws = await open(await tempDir(), { defaults: { ...DEFAULTS, locale: 'en' } })
    const users = ws.directory.listUsers()
    expect(users.map((u) => u.nickname)).toEqual(['Zhang San', 'Li Si', 'Wang Wu'])
    expect(users.map((u) => u.city)).toEqual(['Shenzhen', 'Haidian', 'Hangzhou'])
    expect(users.every((u) => u.language === 'en')).toBe(true)
  })

  it('is reproducible under a seed: two fresh workspaces get identical files', async () => {
    const [a, b] = [await tempDir(), await tempDir()]
    await (await open(a, { random: seededRandom('same') })).close()
    await (await open(b, { random: seededRandom('same') })).close()
    for (const file of ['settings.json', 'accounts.json', 'users.json']) {
      expect(await readFile(join(a, file), 'utf8')).toBe(await readFile(join(b, file), 'utf8'))
    }
    const c = await tempDir()
    await (await open(c, { random: seededRandom('other') })).close()
    expect(await readFile(join(c, 'accounts.json'), 'utf8')).not.toBe(
      await readFile(join(a, 'accounts.json'), 'utf8'),
    )
  })

  it('does not draw new defaults when reopened: the files are left byte for byte', async () => {
    const dir = await tempDir()
    await (await open(dir, { random: secureRandom })).close()
    const before = await readFile(join(dir, 'accounts.json'), 'utf8')
    const ws = await open(dir, { random: secureRandom })
    await ws.close()
    expect(ws.fresh).toBe(false)
    expect(await readFile(join(dir, 'accounts.json'), 'utf8')).toBe(before)
  })

  it('writes readable JSON: version 1, 2-space indent, trailing newline', async () => {
    const dir = await tempDir()
    await (await open(dir)).close()
    for (const file of ['settings.json', 'accounts.json', 'users.json']) {
      const text = await readFile(join(dir, file), 'utf8')
      expect(text.endsWith('}\n')).toBe(true)
      expect(text.split('\n')[1]).toBe('  "version": 1,')
    }
    expect(await readJson(join(dir, 'users.json'))).toMatchObject({ version: 1 })
  })

  it('gives the users no account when accounts.json holds an empty list', async () => {
    const dir = await tempDir()
    await (await open(dir)).close()
    await writeFile(join(dir, 'accounts.json'), '{"version":1,"accounts":[]}\n')
    await rm(join(dir, 'users.json'))
    const ws = await open(dir)
    expect(ws.directory.listUsers()).toEqual([])
    expect(ws.problems).toEqual([])
  })
})
