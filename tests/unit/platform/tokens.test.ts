import { describe, expect, it } from 'vitest'
import { TokenStore } from '../../../src/core/platform/state/tokens'
import { createSimClock } from '../../../src/core/runtime/clock'
import { seededRandom } from '../../../src/core/runtime/random'

const MINUTE = 60_000

function setup(seed = 'tokens') {
  const clock = createSimClock({ startMs: 1_700_000_000_000, frozen: true })
  return { clock, tokens: new TokenStore(clock, seededRandom(seed)) }
}

describe('TokenStore', () => {
  it('hands out the same tokens for the same seed', () => {
    expect(setup('s').tokens.issue('a').value).toBe(setup('s').tokens.issue('a').value)
    expect(setup('s').tokens.issue('a').value).not.toBe(setup('t').tokens.issue('a').value)
  })

  it('answers 42001 when a superseded token reaches its expiry before its overlap ends', () => {
    const { clock, tokens } = setup()
    const old = tokens.issue('a').value
    clock.advance(118 * MINUTE)
    tokens.issue('a')
    clock.advance(2 * MINUTE) // expired at 120 min, overlap would run to 123
    expect(tokens.check(old)).toEqual({ ok: false, errcode: 42001 })
  })

  it('keeps accounts apart', () => {
    const { clock, tokens } = setup()
    const a = tokens.issue('a').value
    tokens.issue('b')
    clock.advance(10 * MINUTE)
    expect(tokens.check(a)).toEqual({ ok: true, accountId: 'a', family: 'token' })
    expect(tokens.invalidate('b')).toBe(1)
    expect(tokens.check(a).ok).toBe(true)
  })

  it('lists working tokens with their overlap end', () => {
    const { clock, tokens } = setup()
    const start = clock.nowSeconds()
    tokens.issue('a')
    tokens.stable('a', false)
    tokens.issue('a')
    expect(tokens.active('a').map((t) => [t.family, t.invalidAt])).toEqual([
      ['token', start + 300],
      ['stable', undefined],
      ['token', undefined],
    ])
  })

  it('forgets long-dead tokens (they then answer 40001)', () => {
    const { clock, tokens } = setup()
    const old = tokens.issue('a').value
    clock.advance(8 * 24 * 60 * MINUTE)
    expect(tokens.check(old)).toEqual({ ok: false, errcode: 42001 })
    tokens.issue('a')
    expect(tokens.check(old)).toEqual({ ok: false, errcode: 40001 })
  })
})
