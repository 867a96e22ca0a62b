import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ACCOUNT, FOLLOWER } from './context'
import { startMessaging } from './messaging-helpers'
import type { MessagingPlatform } from './messaging-helpers'

let platform: MessagingPlatform | undefined
let dir: string | undefined
afterEach(async () => {
  await platform?.close()
  platform = undefined
  if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  dir = undefined
})

type TemplateRow = { template_id: string; title: string; content: string }
const list = async (p: MessagingPlatform) =>
  (await p.call('/cgi-bin/template/get_all_private_template')).template_list as TemplateRow[]

describe('template library APIs (docs/api-messaging.md)', () => {
  it('lists the seeded private templates with the doc fields', async () => {
    platform = await startMessaging()
    const rows = await list(platform)
    expect(rows).toHaveLength(3)
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      ['content', 'deputy_industry', 'example', 'primary_industry', 'template_id', 'title'].sort(),
    )
    expect(rows[0]?.template_id).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('adds from the library, refuses unknown short ids (40037) and the 26th template (45026)', async () => {
    platform = await startMessaging()
    const added = await platform.call('/cgi-bin/template/api_add_template', {
      template_id_short: 'TM00001',
    })
    expect(added).toMatchObject({ errcode: 0, errmsg: 'ok' })
    expect((await list(platform)).some((t) => t.template_id === added.template_id)).toBe(true)
    const unknown = await platform.call('/cgi-bin/template/api_add_template', {
      template_id_short: 'TM99999',
    })
    expect(unknown.errcode).toBe(40037)
    for (let i = 0; i < 21; i++) {
      const r = await platform.call('/cgi-bin/template/api_add_template', {
        template_id_short: 'TM00001',
      })
      expect(r.errcode).toBe(0)
    }
    const over = await platform.call('/cgi-bin/template/api_add_template', {
      template_id_short: 'TM00001',
    })
    expect(over.errcode).toBe(45026)
  })

  it('deletes a template; deleting it again answers 40037', async () => {
    platform = await startMessaging()
    const [first] = await list(platform)
    const body = { template_id: first?.template_id }
    expect((await platform.call('/cgi-bin/template/del_private_template', body)).errcode).toBe(0)
    expect((await platform.call('/cgi-bin/template/del_private_template', body)).errcode).toBe(
      40037,
    )
  })

  it('gets and sets industries: 40102 unknown id, 43100 a second change in a month', async () => {
    platform = await startMessaging()
    expect(await platform.call('/cgi-bin/template/get_industry')).toEqual({
      primary_industry: { first_class: 'IT科技', second_class: '互联网|电子商务' },
      secondary_industry: { first_class: 'IT科技', second_class: 'IT软件与服务' },
    })
    const set = (a: unknown, b: unknown) =>
      platform!.call('/cgi-bin/template/api_set_industry', { industry_id1: a, industry_id2: b })
    expect((await set('999', '1')).errcode).toBe(40102)
    expect((await set('13', '1')).errcode).toBe(0)
    expect(
      (await platform.call('/cgi-bin/template/get_industry')).primary_industry as object,
    ).toEqual({ first_class: '运输与仓储', second_class: '快递' })
    expect((await set(10, 1)).errcode).toBe(43100)
  })

  it('keeps added templates in the workspace across a restart', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mpsim-templates-'))
    platform = await startMessaging({ dir })
    const added = await platform.call('/cgi-bin/template/api_add_template', {
      template_id_short: 'TM00827',
    })
    await platform.state.messaging.flush()
    await platform.close()
    platform = await startMessaging({ dir })
    const rows = await list(platform)
    expect(rows.map((t) => t.template_id)).toContain(added.template_id)
    expect(rows).toHaveLength(4)
  })
})

describe('message/template/send with registered templates', () => {
  it('refuses an unknown template_id with 40037', async () => {
    platform = await startMessaging()
    const r = await platform.call('/cgi-bin/message/template/send', {
      touser: FOLLOWER,
      template_id: 'not-a-template',
      data: {},
    })
    expect(r.errcode).toBe(40037)
    expect(platform.phone).toEqual([])
  })

  it('puts the title and the rendered content on the phone', async () => {
    platform = await startMessaging()
    const template = (await list(platform)).find((t) => t.title === '订单支付成功')
    const r = await platform.call('/cgi-bin/message/template/send', {
      touser: FOLLOWER,
      template_id: template?.template_id,
      data: {
        first: { value: '已收到' },
        orderMoneySum: { value: '30.00元' },
        other: { value: 'x' },
      },
    })
    expect(r.errcode).toBe(0)
    expect(platform.phone[0]).toMatchObject({
      accountId: ACCOUNT.id,
      source: 'template',
      payload: {
        template_id: template?.template_id,
        title: '订单支付成功',
        rendered: ['已收到', '支付金额：30.00元', '商品信息：', ''],
      },
    })
  })
})
