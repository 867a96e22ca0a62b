/**
 * Replies to event pushes (MsgType=event, protocol.md §6). Event names are case-sensitive: `subscribe`
 * is lower case, `CLICK` upper case.
 */
import type { InboundPush } from '../wechat/inbound-push'
import { findKeyword, KEYWORDS } from './keywords'
import { NO_REPLY, text } from './reply'
import type { Decision, ReplyContext } from './reply'
import { helpText, welcomeText } from './texts'

export function decideEvent(push: InboundPush, context: ReplyContext): Decision {
  switch (push.event ?? '') {
    case 'subscribe': {
      // Following through a parametric QR code sets EventKey to `qrscene_` + the scene (protocol.md §6).
      const key = push.eventKey ?? ''
      const scene = key.startsWith('qrscene_') ? key.slice('qrscene_'.length) : undefined
      return text(welcomeText(helpText(KEYWORDS), scene))
    }
    case 'unsubscribe':
      // The user has gone: WeChat drops any reply (protocol.md §6), so say nothing.
      return NO_REPLY
    case 'CLICK':
      return decideClick(push, context)
    default:
      // LOCATION reports, VIEW (the user is already on the way to the page), job-finished
      // notices…: nothing to say. `success` acknowledges them, so WeChat does not retry.
      return NO_REPLY
  }
}

/**
 * A menu button of type `click` pushes its `key` as EventKey (protocol.md §6, §10.5). This bot gives
 * menu keys the same meaning as typed keywords, so a button with key `news` or `音乐` works
 * like sending that word; any other key is named back to the user.
 */
function decideClick(push: InboundPush, context: ReplyContext): Decision {
  const key = push.eventKey ?? ''
  const keyword = findKeyword(key)
  if (keyword) return keyword.rule(push, context)
  return text(`你点击了菜单 / You clicked the menu button: ${key}`)
}
