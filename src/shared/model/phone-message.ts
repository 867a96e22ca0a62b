/**
 * Something a simulated phone was shown outside a passive reply's exchange alone: the reply or the
 * system tip of a push, and what the bot sent through the API (customer-service, template). The
 * core's bus, the control API's list and the event stream all carry this one record.
 */
import { z } from 'zod'
import { SERVICE_UNAVAILABLE_TIP } from './verdict'
import type { NewsArticle, PhoneView } from './verdict'

export const PHONE_MESSAGE_SOURCES = [
  'passive-reply',
  'custom-send',
  'template',
  'system-tip',
  'mass-send',
] as const
export type PhoneMessageSource = (typeof PHONE_MESSAGE_SOURCES)[number]

export interface PhoneMessage {
  readonly accountId: string
  readonly openid: string
  readonly source: PhoneMessageSource
  /** The phone view's kind for replies and tips; the API's msgtype for sends; 'template'. */
  readonly msgType: string
  /**
   * passive-reply / system-tip: the phone view (shared/model/verdict.ts PhoneView);
   * custom-send: the message object of the bot's JSON (msgType 'typing': {command}); template:
   * template_id, url, data, msgid (and the template's content when it exists); mass-send: the
   * message object and msg_id.
   */
  readonly payload: Readonly<Record<string, unknown>>
  /** Simulated-clock Unix seconds. */
  readonly simTime: number
  /** The push exchange a reply or tip belongs to. */
  readonly exchangeId?: string
}

export const phoneMessageSchema: z.ZodType<PhoneMessage> = z.object({
  accountId: z.string(),
  openid: z.string(),
  source: z.enum(PHONE_MESSAGE_SOURCES),
  msgType: z.string(),
  payload: z.record(z.string(), z.unknown()),
  simTime: z.number(),
  exchangeId: z.string().optional(),
})

// JSON drops undefined keys; a NewsArticle names all four, possibly undefined.
const article = z
  .object({
    title: z.string().optional(),
    description: z.string().optional(),
    picUrl: z.string().optional(),
    url: z.string().optional(),
  })
  .transform((a): NewsArticle => ({
    title: a.title,
    description: a.description,
    picUrl: a.picUrl,
    url: a.url,
  }))

/** The phone views a passive reply or a system tip carries (verdict.ts PhoneView). */
export const phoneViewSchema: z.ZodType<PhoneView> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), content: z.string() }),
  z.object({ kind: z.enum(['image', 'voice']), mediaId: z.string() }),
  z.object({
    kind: z.literal('video'),
    mediaId: z.string(),
    title: z.string().optional(),
    description: z.string().optional(),
  }),
  z.object({
    kind: z.literal('music'),
    title: z.string().optional(),
    description: z.string().optional(),
    musicUrl: z.string().optional(),
    hqMusicUrl: z.string().optional(),
    thumbMediaId: z.string(),
  }),
  z.object({ kind: z.literal('news'), articles: z.array(article) }),
  z.object({ kind: z.literal('transfer'), kfAccount: z.string().optional() }),
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('error-banner'), text: z.literal(SERVICE_UNAVAILABLE_TIP) }),
])

/**
 * The phone view of a passive reply or a system tip, read from its payload; undefined for the
 * other sources and for a payload that is not a view (so no reader needs to cast).
 */
export function phoneViewOf(message: PhoneMessage): PhoneView | undefined {
  if (message.source !== 'passive-reply' && message.source !== 'system-tip') return undefined
  const parsed = phoneViewSchema.safeParse(message.payload)
  return parsed.success ? parsed.data : undefined
}
