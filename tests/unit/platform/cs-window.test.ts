import { describe, expect, it } from 'vitest'
import { CustomServiceWindow } from '../../../src/core/platform/state/cs-window'
import { createSimClock } from '../../../src/core/runtime/clock'

const HOUR = 3600_000

function setup() {
  const clock = createSimClock({ startMs: 1_700_000_000_000, frozen: true })
  const window = new CustomServiceWindow(clock)
  const take = () => window.take('a', 'u')
  return { clock, window, take }
}

describe('CustomServiceWindow (protocol.md §10.3)', () => {
  it('is closed until the user does something', () => {
    expect(setup().take()).toBe(45015)
  })

  it('spends the short event grant before the long message grant', () => {
    const { clock, window, take } = setup()
    window.open('a', 'u', 'message')
    window.open('a', 'u', 'menu')
    for (let i = 0; i < 3; i++) expect(take()).toBe(0)
    expect(window.peek('a', 'u').map((g) => [g.trigger, g.left])).toEqual([
      ['message', 5],
      ['menu', 0],
    ])
    clock.advance(60_000)
    expect(window.peek('a', 'u').map((g) => g.trigger)).toEqual(['message'])
    for (let i = 0; i < 5; i++) expect(take()).toBe(0)
    expect(take()).toBe(45047)
  })

  it('restarts the 5 and the 48 h with each new user message', () => {
    const { clock, window, take } = setup()
    window.open('a', 'u', 'message')
    for (let i = 0; i < 5; i++) take()
    expect(take()).toBe(45047)
    clock.advance(47 * HOUR)
    window.open('a', 'u', 'message')
    clock.advance(47 * HOUR)
    for (let i = 0; i < 5; i++) expect(take()).toBe(0)
    expect(window.peek('a', 'u')).toHaveLength(1)
  })

  it('keeps users and accounts apart', () => {
    const { window } = setup()
    window.open('a', 'u', 'follow')
    expect(window.take('a', 'v')).toBe(45015)
    expect(window.take('b', 'u')).toBe(45015)
    expect(window.take('a', 'u')).toBe(0)
  })

  it('gives 20 over 48 h per interaction in legacy mode', () => {
    const { clock, window, take } = setup()
    window.setMode('legacy-20')
    expect(window.mode).toBe('legacy-20')
    window.open('a', 'u', 'scan')
    clock.advance(47 * HOUR)
    for (let i = 0; i < 20; i++) expect(take()).toBe(0)
    expect(take()).toBe(45047)
  })
})
