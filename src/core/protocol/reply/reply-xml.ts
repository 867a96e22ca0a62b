/**
 * Validates a plaintext passive reply, given its root's children (protocol.md §7.1-§7.2), in the order of
 * the protocol.md §7.3 checklist: MsgType known → required children → To/From swapped → CreateTime →
 * news count. The same rules apply to the plaintext inside an encrypted envelope.
 */
import type { ReplyProblem } from '../../../shared/model/reply-problem-codes'
import type { ParsedReply } from '../../../shared/model/verdict'
import type { XmlNode } from '../xml-node'
import { checkAddressing } from './addressing'
import { readHeader } from './header'
import type { PushFacts } from './input'
import { newsArticleLimit } from './limits'
import { readReplyBody } from './types'

export interface ReplyXmlCheck {
  /** Present when MsgType was known; fields absent from the XML are undefined. */
  readonly reply?: ParsedReply
  readonly problems: ReplyProblem[]
}

export function checkReplyXml(
  nodes: readonly XmlNode[],
  push: PushFacts,
  appId: string | undefined,
): ReplyXmlCheck {
  const problems: ReplyProblem[] = []
  const { header, msgType } = readHeader(nodes, problems)
  const body =
    msgType === undefined
      ? undefined
      : readReplyBody(msgType, nodes, problems, {
          articleLimit: newsArticleLimit(push.msgType),
          pushMsgType: push.msgType,
        })
  problems.push(...checkAddressing(header, push, appId))
  return body === undefined ? { problems } : { reply: { ...header, ...body }, problems }
}
