/**
 * What the bot decides to answer, as data. The rules in this folder are pure functions from the
 * push to a Decision; the message route does the I/O (rendering, encryption, timers, API calls).
 * The reply types are the seven passive replies WeChat knows (被动回复, protocol.md §7.1, §7.2), plus
 * "none", which the route answers with the literal `success`.
 */
import type { InboundPush } from '../wechat/inbound-push'
import type { DemoMediaKind } from './demo-media'

export interface Article {
  readonly title: string
  readonly description: string
  /** JPG/PNG, ideally 360×200 (protocol.md §7.2). */
  readonly picUrl: string
  /** Where a tap on the article goes. */
  readonly url: string
}

export type Reply =
  | { readonly type: 'text'; readonly content: string }
  | { readonly type: 'image'; readonly mediaId: string }
  | { readonly type: 'voice'; readonly mediaId: string }
  | {
      readonly type: 'video'
      readonly mediaId: string
      readonly title: string
      readonly description: string
    }
  | {
      readonly type: 'music'
      readonly title: string
      readonly description: string
      readonly musicUrl: string
      readonly hqMusicUrl: string
      readonly thumbMediaId: string
    }
  | { readonly type: 'news'; readonly articles: readonly Article[] }
  /** Hands the conversation to the human agents (多客服); kfAccount targets one of them. */
  | { readonly type: 'transfer_customer_service'; readonly kfAccount?: string }
  /** No message: answered with `success`, so WeChat neither shows anything nor retries (protocol.md §7.3). */
  | { readonly type: 'none' }

/** Work to do after the HTTP answer has gone: here, a customer-service text (protocol.md §10.3). */
export interface FollowUp {
  readonly kind: 'custom-text'
  /** How long the (simulated) work takes before the message is sent. */
  readonly afterMs: number
  readonly content: string
}

export interface Decision {
  readonly reply: Reply
  /** Wait this long before answering — only the slow-wrong demo does this. */
  readonly delayMs?: number
  readonly followUp?: FollowUp
  /**
   * The reply carries a media_id that must be uploaded first (demo-media.ts). The rules stay pure:
   * the route uploads (or reuses) the file and puts the id in with withMediaId().
   */
  readonly uploadMedia?: DemoMediaKind
}

/** What the rules may know besides the push. */
export interface ReplyContext {
  /** The bot's own `http://host:port`, for links in replies. */
  readonly baseUrl: string
  readonly slowDelayMs: number
}

export type Rule = (push: InboundPush, context: ReplyContext) => Decision

export const reply = (r: Reply): Decision => ({ reply: r })
export const text = (content: string): Decision => reply({ type: 'text', content })
export const NO_REPLY: Decision = reply({ type: 'none' })

/** A media reply whose file is uploaded before answering; the id in `r` is the fallback. */
export const withUpload = (kind: DemoMediaKind, r: Reply): Decision => ({
  reply: r,
  uploadMedia: kind,
})

/** The reply with its media_id (a music reply's ThumbMediaId) replaced by `mediaId`. */
export function withMediaId(r: Reply, mediaId: string): Reply {
  switch (r.type) {
    case 'image':
    case 'voice':
    case 'video':
      return { ...r, mediaId }
    case 'music':
      return { ...r, thumbMediaId: mediaId }
    case 'text':
    case 'news':
    case 'transfer_customer_service':
    case 'none':
      return r
  }
}
