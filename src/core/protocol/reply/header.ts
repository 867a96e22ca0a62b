/**
 * The four fields every passive reply starts with (protocol.md §7.1): ToUserName, FromUserName,
 * CreateTime (integer seconds; 13-digit milliseconds tolerated, protocol.md §0 #7) and MsgType (one of
 * seven). Addressing is checked separately (addressing.ts).
 */
import type { ReplyProblem } from '../../../shared/model/reply-problem-codes'
import { REPLY_MSG_TYPES } from '../../../shared/model/verdict'
import type { ReplyHeader, ReplyMsgType } from '../../../shared/model/verdict'
import type { XmlNode } from '../xml-node'
import { requiredText } from './field-reader'
import { MILLISECONDS_PATTERN } from './limits'
import { fact, problem } from './problems'

export interface HeaderReading {
  readonly header: ReplyHeader
  /** Undefined when MsgType is missing or not one WeChat knows. */
  readonly msgType: ReplyMsgType | undefined
}

export function readHeader(nodes: readonly XmlNode[], problems: ReplyProblem[]): HeaderReading {
  const toUserName = requiredText(nodes, 'ToUserName', problems)
  const fromUserName = requiredText(nodes, 'FromUserName', problems)
  const createTime = requiredText(nodes, 'CreateTime', problems)
  const rawType = requiredText(nodes, 'MsgType', problems)
  if (createTime !== undefined && createTime.trim() !== '') checkCreateTime(createTime, problems)
  return {
    header: { toUserName, fromUserName, createTime },
    msgType:
      rawType === undefined || rawType.trim() === '' ? undefined : msgTypeOf(rawType, problems),
  }
}

function checkCreateTime(value: string, problems: ReplyProblem[]): void {
  if (!/^\d+$/.test(value)) {
    // `time.time()` without int() gives "1713424427.123"; a list formatted into the template gives
    // "[1682391258]" (a case the protocol.md §7.3 records as refused).
    const hint = /^\d+\.\d+$/.test(value) ? 'float-seconds' : undefined
    problems.push(problem('create-time-not-integer', { got: value, ...fact('hint', hint) }))
  } else if (MILLISECONDS_PATTERN.test(value)) {
    // node-webot/wechat sends Date.now() and WeChat accepts it (protocol.md §0 #7, §13): warn only.
    problems.push(problem('create-time-milliseconds', { got: value, seconds: value.slice(0, 10) }))
  }
}

function msgTypeOf(raw: string, problems: ReplyProblem[]): ReplyMsgType | undefined {
  const known = REPLY_MSG_TYPES.find((t) => t === raw)
  if (known) return known
  // Types are case-sensitive; suggest the one that was meant ("Text", " text").
  const near = REPLY_MSG_TYPES.find((t) => t === raw.trim().toLowerCase())
  problems.push(
    problem('msgtype-unknown', {
      got: raw,
      allowed: REPLY_MSG_TYPES.join(', '),
      ...fact('suggestion', near),
    }),
  )
  return undefined
}
