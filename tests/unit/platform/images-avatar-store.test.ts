/** AvatarStore (docs/api-images.md "Avatars"): bytes in avatars/<openid>.jpg, or in memory. */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EventBus } from '../../../src/core/runtime/event-bus'
import { createSimClock } from '../../../src/core/runtime/clock'
import { seededRandom } from '../../../src/core/runtime/random'
import { AvatarStore } from '../../../src/core/platform/state/avatars'

const OPENID = 'oyORnuP8q7ou2gfYjqLzSIWZf0rs'
const BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])

function store(dir?: string): AvatarStore {
  return new AvatarStore({
    clock: createSimClock(),
    random: seededRandom('avatars'),
    bus: new EventBus(),
    ...(dir === undefined ? {} : { dir }),
  })
}

describe('AvatarStore', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mpsim-avatars-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('keeps a picture in the folder and finds it from a new store (a restart)', async () => {
    const a = store(dir)
    expect(await a.picked(OPENID)).toBeUndefined()
    await a.put(OPENID, BYTES)
    expect(await readdir(join(dir, 'avatars'))).toEqual([`${OPENID}.jpg`])
    expect(await store(dir).picked(OPENID)).toEqual(BYTES)
  })

  it('forgets it on reset and counts revisions', async () => {
    const a = store(dir)
    await a.put(OPENID, BYTES)
    await a.reset(OPENID)
    expect(a.revision(OPENID)).toBe(2)
    expect(await a.picked(OPENID)).toBeUndefined()
    expect(await store(dir).picked(OPENID)).toBeUndefined()
  })

  it('works in memory without a folder', async () => {
    const a = store()
    await a.put(OPENID, BYTES)
    expect(await a.picked(OPENID)).toEqual(BYTES)
  })

  it.each(['../x', 'a.b', '', 'a/b'])('refuses %j as a file name', async (openid) => {
    await expect(store(dir).put(openid, BYTES)).rejects.toThrow('not an openid')
  })
})
