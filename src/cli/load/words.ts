/**
 * What `mpsim load` says, as one interface with an English and a Chinese table (words-en.ts,
 * words-zh.ts), so a sentence added in one language cannot be missing in the other.
 * Numbers arrive already formatted (format.ts).
 */
import type { Lang } from '../../shared/explain/types'
import { EN } from './words-en'
import { ZH } from './words-zh'

/** The pace of a run, formatted: `200 msg/s`, `50 → 400 msg/s`, `20 in flight (180 msg/s)`. */
export interface Pace {
  readonly kind: 'rate' | 'ramp' | 'closed'
  readonly rate: string
  readonly rampTo: string
  readonly concurrency: string
  readonly throughput: string
}

/** The figures a sentence may need, formatted. */
export interface Facts {
  readonly pace: Pace
  readonly deadline: string
  readonly botUrl: string
  readonly messages: string
  readonly completed: string
  readonly answeredShare: string
  readonly p99: string
  readonly retries: string
  readonly usersAffected: string
  readonly users: string
  readonly usersShare: string
  /** "1,100 timeouts, 134 HTTP errors" in the report's language. */
  readonly causes: string
}

export interface CauseCounts {
  readonly timeout: string
  readonly httpError: string
  readonly network: string
  readonly badReply: string
}

export interface LoadWords {
  readonly headline: {
    readonly keptUp: (f: Facts) => string
    readonly slow: (f: Facts) => string
    readonly unavailable: (f: Facts) => string
    readonly unreachable: (f: Facts) => string
    readonly empty: (stopped: boolean) => string
  }
  readonly stoppedByYou: (elapsed: string) => string
  readonly stoppedElsewhere: (elapsed: string) => string
  readonly failed: (error: string) => string
  readonly label: {
    readonly run: string
    readonly throughput: string
    readonly latency: string
    readonly outcomes: string
    readonly causes: string
    readonly retries: string
    readonly duplicates: string
    readonly breaking: string
    readonly recorded: string
    readonly next: string
    readonly mix: string
    readonly notStarted: string
    readonly generator: string
  }
  /** Messages the schedule called for that mpsim did not start (its cap of pushes in flight). */
  readonly notStarted: (n: string) => string
  /** mpsim started messages late: the machine running it limited the run. */
  readonly startLag: (p99: string) => string
  readonly pace: (p: Pace) => string
  /** Between the items of a list in a sentence. */
  readonly comma: string
  /** A deadline as people say it: 5 s / 5 秒. */
  readonly deadline: (ms: number) => string
  readonly mode: { readonly plain: string; readonly compatible: string; readonly safe: string }
  readonly run: (pace: string, users: string, mode: string, url: string) => string
  readonly throughput: (perSecond: string, sent: string, settled: string, took: string) => string
  readonly latency: (p50: string, p95: string, p99: string, max: string) => string
  readonly outcomes: (reply: string, noReply: string, unavailable: string) => string
  /** Short cause names for the headline, only the non-zero ones are used. */
  readonly causeShort: { readonly [K in keyof CauseCounts]: (n: string) => string }
  /** One line per non-zero cause in the Causes block. */
  readonly causeLong: { readonly [K in keyof CauseCounts]: (n: string, deadline: string) => string }
  readonly retries: (n: string, deadline: string, late: string, attempts: string) => string
  readonly noRetries: (deadline: string) => string
  readonly duplicates: (n: string) => string
  readonly noDuplicates: (retried: boolean) => string
  readonly breaking: (rate: string, deadline: string) => string
  readonly heldRamp: (rampTo: string, deadline: string) => string
  readonly recordedAll: (n: string) => string
  readonly recordedSample: (n: string, of: string) => string
  readonly advice: {
    readonly ramp: (command: string) => string
    readonly rampHigher: (rampTo: string, command: string) => string
    readonly closed: (command: string) => string
    readonly answerFast: (deadline: string) => string
    readonly httpErrors: string
    readonly network: string
    readonly badReply: string
    readonly duplicates: string
    readonly belowBreaking: (rate: string) => string
    readonly unreachable: (url: string) => string
    readonly stopped: string
  }
  readonly progress: {
    readonly sent: (n: string, of: string | undefined) => string
    readonly perSecond: (rate: string) => string
    readonly reply: (n: string) => string
    readonly noReply: (n: string) => string
    readonly unavailable: (n: string) => string
    readonly retries: (n: string) => string
    readonly stopping: string
  }
  /** Where the JSON report went (--out). */
  readonly wrote: (file: string) => string
  readonly lostCore: (detail: string) => string
}

export function loadWords(lang: Lang): LoadWords {
  return lang === 'zh' ? ZH : EN
}
