/**
 * The app editing the audience through the control API (createTag, renameTag, deleteTag,
 * setUserTags, setBlacklisted) under the tags APIs' rules, each refusal answering 400 with the
 * reason in both languages, and the bot seeing the change on tags/get, user/info and
 * getblacklist; the change is on disk when the command answers.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendCommand } from '../../helpers/control-command'
import { startTestCore } from '../../helpers/test-core'
import type { RunningCore } from '../../../src/core/start-core'
import type { Output } from '../../../src/shared/control/contract'

type TagList = Output<'listTags'>

let dir: string
let core: RunningCore
let accountId: string
let openid: string
let other: string
let token: string
let bot: (path: string, body?: unknown) => Promise<Record<string, unknown>>

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-audience-control-'))
  core = await startTestCore({ workspaceDir: join(dir, 'ws'), sampleBot: false })
  const account = core.workspace.directory.listAccounts()[0]!
  accountId = account.id
  const users = core.workspace.directory.listUsers(accountId).filter((u) => u.subscribed)
  openid = users[0]!.openid
  other = users[1]?.openid ?? users[0]!.openid
  const tokenRes = await fetch(
    `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${account.appId}&secret=${account.appSecret}`,
  )
  const { access_token } = (await tokenRes.json()) as { access_token: string }
  token = access_token
  bot = async (path, body) =>
    (await (
      await fetch(`${core.platformUrl}${path}?access_token=${access_token}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    ).json()) as Record<string, unknown>
})
afterAll(async () => {
  await core.stop()
  await rm(dir, { recursive: true, force: true })
})

/** The reason of a refusal, after checking it is a 400 invalid-input. */
async function refusal(sent: Promise<{ status: number; body: unknown }>): Promise<string> {
  const { status, body } = await sent
  expect(status).toBe(400)
  const error = (body as { error: { code: string; message: string } }).error
  expect(error.code).toBe('invalid-input')
  return error.message
}

async function ok(sent: Promise<{ status: number; body: unknown }>): Promise<TagList> {
  const { status, body } = await sent
  expect(status, JSON.stringify(body)).toBe(200)
  return body as TagList
}

const tagsFile = async () =>
  JSON.parse(await readFile(join(dir, 'ws', 'tags', `${accountId}.json`), 'utf8')) as {
    tags: { id: number; name: string }[]
    blacklist: string[]
  }

describe('audience edited from the app', () => {
  it('createTag adds a tag the bot sees on tags/get, saved before answering', async () => {
    const list = await ok(sendCommand(core, 'createTag', { accountId, name: '会员' }))
    expect(list.items).toEqual([
      { id: 2, name: '星标组', count: expect.any(Number) as number },
      { id: 100, name: '会员', count: 0 },
    ])
    expect((await tagsFile()).tags).toEqual([{ id: 100, name: '会员' }])
    expect((await bot('/cgi-bin/tags/get')).tags).toContainEqual({
      id: 100,
      name: '会员',
      count: 0,
    })
    // Without accountId: the first account.
    expect((await ok(sendCommand(core, 'createTag', { name: 'vip' }))).items.at(-1)).toEqual({
      id: 101,
      name: 'vip',
      count: 0,
    })
  })

  it('createTag refuses what tags/create refuses', async () => {
    expect(await refusal(sendCommand(core, 'createTag', { accountId, name: 'vip' }))).toMatch(
      /已存在.*is taken/,
    )
    expect(await refusal(sendCommand(core, 'createTag', { accountId, name: '星标组' }))).toMatch(
      /is taken/,
    )
    expect(await refusal(sendCommand(core, 'createTag', { accountId, name: '  ' }))).toMatch(
      /不能为空.*empty/,
    )
    // 11 Chinese characters are 33 bytes.
    expect(
      await refusal(sendCommand(core, 'createTag', { accountId, name: '一二三四五六七八九十一' })),
    ).toMatch(/30 字节.*30 bytes/)
    expect(await refusal(sendCommand(core, 'createTag', { accountId: 'nope', name: 'x' }))).toMatch(
      /no account nope/,
    )
  })

  it('renameTag renames, but never a system tag, an unknown one or onto a taken name', async () => {
    const list = await ok(sendCommand(core, 'renameTag', { accountId, id: 101, name: 'VIP 客户' }))
    expect(list.items.find((t) => t.id === 101)?.name).toBe('VIP 客户')
    expect((await bot('/cgi-bin/tags/get')).tags).toContainEqual({
      id: 101,
      name: 'VIP 客户',
      count: 0,
    })
    expect(await refusal(sendCommand(core, 'renameTag', { accountId, id: 2, name: 'x' }))).toMatch(
      /系统标签不能修改.*system tag.*cannot be renamed/,
    )
    expect(
      await refusal(sendCommand(core, 'renameTag', { accountId, id: 999, name: 'x' })),
    ).toMatch(/不存在.*no tag 999/)
    expect(
      await refusal(sendCommand(core, 'renameTag', { accountId, id: 101, name: '会员' })),
    ).toMatch(/is taken/)
  })

  it("setUserTags sets a user's tags; user/info and getidlist show them; the count follows", async () => {
    const list = await ok(
      sendCommand(core, 'setUserTags', { accountId, openid, tagIds: [100, 101] }),
    )
    expect(list.items.find((t) => t.id === 100)?.count).toBe(1)
    expect(core.workspace.directory.user(openid)?.tagIds).toEqual(
      expect.arrayContaining([100, 101]),
    )
    const infoRes = await fetch(
      `${core.platformUrl}/cgi-bin/user/info?access_token=${token}&openid=${openid}`,
    )
    const user = (await infoRes.json()) as { tagid_list: number[] }
    expect(user.tagid_list).toEqual(expect.arrayContaining([100, 101]))
    expect((await bot('/cgi-bin/tags/getidlist', { openid })).tagid_list).toEqual(user.tagid_list)
    const got = (await bot('/cgi-bin/tags/get')).tags as { id: number; count: number }[]
    expect(got.find((t) => t.id === 100)?.count).toBe(1)
    // On disk when answered.
    const usersJson = JSON.parse(await readFile(join(dir, 'ws', 'users.json'), 'utf8')) as {
      users: { openid: string; tagIds: number[] }[]
    }
    expect(usersJson.users.find((u) => u.openid === openid)?.tagIds).toEqual(
      expect.arrayContaining([100, 101]),
    )

    // Taking one off keeps the other.
    await ok(sendCommand(core, 'setUserTags', { accountId, openid, tagIds: [101] }))
    expect(core.workspace.directory.user(openid)?.tagIds).not.toContain(100)
    expect(core.workspace.directory.user(openid)?.tagIds).toContain(101)
  })

  it('setUserTags refuses an unknown tag, more than 20 tags and a user of no such account', async () => {
    expect(
      await refusal(sendCommand(core, 'setUserTags', { accountId, openid, tagIds: [555] })),
    ).toMatch(/no tag 555/)
    for (let i = 0; i < 20; i++) {
      await ok(sendCommand(core, 'createTag', { accountId, name: `t${i}` }))
    }
    const all = (await ok(sendCommand(core, 'listTags', { accountId }))).items.map((t) => t.id)
    expect(all.length).toBeGreaterThan(20)
    expect(
      await refusal(sendCommand(core, 'setUserTags', { accountId, openid, tagIds: all })),
    ).toMatch(/最多 20 个标签.*at most 20 tags/)
    expect(
      await refusal(
        sendCommand(core, 'setUserTags', { accountId, openid: 'o-nobody', tagIds: [100] }),
      ),
    ).toMatch(/has no user o-nobody/)
    // Nothing changed by the refusals.
    expect(core.workspace.directory.user(openid)?.tagIds).not.toContain(555)
  })

  it('deleteTag takes the tag off its users; system and unknown tags are refused', async () => {
    await ok(sendCommand(core, 'setUserTags', { accountId, openid: other, tagIds: [101] }))
    const list = await ok(sendCommand(core, 'deleteTag', { accountId, id: 101 }))
    expect(list.items.map((t) => t.id)).not.toContain(101)
    expect(core.workspace.directory.user(openid)?.tagIds).not.toContain(101)
    expect(core.workspace.directory.user(other)?.tagIds).not.toContain(101)
    expect(
      ((await bot('/cgi-bin/tags/get')).tags as { id: number }[]).map((t) => t.id),
    ).not.toContain(101)
    expect((await tagsFile()).tags.map((t) => t.id)).not.toContain(101)
    expect(await refusal(sendCommand(core, 'deleteTag', { accountId, id: 2 }))).toMatch(
      /系统标签不能删除.*cannot be deleted/,
    )
    expect(await refusal(sendCommand(core, 'deleteTag', { accountId, id: 101 }))).toMatch(
      /no tag 101/,
    )
  })

  it('setBlacklisted blocks and unblocks a user, as getblacklist shows', async () => {
    const blocked = await ok(
      sendCommand(core, 'setBlacklisted', { accountId, openid, blacklisted: true }),
    )
    expect(blocked.blacklist).toEqual([openid])
    expect((await tagsFile()).blacklist).toEqual([openid])
    expect(await bot('/cgi-bin/tags/members/getblacklist', {})).toMatchObject({
      total: 1,
      data: { openid: [openid] },
    })
    const unblocked = await ok(
      sendCommand(core, 'setBlacklisted', { accountId, openid, blacklisted: false }),
    )
    expect(unblocked.blacklist).toEqual([])
    expect((await bot('/cgi-bin/tags/members/getblacklist', {})).total).toBe(0)
    expect(
      await refusal(
        sendCommand(core, 'setBlacklisted', { accountId, openid: 'o-nobody', blacklisted: true }),
      ),
    ).toMatch(/no user o-nobody/)
  })
})
