/**
 * validateReply: what WeChat does with a bot's answer to one push (protocol.md §7, §8.5), following the
 * protocol.md §7.3 checklist — timing ≤ 5 s → HTTP status → empty/`success` ⇒ no reply → (aes) envelope →
 * XML with root <xml> → MsgType → required fields → To/From → CreateTime → news count. Every problem
 * is collected, not just the first; the outcome follows from their severities.
 */
import type { Verdict } from '../../../shared/model/verdict'
import { findChild } from '../xml-node'
import type { XmlNode } from '../xml-node'
import { conclude, concludeTimeout } from './conclude'
import type { Judgement } from './conclude'
import { checkEncryptedReply } from './encrypted-reply'
import { ReplyInputError } from './input'
import { checkKnownMedia } from './media-known'
import type { ReplyCheckInput } from './input'
import { problem } from './problems'
import { readBody } from './read-body'
import { checkReplyXml } from './reply-xml'
import { checkReachable, checkTiming } from './timing'
import { checkContentType, checkStatus } from './transport'

/**
 * Judges one answer. Pure: the elapsed time comes in with the response.
 * @throws ReplyInputError when push.mode is `compatible` or `safe` and `crypto` is missing.
 * @example
 * validateReply({
 *   push: { toUserName: 'gh_10f6c3c3ac5a', fromUserName: 'oyORnuP8q7ou2gfYjqLzSIWZf0rs', msgType: 'text', mode: 'plain' },
 *   response: { status: 200, body: 'success', elapsedMs: 120 },
 * }) // → { outcome: 'no-reply', reason: 'success', phoneView: { kind: 'none' }, problems: [no-reply-success] }
 */
export function validateReply(input: ReplyCheckInput): Verdict {
  const { push, response } = input
  if (push.mode !== 'plain' && input.crypto === undefined) {
    throw new ReplyInputError(
      `${push.mode} mode needs the account's Token, EncodingAESKey and AppID`,
    )
  }
  // No answer at all (deadline or network): a retry, or on the last attempt the system tip.
  const unanswered =
    checkTiming(response, input.totalAttempts, input.deadlineMs) ??
    checkReachable(response, input.totalAttempts)
  if (unanswered) return concludeTimeout(unanswered, push, input.finalAttempt ?? false)
  return conclude(judgeResponse(input), push)
}

function judgeResponse(input: ReplyCheckInput): Judgement {
  const status = checkStatus(input.response)
  if (status) return { problems: [status] }
  const reading = readBody(input.response.body)
  switch (reading.kind) {
    case 'no-reply':
      return { problems: reading.problems, noReply: reading.reason }
    case 'refused':
      return { problems: reading.problems }
    case 'xml': {
      const judged = judgeXml(reading.nodes, input)
      return {
        ...judged,
        problems: [
          ...checkContentType(input.response),
          ...reading.notes,
          ...judged.problems,
          ...checkKnownMedia(judged.reply, input.knownMedia),
        ],
      }
    }
  }
}

function judgeXml(nodes: readonly XmlNode[], input: ReplyCheckInput): Judgement {
  const { push, crypto } = input
  if (findChild(nodes, 'Encrypt') !== undefined) {
    // An encrypted reply to a plaintext push: WeChat finds no MsgType to read (protocol.md §7.3).
    if (push.mode === 'plain' || crypto === undefined) {
      return { problems: [problem('envelope-in-plain-mode')] }
    }
    return checkEncryptedReply(nodes, push, crypto)
  }
  const checked = checkReplyXml(nodes, push, crypto?.appId)
  // Compatible mode accepts plaintext or encrypted replies; safe mode only encrypted (protocol.md §7.3).
  if (push.mode !== 'safe') return checked
  return { ...checked, problems: [problem('plaintext-reply-in-safe-mode'), ...checked.problems] }
}
