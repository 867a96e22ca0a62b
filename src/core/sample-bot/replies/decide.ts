/**
 * From a push to a Decision: events, text keywords, other messages. Pure — no clock, no I/O —
 * so every branch can be read (and tested) as a table.
 */
import type { InboundPush } from '../wechat/inbound-push'
import { pushField } from '../wechat/inbound-push'
import { decideEvent } from './events'
import { findKeyword, KEYWORDS } from './keywords'
import { decideMedia } from './messages'
import { text } from './reply'
import type { Decision, ReplyContext } from './reply'
import { echoText, helpText } from './texts'

export function decide(push: InboundPush, context: ReplyContext): Decision {
  if (push.msgType === 'event') return decideEvent(push, context)
  if (push.msgType !== 'text') return decideMedia(push)
  const content = pushField(push, 'Content') ?? ''
  const keyword = findKeyword(content)
  if (keyword) return keyword.rule(push, context)
  return text(echoText(content, helpText(KEYWORDS)))
}
