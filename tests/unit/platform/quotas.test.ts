import { describe, expect, it } from 'vitest'
import { DAILY_QUOTA, QuotaCounter } from '../../../src/core/platform/state/quotas'
import { beijingDay, beijingMonth } from '../../../src/core/platform/state/sim-day'
import { createSimClock } from '../../../src/core/runtime/clock'
import type { Account } from '../../../src/shared/model/account'

const account = { id: 'a', testAccount: false } as Account
const testAccount = { id: 't', testAccount: true } as Account

describe('QuotaCounter (protocol.md §10.8)', () => {
  it.each([
    ['token', 2000, 200],
    ['menu/create', 1000, 100],
    ['menu/get', 10_000, 1000],
    ['menu/delete', 1000, 100],
    ['custom/send', 500_000, 50_000],
    ['qrcode/create', 100_000, 10_000],
    ['user/get', 500, 100],
    ['user/info', 5_000_000, 500_000],
  ] as const)('%s: %i a day, %i for a test account', (api, normal, test) => {
    expect(DAILY_QUOTA[api]).toEqual([normal, test])
  })

  it('counts per account and per day, and clear() resets 10 times a month', () => {
    const clock = createSimClock({ startMs: Date.UTC(2024, 0, 31, 15, 0), frozen: true }) // 23:00 Beijing
    const q = new QuotaCounter(clock)
    for (let i = 0; i < 100; i++) expect(q.take(testAccount, 'user/get')).toBe(true)
    expect(q.take(testAccount, 'user/get')).toBe(false)
    expect(q.used('t', 'user/get')).toBe(100)
    expect(q.take(account, 'user/get')).toBe(true)
    clock.advance(3600_000) // midnight Beijing, 1 February
    expect(q.used('t', 'user/get')).toBe(0)
    for (let i = 0; i < 10; i++) expect(q.clear('t')).toBe(true)
    expect(q.clear('t')).toBe(false)
    expect(q.clear('a')).toBe(true)
  })
})

describe('Beijing calendar', () => {
  it('turns the day at 16:00 UTC and the month on Beijing dates', () => {
    expect(beijingDay(Date.UTC(2024, 0, 1, 15, 59))).toBe(beijingDay(Date.UTC(2023, 11, 31, 16, 0)))
    expect(beijingDay(Date.UTC(2024, 0, 1, 16, 0))).toBe(
      beijingDay(Date.UTC(2024, 0, 1, 15, 59)) + 1,
    )
    expect(beijingMonth(Date.UTC(2024, 0, 31, 16, 0))).toBe('2024-02')
  })
})
