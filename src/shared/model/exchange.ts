/**
 * The Exchange record (design.md "The Exchange record"): one delivery or API call, recorded whole.
 * The inspector, replay reports, HAR export, CLI reports and benchmarks all read this one shape.
 * Bodies are kept as UTF-8 text plus their exact byte length; binary bodies as base64.
 */
import type { Verdict } from './verdict'

export type ExchangeKind = 'verify' | 'push' | 'api' | 'oauth'

export type HeaderList = readonly (readonly [name: string, value: string])[]

export interface RecordedBody {
  readonly text: string
  readonly bytes: number
  /** Set when the body is not valid UTF-8; then `text` is a lossy preview. */
  readonly base64?: string
}

export interface RecordedRequest {
  readonly method: string
  readonly url: string
  readonly headers: HeaderList
  readonly body: RecordedBody
}

export interface RecordedResponse {
  readonly status: number
  readonly headers: HeaderList
  readonly body: RecordedBody
}

export type NetworkErrorCode =
  | 'timeout'
  | 'connection-refused'
  | 'connection-reset'
  | 'dns'
  | 'tls'
  | 'redirect'
  | 'too-large'
  | 'other'

export interface NetworkError {
  readonly code: NetworkErrorCode
  readonly message: string
}

export interface Attempt {
  /** 1-based. */
  readonly index: number
  /** Wall-clock ms since the epoch. */
  readonly startedAt: number
  readonly durationMs: number
  readonly request: RecordedRequest
  readonly response?: RecordedResponse
  readonly error?: NetworkError
}

/** A fault injected by the user (design.md platform: fault injection), shown in the inspector. */
export interface AppliedFault {
  readonly kind: 'errcode' | 'latency' | 'drop'
  readonly errcode?: number
  readonly latencyMs?: number
}

export interface Exchange {
  readonly id: string
  readonly kind: ExchangeKind
  readonly accountId: string
  /** The simulated user involved, when one is. */
  readonly openid?: string
  /** Short label: catalogue type id for pushes, path for API calls. */
  readonly title: string
  /** Simulated-clock Unix seconds when it began. */
  readonly simTime: number
  readonly attempts: readonly Attempt[]
  readonly fault?: AppliedFault
  /** WeChat errcode answered to an API call (0 = ok). */
  readonly errcode?: number
  /** Judgement of a push or verification (kind-specific detail lives in `analysis`). */
  readonly verdict?: Verdict
  readonly analysis?: Readonly<Record<string, unknown>>
}
