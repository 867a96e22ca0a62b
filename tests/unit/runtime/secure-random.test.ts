/** secureRandom's pooled small draws: the size asked, never the same bytes twice, big draws too. */
import { describe, expect, it } from 'vitest'
import { secureRandom } from '../../../src/core/runtime/random'

describe('secureRandom.bytes', () => {
  it('answers the size asked, small (pooled) and large (direct)', () => {
    for (const n of [0, 1, 8, 16, 256, 257, 5000]) expect(secureRandom.bytes(n)).toHaveLength(n)
  })

  it('hands each pooled byte out once: 2,000 MsgId-sized draws, across pool refills, all differ', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 2000; i++) seen.add(secureRandom.bytes(8).toString('hex'))
    expect(seen.size).toBe(2000)
  })
})
