/**
 * What each kind of Exchange records beside its attempts (docs/architecture.md "One record"): the
 * facts the inspector, the CLI reports and exports read by name. Typed per kind so renaming a
 * field breaks every reader at compile time; kept JSON-serialisable because the log stores them.
 */
import type { EncryptionMode } from './account'
import type { CryptoLayers, SignatureBreakdown } from './breakdowns'
import type { VerdictOutcome } from './verdict'
import type { VerifyVerdict } from './verify-codes'

/**
 * WeChat's push deadline (protocol.md §7.3): the default of the per-attempt limit. Readers of records
 * written before the limit was recorded use it; everything else reads `timeoutMs`.
 */
export const WECHAT_PUSH_TIMEOUT_MS = 5000

/** Teaching and testing changes to a push (the journey's 415, a forged signature, ...). */
export interface PushOverrides {
  /** e.g. `application/xml` to show a parser that only accepts one content type. */
  readonly contentType?: string
  /** Send a wrong `signature` (and msg_signature): does the bot check them? */
  readonly wrongSignature?: boolean
  /** Seconds to subtract from the query timestamp (a replayed request). */
  readonly staleSeconds?: number
  /** Encrypt with the previous EncodingAESKey (key rotation, protocol.md §2 FAQ). */
  readonly usePreviousKey?: boolean
}

/** The dedupe verdict of a delivery (protocol.md §7.3 "De-duplication guidance"). */
export interface DedupeReport {
  readonly attempts: number
  /** Customer-service messages the bot sent this user during the delivery (+ grace). */
  readonly customSends: number
  /** Whether the passive reply itself was shown. */
  readonly visibleReply: boolean
  /**
   * True when a retried delivery produced more than one user-visible answer: the bot handled a
   * retry as a new message. Bots should de-duplicate by MsgId (events: FromUserName + CreateTime).
   */
  readonly duplicate: boolean
}

export interface PushAnalysis {
  /** Catalogue type id, e.g. 'text', 'event.CLICK'. */
  readonly typeId: string
  readonly mode: EncryptionMode
  readonly msgType: string
  readonly event?: string
  /** The plaintext XML (the inner XML in encrypted modes). */
  readonly plainXml: string
  readonly overrides: PushOverrides
  /** The last attempt's signature (each attempt also records its own). */
  readonly signature: SignatureBreakdown
  readonly msgSignature?: SignatureBreakdown
  /** How the body was encrypted (compatible and safe mode); identical for every attempt. */
  readonly crypto?: CryptoLayers
  readonly keyUsed?: 'current' | 'previous'
  /** Verdict of each attempt so far, in order (the last one is the Exchange's verdict). */
  readonly attemptOutcomes: readonly VerdictOutcome[]
  /** Absent while the delivery is in progress. */
  readonly dedupe?: DedupeReport
  /** The per-attempt deadline in force; absent in records older than it (then 5000). */
  readonly timeoutMs?: number
  /** Deliveries allowed in all, the first included (protocol.md §7.3: 3). */
  readonly attemptsAllowed?: number
}

export interface VerifyAnalysis {
  readonly verdict: VerifyVerdict
  /** The handshake's signature (the probe, when sent, carries a forged one). */
  readonly signature: SignatureBreakdown
  readonly echostr: string
  /** The deadline in force; absent in records older than it (then 5000). */
  readonly timeoutMs?: number
}

/** A customer-service window grant as the platform saw it when a bot sent (protocol.md §10.3). */
export interface WindowGrantFact {
  readonly trigger: string
  readonly left: number
  readonly closesAt: number
}

/** One OAuth rule finding (protocol.md §9), as codes. */
export interface OauthFindingFact {
  readonly code: string
  readonly severity: 'error' | 'warning'
  readonly detail: Readonly<Record<string, string | number>>
  readonly wechatErrcode?: number
}

/**
 * What the mock platform noted about one call it served — the API (/cgi-bin, /sns) and the OAuth
 * pages alike, since /sns calls note OAuth facts on an API exchange: codes, never sentences.
 */
export interface PlatformAnalysis {
  /** Why the call was refused or odd, e.g. 'unknown-api', 'body-too-large', a menu rule. */
  readonly problem?: string
  /** Warning codes, e.g. 'content-type-not-json'. */
  readonly warnings?: readonly string[]
  readonly bodyProblem?: string
  readonly limitBytes?: number
  readonly parserError?: string
  /** Where in the body the problem is (a JSON path). */
  readonly at?: string
  readonly reason?: string
  readonly window?: readonly WindowGrantFact[]
  /** OAuth (protocol.md §9): how the authorize pages ended, what was asked for, what was wrong. */
  readonly outcome?: 'code' | 'denied' | 'consent-page' | 'error-page'
  readonly scope?: string
  readonly lang?: string
  readonly grantType?: string
  readonly expected?: string
  readonly findings?: readonly OauthFindingFact[]
  /** The phone had no chosen user, so the account's first user stood in. */
  readonly phoneUser?: 'first-user-of-account'
}

export type ApiAnalysis = PlatformAnalysis
export type OauthAnalysis = PlatformAnalysis

/**
 * wx.config's verdict as the phone browser's JS-SDK gave it (protocol.md §11): what was hashed,
 * what the page sent, and WeChat's errMsg. Codes and values only; words live in shared/explain.
 */
export interface JssdkConfigFact {
  /** WeChat's own message, e.g. 'config:ok', 'config:invalid signature', 'config:invalid url domain'. */
  readonly errMsg: string
  readonly ok: boolean
  /** Why it failed, as a code: 'invalid-signature', 'invalid-url-domain', 'invalid-appid', … */
  readonly problem?: string
  readonly appId: string
  readonly timestamp: string
  readonly nonceStr: string
  readonly jsApiList: readonly string[]
  /** The page's own address as the phone's user sees it; its `#…` removed for signing. */
  readonly url: string
  readonly fragmentStripped?: string
  /** The jsapi_ticket in force for the account. */
  readonly ticket: string
  /** The exact string mpsim hashed, and its sha1: the signature WeChat expected. */
  readonly string1: string
  readonly expectedSignature: string
  readonly givenSignature: string
  /**
   * What the page's signature was made over, when mpsim could tell (a JssdkSignatureMatch code,
   * shared/model/jssdk-codes.ts): 'page-url', 'gateway-url' (accepted, with a note), or a classic
   * mistake such as 'url-with-fragment'. Absent: no known variant matched.
   */
  readonly signatureMatch?: string
  /** The string1 that does hash to the page's signature, when signatureMatch names a mistake. */
  readonly signedString1?: string
  /** The page's domain and the account's JS-safe domains it was checked against. */
  readonly domain: string
  readonly allowedDomains: readonly string[]
}

/** Another `wx.*` call a page made in the phone browser, and what mpsim answered. */
export interface JssdkCallFact {
  /** e.g. 'chooseImage', 'getLocation', 'updateAppMessageShareData'. */
  readonly api: string
  /** The call's arguments without callbacks, as JSON text. */
  readonly args: string
  /** The result handed to the page's success/fail callback, as JSON text. */
  readonly answer: string
  readonly ok: boolean
}

/**
 * One request of a page in the phone browser (WeChat's in-app browser): a page load, a redirect
 * hop, a form post, a script's fetch, a JS-SDK call. Recorded with the address the phone's user
 * sees (the real host), not the loopback gateway that carried it.
 */
export interface PageAnalysis {
  /** The address the page asked for, e.g. http://127.0.0.1:5176/oauth/start?scope=… */
  readonly url: string
  /** Who answered: the site itself, or mpsim's mock standing in for a WeChat host. */
  readonly routedTo: 'site' | 'platform'
  /** The WeChat host the address named, when the mock answered for it (open.weixin.qq.com …). */
  readonly wechatHost?: string
  /** What the request was: a page load, a form post, a script's request, a JS-SDK call. */
  readonly purpose: 'navigate' | 'form' | 'fetch' | 'jssdk'
  /** A redirect's target as a real address (3xx answers). */
  readonly redirectTo?: string
  /** The HTML page's <title>, when the answer was a page. */
  readonly title?: string
  /** The phone-browser walk this request belongs to: one id from opening an address until the next. */
  readonly walkId?: string
  readonly jssdkConfig?: JssdkConfigFact
  readonly jssdkCall?: JssdkCallFact
  /** What mpsim changed or noticed on the way, as codes (e.g. 'frame-block-removed'). */
  readonly notes?: readonly string[]
}
