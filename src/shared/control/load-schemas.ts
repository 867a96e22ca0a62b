/**
 * Commands and records of a load run (docs/load.md): `mpsim load`, the app's Load panel and the
 * control API share them. A run pushes WeChat-faithful messages from N simulated users at a fixed
 * arrival rate (open model) or from C users back to back (closed model), every push real: signed,
 * encrypted, 5 s deadline, retries, verdict.
 */
import { z } from 'zod'

const mode = z.enum(['plain', 'compatible', 'safe'])

/**
 * One share of the message mix: a catalogue type id (`text`, `image`, `event.CLICK`…) and its
 * weight. Weights need not add to 100.
 */
export const LoadMixEntry = z.strictObject({
  typeId: z.string().min(1).max(100),
  weight: z.number().positive().max(1_000_000),
})

export const StartLoadInput = z.strictObject({
  /** The caller's name for this run (to tell its loadProgress events apart). @default a fresh id */
  runId: z.string().min(1).max(100).optional(),
  accountId: z.string().optional(),
  /** The bot's URL. @default the account's */
  botUrl: z.url({ protocol: /^https?$/ }).optional(),
  mode: mode.optional(),
  /** Simulated users, each with its own openid and follow state. @default 100 */
  users: z.int().min(1).max(100_000).optional(),
  /** Open model: new messages per second, whatever the bot's pace. One of rate / concurrency. */
  rate: z.number().positive().max(100_000).optional(),
  /** Closed model: this many messages in flight, each sent when the previous one settled. */
  concurrency: z.int().min(1).max(10_000).optional(),
  /**
   * Ramp: the rate climbs linearly from `rate` to `rampTo` over the run, so the report can name
   * the rate at which the bot stopped meeting the 5 s rule. Open model only.
   */
  rampTo: z.number().positive().max(100_000).optional(),
  /** Stop after this long. One of durationMs / messages, or both (whichever comes first). */
  durationMs: z
    .int()
    .min(100)
    .max(24 * 3600 * 1000)
    .optional(),
  /** Stop after this many messages were sent. */
  messages: z.int().min(1).max(100_000_000).optional(),
  /** @default text only */
  mix: z.array(LoadMixEntry).min(1).max(50).optional(),
  /** Seeds users, values and the mix draw (timestamps and nonces stay real). */
  seed: z.string().max(200).optional(),
  /** Per-attempt deadline and attempts, as WeChat's (5 s, 3). */
  timeoutMs: z.int().min(100).max(600_000).optional(),
  attempts: z.int().min(1).max(10).optional(),
  /**
   * Exchanges are recorded in the log up to this many per second; above it one in k is recorded
   * (every push is still counted in the report). @default 200
   */
  recordPerSecond: z.int().min(0).max(1_000_000).optional(),
  /** Above recordPerSecond, one exchange in this many is recorded. @default 10 */
  recordOneIn: z.int().min(1).max(1_000_000).optional(),
})
export type StartLoadInput = z.output<typeof StartLoadInput>

export const LatencySummary = z.object({
  p50: z.number(),
  p95: z.number(),
  p99: z.number(),
  max: z.number(),
  mean: z.number(),
})

/** Why a user saw 该公众号暂时无法提供服务 (the verdict's cause, grouped). */
export const UnavailableCauses = z.object({
  /** No answer within the deadline on every attempt. */
  timeout: z.int(),
  /** HTTP status ≥ 500 (or another non-200). */
  httpError: z.int(),
  /** Connection refused, reset, DNS. */
  network: z.int(),
  /** An answer WeChat refuses: bad XML, wrong ToUserName, bad signature… */
  badReply: z.int(),
})

/** One second of the run (the Load panel's curve of latency against rate). */
export const LoadSecond = z.object({
  /** Seconds since the start. */
  t: z.int(),
  /** Messages started this second (the offered rate). */
  offered: z.int(),
  /** Pushes completed this second. */
  completed: z.int(),
  /** Latency of the pushes completed this second, first attempt start to verdict. */
  p50: z.number(),
  p95: z.number(),
  p99: z.number(),
  unavailable: z.int(),
  retries: z.int(),
})

export const LoadReport = z.object({
  runId: z.string(),
  botUrl: z.string(),
  mode,
  model: z.enum(['open', 'closed']),
  /** The rate asked for (open model) and where a ramp ended. */
  rate: z.number().optional(),
  rampTo: z.number().optional(),
  concurrency: z.int().optional(),
  users: z.int(),
  startedAt: z.string(),
  /** Whether it ran to its end, or was stopped (Ctrl+C, stopLoad) — then the figures are partial. */
  status: z.enum(['running', 'finished', 'stopped', 'failed']),
  /** Messages sent (pushes started). */
  messages: z.int(),
  /** Pushes settled with a verdict. */
  completed: z.int(),
  durationMs: z.number(),
  /** Pushes completed per second. */
  throughput: z.number(),
  latencyMs: LatencySummary,
  /** Count per verdict outcome, named as listExchanges names them. */
  outcomes: z.object({
    reply: z.int(),
    'no-reply': z.int(),
    'service-unavailable': z.int(),
  }),
  unavailable: UnavailableCauses,
  /** Distinct users who saw 该公众号暂时无法提供服务 at least once. */
  usersAffected: z.int(),
  /** Attempts beyond the first (WeChat's retries). */
  retries: z.int(),
  /** Messages whose side effects reached the user more than once (docs/load.md "Duplicates"). */
  duplicates: z.int(),
  /** Pushes that needed a retry to get a reply in time (slow first answers). */
  lateReplies: z.int(),
  /**
   * With a ramp: the offered rate (msg/s) at the first second where p99 exceeded 5 s or a user
   * saw the error, undefined when the bot kept up all the way.
   */
  breakingRate: z.number().optional(),
  /** Exchanges written to the log (all, or a sample above recordPerSecond). */
  recorded: z.int(),
  perSecond: z.array(LoadSecond),
  /** Set when status is 'failed': what went wrong, in English (the CLI and app word it). */
  error: z.string().optional(),
  /** The per-attempt deadline of the run (ms): also the threshold breakingRate compares p99 with. */
  timeoutMs: z.number().optional(),
  /** With breakingRate: the second (since the start) whose messages broke the rule first. */
  breakingAt: z.int().optional(),
  /** Messages sent per catalogue type id (after follow-state fixes, docs/load.md "The run"). */
  types: z.record(z.string(), z.int()).optional(),
  /**
   * Messages the schedule called for but the runner did not start because its cap of pushes in
   * flight was reached: the run's own limit, not the bot's (docs/load.md "The report").
   */
  notStarted: z.int().optional(),
  /**
   * How late the runner started messages after their scheduled time: large values mean mpsim,
   * not the bot, was the bottleneck (the latencies still count from the schedule).
   */
  startLagMs: LatencySummary.optional(),
})
export type LoadReport = z.output<typeof LoadReport>

/** Live progress of a run (event `loadProgress`), about twice a second. */
export const LoadProgress = z.object({
  runId: z.string(),
  report: LoadReport,
})

export const LoadRunIdInput = z.strictObject({ runId: z.string().min(1).max(100) })
export const LoadRunsOutput = z.object({ runs: z.array(LoadReport) })
