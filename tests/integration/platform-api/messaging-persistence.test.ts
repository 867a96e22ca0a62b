import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ACCOUNT, DEFAULT_USERS, FOLLOWER, simUser } from './context'
import { startMessaging } from './messaging-helpers'
import type { MessagingPlatform } from './messaging-helpers'

const TAGGED = 'oTaggedFollowerxxxxxxxxxxxx1'
const USERS = [...DEFAULT_USERS, simUser(TAGGED, { tagIds: [128] })]
const TEXT = { msgtype: 'text', text: { content: '本周活动' } }

let platform: MessagingPlatform | undefined
let dir: string | undefined
afterEach(async () => {
  vi.restoreAllMocks()
  await platform?.close()
  platform = undefined
  if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  dir = undefined
})

/** Stops the platform and starts a fresh one (new stores, same clock start) on the same folder. */
async function restart(p: MessagingPlatform, folder: string): Promise<MessagingPlatform> {
  await p.state.messaging.flush()
  await p.close()
  platform = undefined
  platform = await startMessaging({ users: USERS, dir: folder })
  return platform
}

async function readJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>
}

describe('messaging state kept in the workspace (docs/api-messaging.md "What is kept where")', () => {
  it('keeps kf accounts across a restart (kf/<account>.json)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mpsim-kf-'))
    let p = (platform = await startMessaging({ users: USERS, dir }))
    const add = (kf_account: string, nickname: string) =>
      p.call('/customservice/kfaccount/add', { kf_account, nickname, password: 'x' })
    expect((await add('kf1@mpsim', '客服一')).errcode).toBe(0)
    expect((await add('kf2@mpsim', '客服二')).errcode).toBe(0)
    expect((await add('kf3@mpsim', '客服三')).errcode).toBe(0)
    const update = { kf_account: 'kf2@mpsim', nickname: '小二' }
    expect((await p.call('/customservice/kfaccount/update', update)).errcode).toBe(0)
    const del = await p.call('/customservice/kfaccount/del', undefined, { kf_account: 'kf1@mpsim' })
    expect(del.errcode).toBe(0)
    // The answer came after the write: the file already holds the change.
    const file = await readJson(join(dir, 'kf', `${ACCOUNT.id}.json`))
    expect(file.version).toBe(1)
    expect((file.accounts as { account: string }[]).map((k) => k.account)).toEqual([
      'kf2@mpsim',
      'kf3@mpsim',
    ])

    p = await restart(p, dir)
    expect((await p.call('/cgi-bin/customservice/getkflist')).kf_list).toEqual([
      { kf_account: 'kf2@mpsim', kf_headimgurl: '', kf_id: '1002', kf_nick: '小二' },
      { kf_account: 'kf3@mpsim', kf_headimgurl: '', kf_id: '1003', kf_nick: '客服三' },
    ])
    expect((await add('kf2@mpsim', '又一个')).errcode).toBe(65406)
    expect((await add('kf4@mpsim', '客服四')).errcode).toBe(0)
    const list = (await p.call('/cgi-bin/customservice/getkflist')).kf_list as { kf_id: string }[]
    expect(list.map((k) => k.kf_id)).toEqual(['1002', '1003', '1004'])
  })

  it('keeps drafts, publish jobs and published articles across a restart', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mpsim-drafts-'))
    let p = (platform = await startMessaging({ users: USERS, dir }))
    const thumb = await p.state.media.add({
      accountId: ACCOUNT.id,
      type: 'image',
      kind: 'permanent',
      filename: 'cover.jpg',
      contentType: 'image/jpeg',
      bytes: Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
      origin: 'bot',
    })
    const article = (title: string) => ({
      title,
      content: '<p>正文</p>',
      thumb_media_id: thumb.mediaId,
    })
    const kept = (await p.call('/cgi-bin/draft/add', { articles: [article('草稿一')] }))
      .media_id as string
    const toPublish = (await p.call('/cgi-bin/draft/add', { articles: [article('要发的')] }))
      .media_id as string
    const gone = (await p.call('/cgi-bin/draft/add', { articles: [article('要删的')] }))
      .media_id as string
    const update = { media_id: kept, index: 0, articles: article('改过的标题') }
    expect((await p.call('/cgi-bin/draft/update', update)).errcode).toBe(0)
    expect((await p.call('/cgi-bin/draft/delete', { media_id: gone })).errcode).toBe(0)
    const submitted = await p.raw('/cgi-bin/freepublish/submit', { media_id: toPublish })
    const publishId = /"publish_id":"(\d+)"/.exec(submitted)?.[1] ?? ''
    const job = await p.call('/cgi-bin/freepublish/get', { publish_id: publishId })
    const articleId = job.article_id as string
    expect(articleId).toMatch(/^[A-Za-z0-9_-]{43}$/)

    p = await restart(p, dir)
    expect(await p.call('/cgi-bin/draft/count')).toEqual({ total_count: 1 })
    const got = await p.call('/cgi-bin/draft/get', { media_id: kept })
    expect((got.news_item as { title: string }[])[0]?.title).toBe('改过的标题')
    expect((await p.call('/cgi-bin/draft/get', { media_id: gone })).errcode).toBe(40007)
    expect(await p.call('/cgi-bin/freepublish/get', { publish_id: publishId })).toMatchObject({
      publish_id: publishId,
      publish_status: 0,
      article_id: articleId,
    })
    const published = await p.call('/cgi-bin/freepublish/getarticle', { article_id: articleId })
    expect((published.news_item as { title: string }[])[0]?.title).toBe('要发的')
    const batch = await p.call('/cgi-bin/freepublish/batchget', { offset: 0, count: 20 })
    expect(batch).toMatchObject({ total_count: 1, item_count: 1 })

    // The seeded Random repeats itself after the restart; the new draft still gets a fresh id.
    const again = (await p.call('/cgi-bin/draft/add', { articles: [article('新的')] }))
      .media_id as string
    expect([kept, toPublish, gone]).not.toContain(again)
    expect(await p.call('/cgi-bin/draft/count')).toEqual({ total_count: 2 })

    // Deleting the article is kept too.
    expect((await p.call('/cgi-bin/freepublish/delete', { article_id: articleId })).errcode).toBe(0)
    p = await restart(p, dir)
    const deleted = await p.call('/cgi-bin/freepublish/getarticle', { article_id: articleId })
    expect(deleted.errcode).toBe(53600)
    expect(await p.call('/cgi-bin/freepublish/get', { publish_id: publishId })).toMatchObject({
      publish_status: 5,
    })
  })

  it('keeps mass jobs, the monthly counts, clientmsgids and the speed across a restart', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mpsim-mass-'))
    let p = (platform = await startMessaging({ users: USERS, dir }))
    for (let i = 0; i < 4; i++) {
      const r = await p.call('/cgi-bin/message/mass/send', { touser: [FOLLOWER, TAGGED], ...TEXT })
      expect(r.errcode).toBe(0)
    }
    const withId = { filter: { is_to_all: true }, ...TEXT, clientmsgid: 'weekly-1' }
    const first = await p.call('/cgi-bin/message/mass/sendall', withId)
    expect(first.errcode).toBe(0)
    expect((await p.call('/cgi-bin/message/mass/speed/set', { speed: 3 })).errcode).toBe(0)
    expect((await p.call('/cgi-bin/message/mass/delete', { msg_id: first.msg_id })).errcode).toBe(0)

    p = await restart(p, dir)
    // Same clientmsgid within a minute (the test clock restarts at the same instant): 45066.
    expect((await p.call('/cgi-bin/message/mass/sendall', withId)).errcode).toBe(45066)
    p.ctx.clock.advance(2 * 60 * 1000)
    expect(await p.call('/cgi-bin/message/mass/sendall', withId)).toMatchObject({
      errcode: 45065,
      msg_id: first.msg_id,
    })
    expect(await p.raw('/cgi-bin/message/mass/get', { msg_id: first.msg_id })).toBe(
      `{"msg_id":${String(first.msg_id)},"msg_status":"DELETE"}`,
    )
    expect(await p.call('/cgi-bin/message/mass/speed/get', {})).toEqual({ speed: 3, realspeed: 30 })
    // FOLLOWER and TAGGED had their 4 this month before the restart: nobody is left.
    const r = await p.call('/cgi-bin/message/mass/sendall', {
      filter: { is_to_all: true },
      ...TEXT,
    })
    expect(r.errcode).toBe(0)
    await Promise.all(p.jobPushes)
    const last = p.botPushes.at(-1) ?? ''
    expect(last).toContain('<TotalCount>2</TotalCount>')
    expect(last).toContain('<FilterCount>0</FilterCount>')
    const file = await readJson(join(dir, 'mass', `${ACCOUNT.id}.json`))
    expect(file).toMatchObject({ version: 1, speed: 3 })
    expect(file.jobs).toHaveLength(6)
  })

  it('moves a corrupt or foreign file aside, starts that account empty and keeps working', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mpsim-corrupt-'))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    await mkdir(join(dir, 'kf'), { recursive: true })
    await mkdir(join(dir, 'drafts'), { recursive: true })
    await mkdir(join(dir, 'mass'), { recursive: true })
    await writeFile(join(dir, 'kf', `${ACCOUNT.id}.json`), '{"version":1,"accounts":[{')
    await writeFile(join(dir, 'drafts', `${ACCOUNT.id}.json`), '{"version":99,"drafts":[]}')
    await writeFile(join(dir, 'mass', `${ACCOUNT.id}.json`), '{"version":1,"jobs":"nope"}')

    const p = (platform = await startMessaging({ users: USERS, dir }))
    expect((await p.call('/cgi-bin/customservice/getkflist')).kf_list).toEqual([])
    expect(await p.call('/cgi-bin/draft/count')).toEqual({ total_count: 0 })
    expect(await p.call('/cgi-bin/message/mass/speed/get', {})).toEqual({ speed: 0, realspeed: 80 })
    const add = { kf_account: 'kf1@mpsim', nickname: '客服一', password: 'x' }
    expect((await p.call('/customservice/kfaccount/add', add)).errcode).toBe(0)
    await p.state.messaging.flush()

    const lines = warn.mock.calls.map((c) => String(c[0]))
    expect(lines).toContainEqual(expect.stringMatching(/kf\/acc-1\.json is not valid JSON/))
    expect(lines).toContainEqual(expect.stringMatching(/drafts\/acc-1\.json has version 99/))
    expect(lines).toContainEqual(expect.stringMatching(/mass\/acc-1\.json does not have/))
    const kfFiles = (await readdir(join(dir, 'kf'))).sort()
    expect(kfFiles).toHaveLength(2)
    expect(kfFiles[0]).toMatch(/^acc-1\.corrupt-[\dT-]+Z\.json$/)
    expect(kfFiles[1]).toBe('acc-1.json')
    expect(await readFile(join(dir, 'kf', kfFiles[0] ?? ''), 'utf8')).toBe(
      '{"version":1,"accounts":[{',
    )
    expect(((await readJson(join(dir, 'kf', 'acc-1.json'))).accounts as unknown[]).length).toBe(1)
    const draftFiles = await readdir(join(dir, 'drafts'))
    expect(draftFiles).toEqual([expect.stringMatching(/^acc-1\.corrupt-.*\.json$/)])
  })

  it('writes nothing without a workspace folder', async () => {
    const p = (platform = await startMessaging({ users: USERS }))
    const add = { kf_account: 'kf1@mpsim', nickname: '客服一', password: 'x' }
    expect((await p.call('/customservice/kfaccount/add', add)).errcode).toBe(0)
    expect((await p.call('/cgi-bin/customservice/getkflist')).kf_list).toHaveLength(1)
  })
})
