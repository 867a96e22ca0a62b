import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AudienceStore } from '../../../src/core/platform/state/audience'
import { MenuStore } from '../../../src/core/platform/state/menus'
import { Engine, EngineError } from '../../../src/core/engine/engine'
import { createPlatformState } from '../../../src/core/platform/state'
import { createSimClock } from '../../../src/core/runtime/clock'
import { EventBus } from '../../../src/core/runtime/event-bus'
import { seededRandom } from '../../../src/core/runtime/random'
import { audienceHandlers } from '../../../src/core/control/handlers/audience'
import { buildContext, FOLLOWER } from '../../integration/platform-api/context'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'mpsim-audience-'))
  dirs.push(d)
  return d
}
function deps(dir?: string) {
  return {
    clock: createSimClock({ startMs: 0, frozen: true }),
    random: seededRandom('audience'),
    bus: new EventBus(),
    ...(dir === undefined ? {} : { dir }),
  }
}

describe('AudienceStore', () => {
  it('keeps tags and the blacklist across a restart (tags/<account>.json)', async () => {
    const dir = tempDir()
    const store = new AudienceStore(deps(dir))
    expect(store.createTag('acc-1', '广东')).toEqual({ ok: true, tag: { id: 100, name: '广东' } })
    store.block('acc-1', ['oA', 'oB'])
    await store.save('acc-1')
    const file = JSON.parse(readFileSync(join(dir, 'tags', 'acc-1.json'), 'utf8')) as unknown
    expect(file).toEqual({
      version: 1,
      nextTagId: 101,
      tags: [{ id: 100, name: '广东' }],
      blacklist: ['oA', 'oB'],
    })

    const reopened = new AudienceStore(deps(dir))
    expect(reopened.tags('acc-1')).toEqual([
      { id: 2, name: '星标组' },
      { id: 100, name: '广东' },
    ])
    expect(reopened.isBlacklisted('acc-1', 'oB')).toBe(true)
    expect(reopened.isBlacklisted('acc-2', 'oB')).toBe(false)
    // Ids are never reused after a delete.
    reopened.deleteTag('acc-1', 100)
    expect(reopened.createTag('acc-1', 'next')).toMatchObject({ tag: { id: 101 } })
  })

  it('ignores a damaged file instead of failing to start', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'tags'))
    writeFileSync(join(dir, 'tags', 'acc-1.json'), '{"version":1,"nextTagId":"x"}')
    const store = new AudienceStore(deps(dir))
    expect(store.tags('acc-1')).toEqual([{ id: 2, name: '星标组' }])
  })

  it('keeps everything in memory without a folder', async () => {
    const store = new AudienceStore(deps())
    store.block('acc-1', ['oA'])
    await expect(store.save('acc-1')).resolves.toBeUndefined()
    expect(store.blacklist('acc-1')).toEqual(['oA'])
  })
})

describe('ConditionalMenuStore through MenuStore', () => {
  it('survives a restart and matches on the last tag', async () => {
    const dir = tempDir()
    const menus = new MenuStore(new EventBus(), dir)
    menus.set('acc-1', { button: [{ type: 'click', name: 'd', key: 'd', sub_button: [] }] })
    const vip = { button: [{ type: 'click', name: 'v', key: 'v', sub_button: [] }] }
    menus.conditional.add('acc-1', vip, { tag_id: '100' })
    await menus.conditional.save('acc-1')

    const reopened = new MenuStore(new EventBus(), dir)
    expect(reopened.conditional.list('acc-1')).toEqual([
      { menuid: 208396901, button: vip.button, matchrule: { tag_id: '100' } },
    ])
    reopened.set('acc-1', { button: [{ type: 'click', name: 'd', key: 'd', sub_button: [] }] })
    expect(reopened.menuFor('acc-1', { tagIds: [100], clientPlatform: 3 })).toEqual(vip)
    expect(
      reopened.menuFor('acc-1', { tagIds: [100, 2], clientPlatform: 3 })?.button[0]?.name,
    ).toBe('d')
    expect(reopened.menuFor('acc-2', { tagIds: [100], clientPlatform: 3 })).toBeUndefined()
  })
})

describe('the blacklist in the engine and the control API', () => {
  it('refuses a blocked user’s message push with a clear reason, lets unfollow through', async () => {
    const ctx = buildContext()
    const state = createPlatformState(ctx)
    state.audience.block('acc-1', [FOLLOWER])
    const engine = new Engine({ ctx, state, delivery: () => ({ attempts: 1, timeoutMs: 50 }) })
    const sent = engine.send({ accountId: 'acc-1', openid: FOLLOWER, typeId: 'text' })
    await expect(sent).rejects.toBeInstanceOf(EngineError)
    await expect(sent).rejects.toMatchObject({ code: 'blacklisted', message: /黑名单/ })
    // Unfollowing still reaches the bot (here: a refused connection, recorded as an Exchange).
    const left = await engine.send({
      accountId: 'acc-1',
      openid: FOLLOWER,
      typeId: 'event.unsubscribe',
    })
    expect(left.kind).toBe('push')
  })

  it('listTags counts followers per tag and lists the blacklist', async () => {
    const ctx = buildContext()
    const state = createPlatformState(ctx)
    state.audience.createTag('acc-1', 'vip')
    state.audience.block('acc-1', [FOLLOWER])
    const handlers = audienceHandlers({
      ctx,
      state,
      engine: new Engine({ ctx, state, delivery: () => ({ attempts: 1, timeoutMs: 50 }) }),
      platformUrl: 'http://127.0.0.1:1',
    })
    // FOLLOWER carries 128 (undefined here) and 2 in the test context.
    expect(await handlers.listTags({ accountId: 'acc-1' })).toEqual({
      items: [
        { id: 2, name: '星标组', count: 1 },
        { id: 100, name: 'vip', count: 0 },
      ],
      blacklist: [FOLLOWER],
    })
    await expect(handlers.listTags({ accountId: 'nope' })).rejects.toThrow(/no account nope/)
  })
})
