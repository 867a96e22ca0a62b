/**
 * The chat of one user as a list of items, oldest first: what the user sent (from the push
 * exchanges), what the bot answered (the verdict's phone view), and what reached the phone
 * otherwise (customer-service and template messages, system tips). Pure, so it is unit-tested and
 * cheap to recompute when an exchange arrives.
 */
import type { PhoneMessageDto } from '../../../../shared/control/workspace-schemas'
import { phoneViewOf } from '../../../../shared/model/phone-message'
import type { Exchange } from '../../../../shared/model/exchange'
import type { PhoneView } from '../../../../shared/model/verdict'
import { customView, templateView } from './bot-views'
import type { BotView } from './bot-views'
import { readOutgoing } from './outgoing'
import { isTyping } from './typing'
import type { Outgoing } from './outgoing'

export type ChatItem =
  | {
      readonly key: string
      readonly from: 'user'
      readonly message: Outgoing
      readonly exchangeId: string
      /** Still being delivered (a retry may be running): the bubble shows it is on its way. */
      readonly sending?: boolean
    }
  | {
      readonly key: string
      readonly from: 'dev'
      readonly note: DevNote
      readonly exchangeId?: string
      readonly sending?: boolean
    }
  | {
      readonly key: string
      readonly from: 'bot'
      readonly view: BotView
      readonly source: PhoneMessageDto['source']
      readonly exchangeId?: string
    }
  | { readonly key: string; readonly from: 'system'; readonly exchangeId?: string }

/** Things real WeChat does not show but a developer wants to see. */
export type DevNote =
  | {
      readonly kind: 'event'
      readonly typeId: string
      readonly event: string
      readonly key?: string
    }
  | { readonly kind: 'no-reply'; readonly reason: string }
  | { readonly kind: 'transfer'; readonly kfAccount?: string }

/**
 * Both lists are in the order things happened; the phone messages also carry the replies and tips
 * of pushes (with their exchangeId), which anchors each such push in that one order. So: walk the
 * phone messages, and before each one draw the pushes that came before it — up to its own push
 * for a reply or tip, else those of an earlier simulated second. Sorting by simTime alone could not
 * order a push and a customer-service message of the same second.
 */
export function buildTimeline(
  exchanges: readonly Exchange[],
  phoneMessages: readonly PhoneMessageDto[],
  accountId: string | undefined,
  openid: string | undefined,
): ChatItem[] {
  if (!accountId || !openid) return []
  const pushes = exchanges.filter(
    (e) => e.kind === 'push' && e.accountId === accountId && e.openid === openid,
  )
  const indexOf = new Map(pushes.map((e, i) => [e.id, i]))
  const items: ChatItem[] = []
  let next = 0
  const drawUpTo = (last: number) => {
    for (; next <= last && next < pushes.length; next++) items.push(...pushItems(pushes[next]!))
  }
  const drawBefore = (simTime: number) => {
    for (; next < pushes.length && pushes[next]!.simTime < simTime; next++) {
      items.push(...pushItems(pushes[next]!))
    }
  }
  phoneMessages.forEach((message, index) => {
    if (message.accountId !== accountId || message.openid !== openid) return
    // "Typing…" shows in the chat's title (see typing.ts), never as a message.
    if (isTyping(message)) return
    const anchor = message.exchangeId === undefined ? undefined : indexOf.get(message.exchangeId)
    // A reply or tip of a push in the list is drawn from its exchange.
    if (anchor !== undefined) return drawUpTo(anchor)
    drawBefore(message.simTime)
    items.push(messageItem(message, `pm:${index}:${message.simTime}`))
  })
  drawUpTo(pushes.length - 1)
  return items
}

function pushItems(exchange: Exchange): ChatItem[] {
  const outgoing = readOutgoing(exchange.kind === 'push' ? exchange.analysis.plainXml : '')
  const id = exchange.id
  const sending = exchange.kind === 'push' && exchange.inProgress === true ? { sending: true } : {}
  const first: ChatItem =
    outgoing.kind === 'event'
      ? {
          key: `${id}:event`,
          from: 'dev',
          note: {
            kind: 'event',
            typeId: exchange.title,
            event: outgoing.event,
            ...(outgoing.key ? { key: outgoing.key } : {}),
          },
          exchangeId: id,
          ...sending,
        }
      : { key: `${id}:out`, from: 'user', message: outgoing, exchangeId: id, ...sending }
  const verdict = exchange.verdict
  if (!verdict || exchange.inProgress === true) return [first]
  const reason = verdict.outcome === 'no-reply' ? verdict.reason : 'empty'
  return [first, viewItem(verdict.phoneView, `${id}:in`, 'passive-reply', id, reason)]
}

/** The item for what the bot's answer makes the phone show. */
function viewItem(
  view: PhoneView,
  key: string,
  source: PhoneMessageDto['source'],
  exchangeId: string | undefined,
  noReplyReason = 'empty',
): ChatItem {
  const id = exchangeId === undefined ? {} : { exchangeId }
  if (view.kind === 'error-banner') return { key, from: 'system', ...id }
  if (view.kind === 'transfer') {
    const kf = view.kfAccount ? { kfAccount: view.kfAccount } : {}
    return { key, from: 'dev', note: { kind: 'transfer', ...kf }, ...id }
  }
  if (view.kind === 'none') {
    return { key, from: 'dev', note: { kind: 'no-reply', reason: noReplyReason }, ...id }
  }
  return { key, from: 'bot', view, source, ...id }
}

function messageItem(message: PhoneMessageDto, key: string): ChatItem {
  const id = message.exchangeId === undefined ? {} : { exchangeId: message.exchangeId }
  switch (message.source) {
    case 'system-tip':
      return { key, from: 'system', ...id }
    case 'template':
      return { key, from: 'bot', view: templateView(message.payload), source: 'template', ...id }
    case 'custom-send':
    case 'mass-send':
      return {
        key,
        from: 'bot',
        view: customView(message.msgType, message.payload),
        source: message.source,
        ...id,
      }
    case 'passive-reply':
      // The passive reply of an exchange the UI no longer holds: its payload is the phone view.
      return viewItem(
        phoneViewOf(message) ?? { kind: 'none' },
        key,
        'passive-reply',
        message.exchangeId,
      )
  }
}
