/**
 * Hand the conversation to customer service (protocol.md §7.2): no body, or <TransInfo><KfAccount> naming
 * one agent (`account@wechatid`). The user sees nothing in the chat from this reply itself.
 */
import type { ReplyProblem } from '../../../../shared/model/reply-problem-codes'
import type { XmlNode } from '../../xml-node'
import { groupChildren, requiredText } from '../field-reader'

export function readTransfer(nodes: readonly XmlNode[], problems: ReplyProblem[]) {
  const transInfo = groupChildren(nodes, 'TransInfo')
  return {
    msgType: 'transfer_customer_service' as const,
    kfAccount:
      transInfo === undefined
        ? undefined
        : requiredText(transInfo, 'KfAccount', problems, 'TransInfo/KfAccount'),
  }
}
