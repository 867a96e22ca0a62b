/**
 * The verdict on a bot's answer to one push (docs/design.md "The Exchange record"; protocol.md §7, §8.5):
 * what WeChat does with it, what the user's phone shows, the reply as parsed, and every problem
 * found. A verdict is a value, never an exception: refusing a reply is what judging is for.
 */
import type { ReplyProblem, ReplyProblemCode } from './reply-problem-codes'

export type {
  ReplyProblem,
  ReplyProblemCode,
  ReplySeverity,
  ReplySpecRef,
} from './reply-problem-codes'

/** The passive-reply MsgTypes WeChat knows (protocol.md §7.1). */
export const REPLY_MSG_TYPES = [
  'text',
  'image',
  'voice',
  'video',
  'music',
  'news',
  'transfer_customer_service',
] as const
export type ReplyMsgType = (typeof REPLY_MSG_TYPES)[number]

/**
 * The system tip WeChat shows in the chat when a reply is refused or never arrives (protocol.md §7.3).
 * It is the phone's own wording, shown verbatim in every UI language.
 */
export const SERVICE_UNAVAILABLE_TIP = '该公众号暂时无法提供服务，请稍后再试'

/** The addressing every reply carries (protocol.md §7.1); undefined when the element is absent. */
export interface ReplyHeader {
  readonly toUserName: string | undefined
  readonly fromUserName: string | undefined
  readonly createTime: string | undefined
}

export interface NewsArticle {
  readonly title: string | undefined
  readonly description: string | undefined
  readonly picUrl: string | undefined
  readonly url: string | undefined
}

/** The reply as found in the XML, one variant per MsgType (protocol.md §7.2). Absent fields are undefined. */
export type ParsedReply = ReplyHeader &
  (
    | { readonly msgType: 'text'; readonly content: string | undefined }
    | { readonly msgType: 'image' | 'voice'; readonly mediaId: string | undefined }
    | {
        readonly msgType: 'video'
        readonly mediaId: string | undefined
        readonly title: string | undefined
        readonly description: string | undefined
      }
    | {
        readonly msgType: 'music'
        readonly title: string | undefined
        readonly description: string | undefined
        readonly musicUrl: string | undefined
        readonly hqMusicUrl: string | undefined
        readonly thumbMediaId: string | undefined
      }
    | {
        readonly msgType: 'news'
        /** As written (it should be an integer equal to the item count). */
        readonly articleCount: string | undefined
        readonly articles: readonly NewsArticle[]
      }
    | { readonly msgType: 'transfer_customer_service'; readonly kfAccount: string | undefined }
  )

/** What the user's phone shows for this answer. */
export type PhoneView =
  | { readonly kind: 'text'; readonly content: string }
  | { readonly kind: 'image' | 'voice'; readonly mediaId: string }
  | {
      readonly kind: 'video'
      readonly mediaId: string
      readonly title?: string
      readonly description?: string
    }
  | {
      readonly kind: 'music'
      readonly title?: string
      readonly description?: string
      readonly musicUrl?: string
      readonly hqMusicUrl?: string
      readonly thumbMediaId: string
    }
  /** The articles actually shown: at most 1 or 8 depending on the push (protocol.md §7.2). */
  | { readonly kind: 'news'; readonly articles: readonly NewsArticle[] }
  /** Nothing appears in the chat: the message went to the customer-service agents (protocol.md §7.2). */
  | { readonly kind: 'transfer'; readonly kfAccount?: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'error-banner'; readonly text: typeof SERVICE_UNAVAILABLE_TIP }

/** How an encrypted reply envelope was checked (protocol.md §8.5), for the inspector. */
export interface EnvelopeReport {
  readonly timeStamp: string | undefined
  readonly nonce: string | undefined
  readonly msgSignature: string | undefined
  /** sha1 recomputed from Token and the envelope's own TimeStamp, Nonce and Encrypt. */
  readonly expectedSignature?: string
  /** The values in the byte-wise order they were hashed (protocol.md §8.4). */
  readonly sortedParts?: readonly string[]
  /** Which EncodingAESKey decrypted it, if any. */
  readonly keyUsed?: 'current' | 'previous'
  /** The AppID found at the end of the plaintext (protocol.md §8.2). */
  readonly receiveId?: string
  readonly padValue?: number
  /** The decrypted reply, validated with the plaintext rules. */
  readonly innerXml?: string
}

/** Why nothing reached the user although nothing was refused. */
export type NoReplyReason = 'empty' | 'success' | 'timeout' | 'unsubscribe'

interface VerdictBase {
  /** The reply as parsed (the decrypted one for an encrypted envelope), when it had a known MsgType. */
  readonly reply?: ParsedReply
  /** Every problem found, in the order found: errors, warnings and notes. */
  readonly problems: readonly ReplyProblem[]
  readonly envelope?: EnvelopeReport
}

export type Verdict =
  | (VerdictBase & {
      readonly outcome: 'reply'
      readonly reply: ParsedReply
      readonly phoneView: Exclude<PhoneView, { kind: 'none' | 'error-banner' }>
    })
  | (VerdictBase & {
      readonly outcome: 'no-reply'
      readonly reason: NoReplyReason
      readonly phoneView: { readonly kind: 'none' }
    })
  | (VerdictBase & {
      readonly outcome: 'service-unavailable'
      /** The first error: the one to show first. */
      readonly cause: ReplyProblemCode
      readonly phoneView: Extract<PhoneView, { kind: 'error-banner' }>
    })

export type VerdictOutcome = Verdict['outcome']
