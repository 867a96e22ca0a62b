/**
 * The Exchange record (docs/architecture.md "One record"): one delivery or API call, recorded whole.
 * The inspector, replay reports, HAR export, CLI reports and benchmarks all read this one shape: a
 * union discriminated by `kind`, each kind with its own typed `analysis`, so no reader casts.
 * Bodies are kept as UTF-8 text plus their exact byte length; binary bodies as base64.
 */
import type {
  ApiAnalysis,
  OauthAnalysis,
  PageAnalysis,
  PushAnalysis,
  VerifyAnalysis,
} from './analysis'
import type { SignatureBreakdown } from './breakdowns'
import type { Verdict } from './verdict'

export type {
  ApiAnalysis,
  DedupeReport,
  JssdkCallFact,
  JssdkConfigFact,
  OauthAnalysis,
  PageAnalysis,
  PlatformAnalysis,
  PushAnalysis,
  PushOverrides,
  VerifyAnalysis,
} from './analysis'
export { WECHAT_PUSH_TIMEOUT_MS } from './analysis'

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
  /**
   * The `signature` this attempt carried, worked out step by step (pushes and verification: each
   * retry has its own timestamp and nonce). Absent on API calls and in records older than it.
   */
  readonly signature?: SignatureBreakdown
  /** The same for `msg_signature` (encrypted pushes, protocol.md §8.4). */
  readonly msgSignature?: SignatureBreakdown
}

/** A fault injected by the user (the platform's fault table), shown in the inspector. */
export interface AppliedFault {
  readonly kind: 'errcode' | 'latency' | 'drop'
  readonly errcode?: number
  readonly latencyMs?: number
}

interface ExchangeBase {
  readonly id: string
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
  /**
   * Still running (a push between or during its attempts): the same id is published again after
   * each attempt and once more, without this flag, when it ends. Never stored in the log.
   */
  readonly inProgress?: true
}

/** One push to the bot (protocol.md §4, §7), all its attempts and the reply's verdict. */
export interface PushExchange extends ExchangeBase {
  readonly kind: 'push'
  /** The judgement of the last attempt; absent only while the first attempt runs. */
  readonly verdict?: Verdict
  readonly analysis: PushAnalysis
}

/** The URL-verification handshake (protocol.md §3), with the forged-signature probe as attempt 2. */
export interface VerifyExchange extends ExchangeBase {
  /** Only pushes have a reply verdict (declared so a reader of any Exchange may ask). */
  readonly verdict?: undefined
  readonly kind: 'verify'
  readonly analysis: VerifyAnalysis
}

/** A call the bot made to the mock platform's API (/cgi-bin, /sns). */
export interface ApiExchange extends ExchangeBase {
  /** Only pushes have a reply verdict (declared so a reader of any Exchange may ask). */
  readonly verdict?: undefined
  readonly kind: 'api'
  readonly analysis?: ApiAnalysis
}

/** A request to the OAuth authorize pages (protocol.md §9). */
export interface OauthExchange extends ExchangeBase {
  /** Only pushes have a reply verdict (declared so a reader of any Exchange may ask). */
  readonly verdict?: undefined
  readonly kind: 'oauth'
  readonly analysis?: OauthAnalysis
}

/**
 * A request of a page in the phone browser (WeChat's in-app browser): page loads, redirect hops,
 * form posts, JS-SDK calls. `openid` is the simulated user browsing.
 */
export interface PageExchange extends ExchangeBase {
  /** Only pushes have a reply verdict (declared so a reader of any Exchange may ask). */
  readonly verdict?: undefined
  readonly kind: 'page'
  readonly analysis: PageAnalysis
}

/**
 * A new kind is one more member here with its own analysis;
 * the compiler then lists every reader that must learn it (switch-exhaustiveness-check).
 */
export type Exchange = PushExchange | VerifyExchange | ApiExchange | OauthExchange | PageExchange

export type ExchangeKind = Exchange['kind']

/** A call the mock platform served (API or OAuth page): the exchanges with platform facts. */
export type PlatformExchange = ApiExchange | OauthExchange

/** The exchange of one kind, e.g. `ExchangeOf<'push'>`. */
export type ExchangeOf<K extends ExchangeKind> = Extract<Exchange, { readonly kind: K }>
