/**
 * Load reports built by hand for the CLI's unit tests: a bot that kept up at 200 msg/s, one whose
 * users saw 该公众号暂时无法提供服务, one too slow for the 5 s rule, one nobody could reach.
 * Each is checked against the contract's schema, so the tests cannot drift from it.
 */
import { LoadReport } from '../../../../src/shared/control/load-schemas'

type Report = LoadReport

export function report(over: Partial<Report> = {}): Report {
  return LoadReport.parse({
    runId: 'run-1',
    botUrl: 'http://127.0.0.1:8000/wechat',
    mode: 'safe',
    model: 'open',
    rate: 200,
    users: 100,
    startedAt: '2025-01-01T00:00:00.000Z',
    status: 'finished',
    messages: 6000,
    completed: 6000,
    durationMs: 30_012,
    throughput: 199.9,
    latencyMs: { p50: 12.4, p95: 35, p99: 81, max: 212, mean: 15 },
    outcomes: { reply: 5400, 'no-reply': 600, 'service-unavailable': 0 },
    unavailable: { timeout: 0, httpError: 0, network: 0, badReply: 0 },
    usersAffected: 0,
    retries: 0,
    duplicates: 0,
    lateReplies: 0,
    recorded: 6000,
    perSecond: [],
    timeoutMs: 5000,
    ...over,
  })
}

export const KEPT_UP = report()

/** 1,234 pushes ended in 该公众号暂时无法提供服务: 1,100 timeouts, 134 HTTP 500. */
export const UNAVAILABLE = report({
  latencyMs: { p50: 900, p95: 5200, p99: 15_020, max: 15_050, mean: 1500 },
  outcomes: { reply: 4500, 'no-reply': 266, 'service-unavailable': 1234 },
  unavailable: { timeout: 1100, httpError: 134, network: 0, badReply: 0 },
  usersAffected: 12,
  retries: 3870,
  duplicates: 41,
  lateReplies: 402,
  recorded: 1200,
})

/** Nobody saw the error, but p99 passed 5 s: answered on WeChat's retries. */
export const SLOW = report({
  latencyMs: { p50: 3000, p95: 4900, p99: 5600, max: 9000, mean: 3100 },
  retries: 150,
  lateReplies: 120,
})

/** Connection refused on every push. */
export const UNREACHABLE = report({
  latencyMs: { p50: 1, p95: 2, p99: 3, max: 5, mean: 1 },
  outcomes: { reply: 0, 'no-reply': 0, 'service-unavailable': 6000 },
  unavailable: { timeout: 0, httpError: 0, network: 6000, badReply: 0 },
  usersAffected: 100,
  retries: 12_000,
})

/** A ramp from 50 to 400 msg/s that broke at 182.5 msg/s, stopped early. */
export const RAMP_STOPPED = report({
  ...UNAVAILABLE,
  rate: 50,
  rampTo: 400,
  breakingRate: 182.5,
  breakingAt: 7,
  status: 'stopped',
  durationMs: 12_300,
})
