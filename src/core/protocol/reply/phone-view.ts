/**
 * What the user's phone shows for an accepted reply (protocol.md §7.2). News is cut to the articles WeChat
 * actually shows (1 or 8, protocol.md §7.2); a transfer to customer service shows nothing by itself.
 */
import type { ParsedReply, PhoneView } from '../../../shared/model/verdict'

export type MessageView = Exclude<PhoneView, { kind: 'none' | 'error-banner' }>

/** Only called for replies without errors, so required fields are present; '' is a safe default. */
export function phoneViewOf(reply: ParsedReply, newsLimit: number): MessageView {
  switch (reply.msgType) {
    case 'text':
      return { kind: 'text', content: reply.content ?? '' }
    case 'image':
    case 'voice':
      return { kind: reply.msgType, mediaId: reply.mediaId ?? '' }
    case 'video':
      return {
        kind: 'video',
        mediaId: reply.mediaId ?? '',
        ...defined({ title: reply.title, description: reply.description }),
      }
    case 'music':
      return {
        kind: 'music',
        thumbMediaId: reply.thumbMediaId ?? '',
        ...defined({
          title: reply.title,
          description: reply.description,
          musicUrl: reply.musicUrl,
          hqMusicUrl: reply.hqMusicUrl,
        }),
      }
    case 'news':
      return { kind: 'news', articles: reply.articles.slice(0, newsLimit) }
    case 'transfer_customer_service':
      return { kind: 'transfer', ...defined({ kfAccount: reply.kfAccount }) }
  }
}

/** Drops undefined entries so optional view fields are absent rather than undefined. */
function defined<T extends Record<string, string | undefined>>(
  fields: T,
): Partial<Record<keyof T, string>> {
  const out: Partial<Record<keyof T, string>> = {}
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const value = fields[key]
    if (value !== undefined) out[key] = value
  }
  return out
}
