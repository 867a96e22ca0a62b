/**
 * The chat of one user as a list of items, oldest first: what the user sent (from the push
 * exchanges), what the bot answered (the verdict's phone view), and what reached the phone
 * otherwise (customer-service and template messages, system tips). Pure, so it is unit-tested and
 * cheap to recompute when an exchange arrives.
 */
import type { PhoneMessageDto } from '../../../../shared/control/workspace-schemas'
import type { Exchange } from '../../../../shared/model/exchange'
import type { NewsArticle, PhoneView } from '../../../../shared/model/verdict'
import { readOutgoing } from './outgoing'
import type { Outgoing } from './outgoing'

export type BotView =
  | PhoneView
  | {
      readonly kind: 'template'
      readonly title: string
      readonly fields: readonly (readonly [string, string])[]
      readonly url?: string
    }

export type ChatItem =
  | {
      readonly key: string
      readonly from: 'user'
      readonly message: Outgoing
      readonly exchangeId: string
    }
  | {
      readonly key: string
      readonly from: 'dev'
      readonly note: DevNote
      readonly exchangeId?: string
    }
  | {
      readonly key: string
      readonly from: 'bot'
      readonly view: BotView
      readonly exchangeId?: string
      readonly source: string
    }
  | { readonly key: string; readonly from: 'system'; readonly exchangeId?: string }

/** Things real WeChat does not show but a developer wants to see. */
export type DevNote =
  | { readonly kind: 'event'; readonly event: string; readonly key?: string }
  | { readonly kind: 'no-reply'; readonly reason: string }
  | { readonly kind: 'transfer'; readonly kfAccount?: string }

interface Timed {
  readonly time: number
  readonly order: number
  readonly items: ChatItem[]
}

export function buildTimeline(
  exchanges: readonly Exchange[],
  phoneMessages: readonly PhoneMessageDto[],
  accountId: string | undefined,
  openid: string | undefined,
): ChatItem[] {
  if (!accountId || !openid) return []
  const groups: Timed[] = []
  let order = 0
  const answered = new Set<string>()
  for (const exchange of exchanges) {
    if (exchange.kind !== 'push' || exchange.accountId !== accountId) continue
    if (exchange.openid !== openid) continue
    groups.push({ time: exchange.simTime, order: order++, items: pushItems(exchange) })
    answered.add(exchange.id)
  }
  phoneMessages.forEach((message, index) => {
    if (message.accountId !== accountId || message.openid !== openid) return
    // Replies and tips of pushes in the list are already drawn from their exchange.
    if (message.exchangeId !== undefined && answered.has(message.exchangeId)) return
    const item = messageItem(message, index)
    if (item) groups.push({ time: message.simTime, order: order++, items: [item] })
  })
  groups.sort((a, b) => a.time - b.time || a.order - b.order)
  return groups.flatMap((g) => g.items)
}

function pushItems(exchange: Exchange): ChatItem[] {
  const plainXml = exchange.analysis?.['plainXml']
  const outgoing = readOutgoing(typeof plainXml === 'string' ? plainXml : '')
  const items: ChatItem[] = []
  if (outgoing.kind === 'event') {
    items.push({
      key: `${exchange.id}:event`,
      from: 'dev',
      note: {
        kind: 'event',
        event: outgoing.event,
        ...(outgoing.key ? { key: outgoing.key } : {}),
      },
      exchangeId: exchange.id,
    })
  } else {
    items.push({
      key: `${exchange.id}:out`,
      from: 'user',
      message: outgoing,
      exchangeId: exchange.id,
    })
  }
  const verdict = exchange.verdict
  if (!verdict) return items
  const view = verdict.phoneView
  if (view.kind === 'error-banner') {
    items.push({ key: `${exchange.id}:tip`, from: 'system', exchangeId: exchange.id })
  } else if (view.kind === 'transfer') {
    items.push({
      key: `${exchange.id}:transfer`,
      from: 'dev',
      note: { kind: 'transfer', ...(view.kfAccount ? { kfAccount: view.kfAccount } : {}) },
      exchangeId: exchange.id,
    })
  } else if (view.kind === 'none') {
    const reason = verdict.outcome === 'no-reply' ? verdict.reason : 'empty'
    items.push({
      key: `${exchange.id}:none`,
      from: 'dev',
      note: { kind: 'no-reply', reason },
      exchangeId: exchange.id,
    })
  } else {
    items.push({
      key: `${exchange.id}:in`,
      from: 'bot',
      view,
      exchangeId: exchange.id,
      source: 'passive-reply',
    })
  }
  return items
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

function messageItem(message: PhoneMessageDto, index: number): ChatItem | undefined {
  const key = `pm:${index}:${message.simTime}`
  const base = message.exchangeId === undefined ? {} : { exchangeId: message.exchangeId }
  if (message.source === 'system-tip') return { key, from: 'system', ...base }
  const view =
    message.source === 'template'
      ? templateView(message.payload)
      : message.source === 'custom-send'
        ? customView(message.msgType, message.payload)
        : (message.payload as unknown as PhoneView)
  if (!view) return undefined
  return { key, from: 'bot', view, source: message.source, ...base }
}

/** A customer-service message (JSON as the bot posted it) in the phone's terms. */
export function customView(
  msgType: string,
  p: Readonly<Record<string, unknown>>,
): BotView | undefined {
  switch (msgType) {
    case 'text':
      return { kind: 'text', content: str(p['content']) ?? '' }
    case 'image':
    case 'voice':
      return { kind: msgType, mediaId: str(p['media_id']) ?? '' }
    case 'video':
      return {
        kind: 'video',
        mediaId: str(p['media_id']) ?? '',
        ...(str(p['title']) ? { title: str(p['title']) } : {}),
        ...(str(p['description']) ? { description: str(p['description']) } : {}),
      }
    case 'music':
      return {
        kind: 'music',
        thumbMediaId: str(p['thumb_media_id']) ?? '',
        ...(str(p['title']) ? { title: str(p['title']) } : {}),
        ...(str(p['description']) ? { description: str(p['description']) } : {}),
        ...(str(p['musicurl']) ? { musicUrl: str(p['musicurl']) } : {}),
      }
    case 'news': {
      const list = Array.isArray(p['articles']) ? (p['articles'] as Record<string, unknown>[]) : []
      const articles: NewsArticle[] = list.map((a) => ({
        title: str(a['title']),
        description: str(a['description']),
        picUrl: str(a['picurl']),
        url: str(a['url']),
      }))
      return { kind: 'news', articles }
    }
    default:
      // msgmenu, wxcard, miniprogrampage…: shown as a text summary of what arrived.
      return { kind: 'text', content: `[${msgType}]` }
  }
}

function templateView(p: Readonly<Record<string, unknown>>): BotView {
  const data = (p['data'] ?? {}) as Record<string, { value?: unknown } | undefined>
  const fields = Object.entries(data)
    .filter(([name]) => name !== 'first' && name !== 'remark')
    .map(([name, item]) => [name, typeof item?.value === 'string' ? item.value : ''] as const)
  const first = data['first']?.value
  return {
    kind: 'template',
    title: typeof first === 'string' && first ? first : (str(p['template_id']) ?? 'template'),
    fields,
    ...(str(p['url']) ? { url: str(p['url']) } : {}),
  }
}
