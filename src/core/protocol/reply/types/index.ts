/**
 * Per-MsgType body of a passive reply (protocol.md §7.2): one reader per family, each returning the
 * parsed fields and recording what is missing or odd.
 */
import type { ReplyProblem } from '../../../../shared/model/reply-problem-codes'
import type { ParsedReply, ReplyHeader, ReplyMsgType } from '../../../../shared/model/verdict'
import type { XmlNode } from '../../xml-node'
import { readImageOrVoice, readVideo } from './media'
import { readMusic } from './music'
import { readNews } from './news'
import type { NewsContext } from './news'
import { readText } from './text'
import { readTransfer } from './transfer'

export type { NewsContext } from './news'

/** A reply without its header: what the type-specific readers produce. */
export type ReplyBody = DistributiveOmit<ParsedReply, keyof ReplyHeader>
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

export function readReplyBody(
  msgType: ReplyMsgType,
  nodes: readonly XmlNode[],
  problems: ReplyProblem[],
  news: NewsContext,
): ReplyBody {
  switch (msgType) {
    case 'text':
      return readText(nodes, problems)
    case 'image':
    case 'voice':
      return readImageOrVoice(msgType, nodes, problems)
    case 'video':
      return readVideo(nodes, problems)
    case 'music':
      return readMusic(nodes, problems)
    case 'news':
      return readNews(nodes, problems, news)
    case 'transfer_customer_service':
      return readTransfer(nodes, problems)
  }
}
