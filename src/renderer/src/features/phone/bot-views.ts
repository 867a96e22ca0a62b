/**
 * Messages the bot sent through the API, in the phone's terms: a customer-service message (the
 * JSON body the bot posted to /cgi-bin/message/custom/send, protocol.md §10.3) becomes the same view as a
 * passive reply; a template message (/cgi-bin/message/template/send, protocol.md §10.4) becomes WeChat's
 * template card.
 */
import type { NewsArticle, PhoneView } from '../../../../shared/model/verdict'

export interface TemplateView {
  readonly kind: 'template'
  readonly templateId: string
  /** The account's template title, when the template exists (the platform adds it). */
  readonly title?: string
  /** The template's content with the bot's data put in, one entry per line (WeChat's card). */
  readonly rendered?: readonly string[]
  /** `first`: the opening line of old-style templates. */
  readonly first?: string
  /** keyword1…, thing1…: one row each, in the order the bot sent them. */
  readonly fields: readonly (readonly [string, string])[]
  readonly remark?: string
  readonly url?: string
}

/** A customer-service message type the phone has no bubble for (msgmenu, wxcard…). */
export interface OtherView {
  readonly kind: 'other'
  readonly msgType: string
}

export type BotView =
  Exclude<PhoneView, { kind: 'transfer' | 'none' | 'error-banner' }> | TemplateView | OtherView

type Json = Readonly<Record<string, unknown>>

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)

/** Optional properties only when present (exactOptionalPropertyTypes). */
function some<T extends Record<string, unknown>>(entries: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(entries).filter(([, v]) => v !== undefined),
  ) as Partial<T>
}

export function customView(msgType: string, p: Json): BotView {
  switch (msgType) {
    case 'text':
      return { kind: 'text', content: typeof p['content'] === 'string' ? p['content'] : '' }
    case 'image':
    case 'voice':
      return { kind: msgType, mediaId: str(p['media_id']) ?? '' }
    case 'video':
      return {
        kind: 'video',
        mediaId: str(p['media_id']) ?? '',
        ...some({ title: str(p['title']), description: str(p['description']) }),
      }
    case 'music':
      return {
        kind: 'music',
        thumbMediaId: str(p['thumb_media_id']) ?? '',
        ...some({
          title: str(p['title']),
          description: str(p['description']),
          musicUrl: str(p['musicurl']),
          hqMusicUrl: str(p['hqmusicurl']),
        }),
      }
    case 'news': {
      const list = Array.isArray(p['articles']) ? (p['articles'] as Json[]) : []
      const articles: NewsArticle[] = list.map((a) => ({
        title: str(a['title']),
        description: str(a['description']),
        picUrl: str(a['picurl']),
        url: str(a['url']),
      }))
      return { kind: 'news', articles }
    }
    default:
      return { kind: 'other', msgType }
  }
}

export function templateView(p: Json): TemplateView {
  const data = (typeof p['data'] === 'object' && p['data'] !== null ? p['data'] : {}) as Json
  const valueOf = (name: string): string | undefined => {
    const item = data[name]
    return typeof item === 'object' && item !== null ? str((item as Json)['value']) : undefined
  }
  const fields = Object.keys(data)
    .filter((name) => name !== 'first' && name !== 'remark')
    .map((name) => [name, valueOf(name) ?? ''] as const)
  const rendered = Array.isArray(p['rendered'])
    ? p['rendered'].filter((line): line is string => typeof line === 'string')
    : undefined
  return {
    kind: 'template',
    templateId: str(p['template_id']) ?? '',
    fields,
    ...some({
      title: str(p['title']),
      rendered,
      first: valueOf('first'),
      remark: valueOf('remark'),
      url: str(p['url']),
    }),
  }
}
