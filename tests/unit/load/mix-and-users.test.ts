/** The message mix and the simulated users (src/core/load/mix.ts, sim-users.ts). */
import { describe, expect, it } from 'vitest'
import { createMix } from '../../../src/core/load/mix'
import { createSimUsers } from '../../../src/core/load/sim-users'
import { seededRandom } from '../../../src/core/runtime/random'

describe('the mix', () => {
  it('draws in proportion to the weights, the same sequence for the same seed', () => {
    const mix = createMix([
      { typeId: 'text', weight: 70 },
      { typeId: 'image', weight: 10 },
      { typeId: 'event.CLICK', weight: 20 },
    ])
    const draw = (seed: string) => {
      const random = seededRandom(seed)
      return Array.from({ length: 10_000 }, () => mix.draw(random))
    }
    const a = draw('mix')
    expect(draw('mix')).toEqual(a)
    expect(draw('other')).not.toEqual(a)
    const share = (t: string) => a.filter((x) => x === t).length / a.length
    expect(share('text')).toBeCloseTo(0.7, 1)
    expect(share('image')).toBeCloseTo(0.1, 1)
    expect(share('event.CLICK')).toBeCloseTo(0.2, 1)
  })

  it('the same type twice adds its weights; drawAmong keeps the proportions of the rest', () => {
    const mix = createMix([
      { typeId: 'text', weight: 1 },
      { typeId: 'event.subscribe', weight: 5 },
      { typeId: 'text', weight: 1 },
    ])
    expect(mix.entries).toEqual([
      { typeId: 'text', weight: 2 },
      { typeId: 'event.subscribe', weight: 5 },
    ])
    const random = seededRandom('among')
    expect(mix.drawAmong(random, (t) => t !== 'event.subscribe')).toBe('text')
    expect(mix.drawAmong(random, () => false)).toBeUndefined()
  })
})

function users(seed: string, count: number, mix = createMix([{ typeId: 'text', weight: 1 }])) {
  return createSimUsers({
    count,
    accountId: 'acc',
    mix,
    random: seededRandom(seed),
    nowSeconds: () => 1_700_000_000,
  })
}

describe('the simulated users', () => {
  it('have openids of WeChat’s shape, all different, the same for the same seed', () => {
    const a = users('u', 50).all.map((u) => u.openid)
    expect(new Set(a).size).toBe(50)
    for (const openid of a) expect(openid).toMatch(/^o[A-Za-z0-9_-]{27}$/)
    expect(users('u', 50).all.map((u) => u.openid)).toEqual(a)
    expect(users('v', 50).all.map((u) => u.openid)).not.toEqual(a)
  })

  it('follow from the start when the mix has no follow event', () => {
    const group = users('f', 5)
    expect(group.all.every((u) => u.subscribed && u.accountId === 'acc')).toBe(true)
    const random = seededRandom('draws')
    expect(new Set(Array.from({ length: 20 }, () => group.next(random).typeId))).toEqual(
      new Set(['text']),
    )
  })

  it('with a follow event: each user’s first message is the follow, and nobody follows twice', () => {
    const mix = createMix([
      { typeId: 'text', weight: 50 },
      { typeId: 'event.subscribe', weight: 50 },
    ])
    const group = users('g', 8, mix)
    expect(group.all.some((u) => u.subscribed)).toBe(false)
    const random = seededRandom('seq')
    const sent = Array.from({ length: 200 }, () => group.next(random))
    const first = new Map<string, string>()
    for (const m of sent) if (!first.has(m.openid)) first.set(m.openid, m.typeId)
    expect([...first.values()].every((t) => t === 'event.subscribe')).toBe(true)
    const follows = sent.filter((m) => m.typeId === 'event.subscribe').map((m) => m.openid)
    expect(new Set(follows).size).toBe(follows.length)
    expect(group.all.every((u) => u.subscribed)).toBe(true)
    expect(group.current(0).subscribeScene).toBe('ADD_SCENE_SEARCH')
  })

  it('a user who unfollows follows again before writing', () => {
    const mix = createMix([
      { typeId: 'text', weight: 1 },
      { typeId: 'event.unsubscribe', weight: 1 },
    ])
    const group = users('h', 1, mix)
    const random = seededRandom('again')
    const sent = Array.from({ length: 40 }, () => group.next(random).typeId)
    sent.forEach((typeId, i) => {
      if (typeId === 'event.unsubscribe' && i + 1 < sent.length) {
        expect(sent[i + 1]).toBe('event.subscribe')
      }
    })
    expect(sent).toContain('event.unsubscribe')
  })
})
