/**
 * What the validator is told about one push and the bot's answer to it. The push engine fills it
 * from an attempt; tests and the CLI build it by hand. Time is passed in (elapsedMs), never read.
 */
import { MpsimError } from '../../errors'

/** How the push was delivered (protocol.md §2 "Mode", §4.1). */
export type PushMode = 'plain' | 'compatible' | 'safe'

/** The push being answered: only the facts the reply rules depend on. */
export interface PushFacts {
  /** The account's original id (`gh_…`): the push's ToUserName, the reply's FromUserName. */
  readonly toUserName: string
  /** The user's openid: the push's FromUserName, the reply's ToUserName. */
  readonly fromUserName: string
  /** The push's MsgType (`text`, `event`, ...): decides the news article limit (protocol.md §7.2). */
  readonly msgType: string
  /** The push's Event when msgType is `event` (`unsubscribe` replies are dropped, protocol.md §6). */
  readonly event?: string
  readonly mode: PushMode
}

/** The bot's HTTP answer as recorded. */
export interface ResponseFacts {
  /** @default 200 */
  readonly status?: number
  /** The response's Content-Type header, if any. WeChat ignores it (protocol.md §7.1). */
  readonly contentType?: string
  /** The raw body text; may be empty. */
  readonly body: string
  /** Time from request to complete response. */
  readonly elapsedMs?: number
  /** True when the attempt was cut off at the deadline (then body and status are ignored). */
  readonly timedOut?: boolean
  /**
   * The attempt got no HTTP answer at all (refused, reset, DNS, TLS...). WeChat treats it like a
   * timeout: it retries, and after the last attempt shows the system tip (protocol.md §7.3).
   */
  readonly networkError?: { readonly code: string; readonly message: string }
}

/** The account's message-encryption settings (protocol.md §2, §8.1). */
export interface CryptoSettings {
  readonly token: string
  readonly encodingAesKey: string
  /** The key before the last change; WeChat may still use it for a while (protocol.md §2). */
  readonly previousEncodingAesKey?: string
  readonly appId: string
}

export interface ReplyCheckInput {
  readonly push: PushFacts
  readonly response: ResponseFacts
  /** Required when push.mode is `compatible` or `safe`. */
  readonly crypto?: CryptoSettings
  /**
   * Whether this was the last delivery attempt. A timeout on the last attempt is when the user
   * sees the system tip (protocol.md §7.3); earlier timeouts only trigger a retry.
   * @default false
   */
  readonly finalAttempt?: boolean
  /** Deliveries in all, for the explanation. @default 3 (protocol.md §7.3) */
  readonly totalAttempts?: number
  /** The per-attempt deadline in force. @default 5000 (WeChat's, protocol.md §7.3) */
  readonly deadlineMs?: number
  /**
   * Whether a media id the reply names exists for the account (docs/api-media.md). Absent: media
   * ids are not checked.
   */
  readonly knownMedia?: (mediaId: string) => 'ok' | 'unknown' | 'expired'
}

/** The input cannot be judged (e.g. an encrypted mode without keys): a caller bug, not a verdict. */
export class ReplyInputError extends MpsimError {
  override readonly code = 'reply-input-invalid'
}
