/**
 * The push as the bot reads it (protocol.md §5, §6): the common header, plus the few fields the replies
 * look at. Parsed with the project's XML codec, which keeps every value a string (MsgId is 64-bit
 * and does not fit a JS number, protocol.md §0 #2) and refuses any DOCTYPE or ENTITY declaration, so an
 * "entity bomb" or an external-entity request never gets expanded.
 *
 * The bot looks fields up by name: real pushes do not always follow the documented order
 * (protocol.md §4.3), so nothing here depends on it.
 */
import { XmlError } from '../../protocol/errors'
import { parseWechatXml } from '../../protocol/xml-codec'
import { childText } from '../../protocol/xml-node'
import type { XmlNode } from '../../protocol/xml-node'
import { BotHttpError } from '../http/bot-error'

export interface InboundPush {
  /** The account's original id (`gh_…`): becomes the reply's FromUserName. */
  readonly toUserName: string
  /** The user's openid: becomes the reply's ToUserName. */
  readonly fromUserName: string
  readonly createTime: string
  readonly msgType: string
  /** Ordinary messages only; a string, never a number. */
  readonly msgId: string | undefined
  /** Events only (`subscribe`, `CLICK`, …). Case-sensitive as WeChat sends it. */
  readonly event: string | undefined
  readonly eventKey: string | undefined
  /** Every element, for the fields not named above. */
  readonly nodes: readonly XmlNode[]
}

/** Parses plaintext push XML (or an encrypted push's decrypted inner XML). */
export function readPushXml(xml: string): InboundPush {
  const nodes = parseXml(xml)
  const field = (name: string) => childText(nodes, name)
  const missing: string[] = []
  const required = (name: string): string => {
    const value = field(name)
    if (value === undefined || value === '') missing.push(name)
    return value ?? ''
  }
  const toUserName = required('ToUserName')
  const fromUserName = required('FromUserName')
  const msgType = required('MsgType')
  if (missing.length > 0) {
    throw new BotHttpError(
      400,
      'push-field-missing',
      `推送缺少字段 / the push lacks: ${missing.join(', ')}`,
    )
  }
  return {
    toUserName,
    fromUserName,
    createTime: field('CreateTime') ?? '',
    msgType,
    msgId: field('MsgId'),
    event: field('Event'),
    eventKey: field('EventKey'),
    nodes,
  }
}

/** parseWechatXml with its typed XmlError turned into a 400 that names the problem. */
export function parseXml(xml: string): XmlNode[] {
  try {
    return parseWechatXml(xml)
  } catch (error) {
    if (!(error instanceof XmlError)) throw error
    throw new BotHttpError(
      400,
      'xml-invalid',
      `不是有效的微信 XML（${error.code}）。/ Not usable WeChat XML (${error.code}): ${error.message}`,
    )
  }
}

/** Text of a field the generic header does not name (Content, MediaId, Recognition…). */
export function pushField(push: InboundPush, name: string): string | undefined {
  return childText(push.nodes, name)
}
