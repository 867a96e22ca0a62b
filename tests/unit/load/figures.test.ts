/**
 * What a run counts (src/core/load/): the HDR latency figures, the per-second rows, the breaking
 * second, the outcome tally and the recording sample.
 */
import { describe, expect, it } from 'vitest'
import { BreakingTracker } from '../../../src/core/load/breaking'
import { Latency } from '../../../src/core/load/latency'
import { PerSecond } from '../../../src/core/load/per-second'
import { createSampler } from '../../../src/core/load/sampler'
import { causeGroup, pushFacts, Tally } from '../../../src/core/load/tally'
import type { PushExchange } from '../../../src/shared/model/exchange'

describe('latency figures', () => {
  it('percentiles of 1..1000 ms within the histogram’s 0.1 %, the max and mean exact', () => {
    const latency = new Latency()
    for (let ms = 1; ms <= 1000; ms++) latency.record(ms)
    const f = latency.figures()
    expect(f.p50).toBeCloseTo(500, -0.5)
    expect(f.p95).toBeCloseTo(950, -0.5)
    expect(f.p99).toBeCloseTo(990, -0.5)
    expect(f.max).toBe(1000)
    expect(f.mean).toBe(500.5)
    latency.reset()
    expect(latency.figures()).toEqual({ p50: 0, p95: 0, p99: 0, max: 0, mean: 0 })
  })

  it('keeps fixed memory: a million samples are counted, not kept', () => {
    const latency = new Latency()
    for (let i = 0; i < 1_000_000; i++) latency.record(i % 2 === 0 ? 2 : 4000)
    expect(latency.size).toBe(1_000_000)
    expect(latency.figures().p50).toBe(2)
    expect(latency.figures().p99).toBeCloseTo(4000, -1)
  })
})

describe('per-second rows', () => {
  it('offered by scheduled second, completed and percentiles by verdict second', () => {
    const rows = new PerSecond()
    rows.offered(0)
    rows.offered(0)
    rows.offered(1)
    rows.settled(0, 10, false, 0)
    rows.settled(1, 30, false, 1)
    rows.settled(1, 50, true, 2)
    const list = rows.list(2)
    expect(list.map((r) => [r.t, r.offered, r.completed, r.unavailable, r.retries])).toEqual([
      [0, 2, 1, 0, 0],
      [1, 1, 2, 1, 3],
      [2, 0, 0, 0, 0],
    ])
    expect(list[0]?.p50).toBe(10)
    expect(list[1]?.p99).toBe(50)
  })
})

describe('the breaking second', () => {
  it('is the first offered second with p99 over the deadline or a user shown the error', () => {
    const t = new BreakingTracker(300)
    for (let i = 0; i < 100; i++) t.offered(0)
    for (let i = 0; i < 100; i++) t.offered(1)
    // One late message in a hundred is p99 at the deadline, not over it.
    t.settled(0, 301, false)
    expect(t.first()).toBeUndefined()
    t.settled(1, 301, false)
    t.settled(1, 302, false)
    expect(t.first()).toEqual({ second: 1 })
    // A user who saw the error breaks the second at once, and an earlier second wins.
    t.settled(0, 20, true)
    expect(t.first()).toEqual({ second: 0 })
  })
})

function push(partial: {
  attempts: number
  verdict?: PushExchange['verdict']
  duplicate?: boolean
}): PushExchange {
  return {
    id: 'x',
    kind: 'push',
    accountId: 'a',
    openid: 'o',
    title: 'text',
    simTime: 0,
    attempts: Array.from({ length: partial.attempts }, (_, i) => ({
      index: i + 1,
      startedAt: 0,
      durationMs: 1,
      request: { method: 'POST', url: 'http://x', headers: [], body: { text: '' } },
      // Earlier attempts timed out; the last one was answered.
      ...(i === partial.attempts - 1
        ? { response: { status: 200, headers: [], body: { text: '' } } }
        : { error: { code: 'timeout', message: 'late' } }),
    })),
    ...(partial.verdict ? { verdict: partial.verdict } : {}),
    analysis: {
      typeId: 'text',
      mode: 'plain',
      msgType: 'text',
      plainXml: '',
      overrides: {},
      attemptOutcomes: [],
      ...(partial.duplicate === undefined
        ? {}
        : {
            dedupe: {
              attempts: partial.attempts,
              customSends: 2,
              visibleReply: true,
              duplicate: partial.duplicate,
            },
          }),
    },
  } as unknown as PushExchange
}

const banner = { kind: 'error-banner', text: '该公众号暂时无法提供服务，请稍后再试' } as const

describe('the tally', () => {
  it('groups the causes a user saw the error for', () => {
    expect(causeGroup('reply-timeout')).toBe('timeout')
    expect(causeGroup('http-status-not-ok')).toBe('httpError')
    expect(causeGroup('bot-unreachable')).toBe('network')
    expect(causeGroup('to-user-wrong')).toBe('badReply')
    expect(causeGroup('envelope-signature-mismatch')).toBe('badReply')
  })

  it('counts outcomes, retries, late answers, duplicates and distinct users affected', () => {
    const tally = new Tally()
    const reply = {
      outcome: 'reply',
      problems: [],
      reply: { msgType: 'text' },
      phoneView: { kind: 'text', content: 'x' },
    } as unknown as PushExchange['verdict']
    const timeout = {
      outcome: 'service-unavailable',
      cause: 'reply-timeout',
      problems: [],
      phoneView: banner,
    } as unknown as PushExchange['verdict']
    tally.add('u1', pushFacts(push({ attempts: 1, verdict: reply })))
    tally.add('u1', pushFacts(push({ attempts: 2, verdict: reply, duplicate: true })))
    tally.add('u2', pushFacts(push({ attempts: 3, verdict: timeout })))
    tally.add('u2', pushFacts(push({ attempts: 3, verdict: timeout })))
    expect(tally.outcomes).toEqual({ reply: 2, 'no-reply': 0, 'service-unavailable': 2 })
    expect(tally.unavailable).toEqual({ timeout: 2, httpError: 0, network: 0, badReply: 0 })
    expect(tally.retries).toBe(1 + 2 + 2)
    expect(tally.lateReplies).toBe(1)
    expect(tally.duplicates).toBe(1)
    expect(tally.usersAffected).toBe(1)
  })
})

describe('the recording sample', () => {
  it('the first N of each second, then one in k', () => {
    const sampler = createSampler(3, 4)
    const second0 = Array.from({ length: 11 }, () => sampler.take(100))
    expect(second0).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      true,
    ])
    // A new second starts its budget again.
    expect([sampler.take(1000), sampler.take(1500)]).toEqual([true, true])
    expect(sampler.recorded).toBe(7)
  })
})
