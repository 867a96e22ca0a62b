/**
 * The audience in a real core (docs/api-audience.md): the phone's getMenu with an openid shows the
 * personalised menu that user sees, listTags counts, and tags, the blacklist and personalised
 * menus survive a restart of the same workspace folder.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCore } from '../../helpers/test-core'
import type { RunningCore } from '../../../src/core/start-core'
import { TOKEN_HEADER } from '../../../src/shared/control/contract'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-audience-core-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function control<T>(core: RunningCore, path: string): Promise<{ status: number; json: T }> {
  const res = await fetch(`${core.url}${path}`, { headers: { [TOKEN_HEADER]: core.token } })
  return { status: res.status, json: (await res.json()) as T }
}

async function bot(core: RunningCore) {
  const account = core.workspace.directory.listAccounts()[0]!
  const tokenRes = await fetch(
    `${core.platformUrl}/cgi-bin/token?grant_type=client_credential&appid=${account.appId}&secret=${account.appSecret}`,
  )
  const { access_token } = (await tokenRes.json()) as { access_token: string }
  const post = async (path: string, body: unknown) =>
    (await (
      await fetch(`${core.platformUrl}${path}?access_token=${access_token}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).json()) as Record<string, unknown>
  return { account, post }
}

describe('audience in a running core', () => {
  it('the phone sees the personalised menu; everything survives a restart', async () => {
    const folder = join(dir, 'ws')
    const first = await startTestCore({ workspaceDir: folder, sampleBot: false })
    let openid: string
    let accountId: string
    try {
      const { account, post } = await bot(first)
      accountId = account.id
      openid = first.workspace.directory.listUsers(account.id)[0]!.openid
      expect(
        (
          await post('/cgi-bin/menu/create', {
            button: [{ type: 'click', name: '默认', key: 'D' }],
          })
        ).errcode,
      ).toBe(0)
      expect(await post('/cgi-bin/tags/create', { tag: { name: 'vip' } })).toEqual({
        tag: { id: 100, name: 'vip' },
      })
      await post('/cgi-bin/tags/members/batchtagging', { openid_list: [openid], tagid: 100 })
      await post('/cgi-bin/tags/members/batchblacklist', { openid_list: [openid] })
      expect(
        await post('/cgi-bin/menu/addconditional', {
          button: [{ type: 'click', name: 'VIP', key: 'V' }],
          matchrule: { tag_id: '100' },
        }),
      ).toHaveProperty('menuid')

      const seen = await control<{ button: { name: string }[] }>(
        first,
        `/api/menu?accountId=${account.id}&openid=${openid}`,
      )
      expect(seen.json.button.map((b) => b.name)).toEqual(['VIP'])
      const plain = await control<{ button: { name: string }[] }>(
        first,
        `/api/menu?accountId=${account.id}`,
      )
      expect(plain.json.button.map((b) => b.name)).toEqual(['默认'])
      const foreign = await control(first, `/api/menu?accountId=${account.id}&openid=oNobody`)
      expect(foreign.status).toBe(400)
    } finally {
      await first.stop()
    }

    const second = await startTestCore({ workspaceDir: folder, sampleBot: false })
    try {
      const tags = await control<{ items: unknown[]; blacklist: string[] }>(
        second,
        `/api/tags?accountId=${accountId}`,
      )
      expect(tags.json).toEqual({
        items: [
          { id: 2, name: '星标组', count: 0 },
          { id: 100, name: 'vip', count: 1 },
        ],
        blacklist: [openid],
      })
      const seen = await control<{ button: { name: string }[] }>(
        second,
        `/api/menu?accountId=${accountId}&openid=${openid}`,
      )
      expect(seen.json.button.map((b) => b.name)).toEqual(['VIP'])
    } finally {
      await second.stop()
    }
  })
})
