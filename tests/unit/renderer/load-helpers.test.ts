/**
 * The Load panel's pure helpers — the form's check (what it sends is what the contract takes; each
 * wrong field named), the verdict, the chart's scales and merged seconds — and the inspector's
 * merge of the whole log's matches with what the app holds.
 */
import { describe, expect, it } from 'vitest'
import { StartLoadInput } from '../../../src/shared/control/load-schemas'
import type { LoadReport } from '../../../src/shared/control/load-schemas'
import {
  bucketSeconds,
  decadeTicks,
  latencyDomain,
  niceMax,
} from '../../../src/renderer/src/features/load/chart-geometry'
import {
  checkDraft,
  DEFAULT_DRAFT,
  mixShares,
} from '../../../src/renderer/src/features/load/load-draft'
import type { LoadDraft } from '../../../src/renderer/src/features/load/load-draft'
import { judge } from '../../../src/renderer/src/features/load/verdict'
import { mergeMatches } from '../../../src/renderer/src/features/inspector/use-whole-log-search'
import { pushExchange } from '../../helpers/exchange-fixtures'

const KNOWN = new Set(['text', 'image', 'event.CLICK'])
const draft = (more: Partial<LoadDraft>): LoadDraft => ({ ...DEFAULT_DRAFT, ...more })

describe('checkDraft', () => {
  it('turns the default form into an input the contract takes', () => {
    const checked = checkDraft(DEFAULT_DRAFT, KNOWN)
    expect(checked).toEqual({
      ok: true,
      input: { users: 100, rate: 20, durationMs: 10_000, mix: [{ typeId: 'text', weight: 100 }] },
    })
    if (checked.ok) expect(StartLoadInput.safeParse(checked.input).success).toBe(true)
  })

  it('sends the closed model, a ramp, messages, a mode, a bot URL and a seed as given', () => {
    const closed = checkDraft(
      draft({ model: 'closed', concurrency: '8', duration: '', messages: '500', seed: ' s ' }),
      KNOWN,
    )
    expect(closed).toMatchObject({ ok: true, input: { concurrency: 8, messages: 500, seed: 's' } })
    const ramp = checkDraft(
      draft({
        rampTo: '200',
        mode: 'safe',
        botUrl: 'http://127.0.0.1:8000/wechat',
        duration: '1.5',
      }),
      KNOWN,
    )
    expect(ramp).toMatchObject({
      ok: true,
      input: {
        rate: 20,
        rampTo: 200,
        mode: 'safe',
        botUrl: 'http://127.0.0.1:8000/wechat',
        durationMs: 1500,
      },
    })
    for (const c of [closed, ramp])
      if (c.ok) expect(StartLoadInput.safeParse(c.input).success).toBe(true)
  })

  it('names each wrong field with a code', () => {
    const checked = checkDraft(
      draft({
        botUrl: 'ftp://x',
        users: '2.5',
        rate: '0',
        duration: '',
        messages: '',
        seed: 'x'.repeat(201),
        mix: [
          { key: 1, typeId: 'text', weight: '-1' },
          { key: 2, typeId: 'text', weight: '' },
          { key: 3, typeId: 'nope', weight: 'x' },
        ],
      }),
      KNOWN,
    )
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.problems).toEqual({
      botUrl: { code: 'url' },
      users: { code: 'whole' },
      rate: { code: 'range', min: 0, max: 100_000, above: true },
      duration: { code: 'stopNeeded' },
      seed: { code: 'tooLong', max: 200 },
      'mix.1.weight': { code: 'range', min: 0, max: 1_000_000, above: true },
      'mix.2.type': { code: 'mixDuplicate' },
      'mix.2.weight': { code: 'required' },
      'mix.3.type': { code: 'mixType' },
      'mix.3.weight': { code: 'number' },
    })
  })

  it('asks for a duration with a ramp', () => {
    const checked = checkDraft(draft({ rampTo: '50', duration: '', messages: '100' }), KNOWN)
    expect(checked).toEqual({ ok: false, problems: { rampTo: { code: 'rampNeedsDuration' } } })
  })

  it('gives each mix row its share', () => {
    const rows = [
      { key: 1, typeId: 'text', weight: '70' },
      { key: 2, typeId: 'image', weight: '10' },
      { key: 3, typeId: 'event.CLICK', weight: '20' },
      { key: 4, typeId: 'text', weight: 'x' },
    ]
    expect(mixShares(rows)).toEqual([70, 10, 20, 0])
  })
})

const report = (more: Partial<LoadReport>): LoadReport => ({
  runId: 'r',
  botUrl: 'http://127.0.0.1:1/wechat',
  mode: 'plain',
  model: 'open',
  rate: 20,
  users: 10,
  startedAt: '2026-01-01T00:00:00.000Z',
  status: 'finished',
  messages: 40,
  completed: 40,
  durationMs: 2000,
  throughput: 20,
  latencyMs: { p50: 5, p95: 9, p99: 12, max: 13, mean: 6 },
  outcomes: { reply: 40, 'no-reply': 0, 'service-unavailable': 0 },
  unavailable: { timeout: 0, httpError: 0, network: 0, badReply: 0 },
  usersAffected: 0,
  retries: 0,
  duplicates: 0,
  lateReplies: 0,
  recorded: 40,
  perSecond: [],
  ...more,
})

describe('judge', () => {
  it('says survived, barely (saved by a retry) or failed, with causes most frequent first', () => {
    expect(judge(report({})).outcome).toBe('survived')
    expect(judge(report({ lateReplies: 2 })).outcome).toBe('barely')
    const failed = judge(
      report({
        outcomes: { reply: 30, 'no-reply': 0, 'service-unavailable': 10 },
        unavailable: { timeout: 3, httpError: 7, network: 0, badReply: 0 },
      }),
    )
    expect(failed.outcome).toBe('failed')
    expect(failed.causes).toEqual([
      { cause: 'httpError', count: 7 },
      { cause: 'timeout', count: 3 },
    ])
    expect(judge(report({ completed: 0 })).outcome).toBe('nothing')
  })

  it('names where a ramp broke, or that it held', () => {
    expect(judge(report({ rampTo: 200, breakingRate: 143 })).ramp).toEqual({
      broke: true,
      rate: 143,
    })
    expect(judge(report({ rampTo: 200 })).ramp).toEqual({ broke: false, rate: 200 })
    expect(judge(report({})).ramp).toBeUndefined()
  })
})

describe('chart geometry', () => {
  it('keeps the 5 s deadline on the latency axis whatever the values', () => {
    expect(latencyDomain([2, 3])).toEqual([1, 10_000])
    expect(latencyDomain([0.3, 15_000])).toEqual([0.1, 20_000])
    expect(decadeTicks([1, 10_000])).toEqual([1, 10, 100, 1000, 10_000])
    // A top close above the last decade gets no label of its own (the two would touch).
    expect(decadeTicks([1, 20_000])).toEqual([1, 10, 100, 1000, 10_000])
    expect(decadeTicks([1, 50_000])).toEqual([1, 10, 100, 1000, 10_000, 50_000])
  })

  it('rounds axis tops', () => {
    expect([niceMax(0), niceMax(7), niceMax(21), niceMax(140), niceMax(260)]).toEqual([
      1, 10, 25, 200, 500,
    ])
  })

  it('merges long runs into fewer points, keeping the worst latency and every error', () => {
    const rows = Array.from({ length: 10 }, (_, t) => ({
      t,
      span: 1,
      offered: 10,
      completed: t === 3 ? 0 : 10,
      p50: 10,
      p95: 20,
      p99: t === 7 ? 9000 : 30,
      unavailable: t === 8 ? 2 : 0,
      retries: 1,
    }))
    const merged = bucketSeconds(rows, 5)
    expect(merged).toHaveLength(5)
    expect(merged.map((s) => s.t)).toEqual([0, 2, 4, 6, 8])
    expect(merged[3]).toMatchObject({ span: 2, p99: 9000 })
    expect(merged[4]).toMatchObject({ unavailable: 2, retries: 2 })
    expect(merged[1]).toMatchObject({ completed: 5, p50: 10 })
    expect(bucketSeconds(rows, 20)).toHaveLength(10)
  })
})

describe('mergeMatches', () => {
  it('adds the core’s matches the app does not hold, before the held ones, once', () => {
    const held = [pushExchange('c'), pushExchange('d')]
    const fromCore = [pushExchange('a'), pushExchange('b'), pushExchange('c')]
    const { list, older } = mergeMatches(held, new Set(['c', 'd', 'e']), fromCore)
    expect(older.map((e) => e.id)).toEqual(['a', 'b'])
    expect(list.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd'])
    // Nothing older: the held list itself (same reference, no re-render downstream).
    expect(mergeMatches(held, new Set(['a', 'b', 'c']), fromCore).list).toBe(held)
  })
})
