/**
 * From the problems found to the verdict (protocol.md §7.3): `success`/empty ⇒ no reply; a reply to an
 * `unsubscribe` push ⇒ dropped (protocol.md §6); any error ⇒ the system tip; otherwise the reply as the
 * phone shows it. Also the verdict recorded when judging itself failed (`concludeInternalError`).
 */
import type { ReplyProblem } from '../../../shared/model/reply-problem-codes'
import { SERVICE_UNAVAILABLE_TIP } from '../../../shared/model/verdict'
import type { EnvelopeReport, ParsedReply, Verdict } from '../../../shared/model/verdict'
import type { PushFacts } from './input'
import { newsArticleLimit } from './limits'
import { phoneViewOf } from './phone-view'
import { firstError, problem } from './problems'

/** Everything found about one answer, before the outcome is decided. */
export interface Judgement {
  readonly problems: readonly ReplyProblem[]
  readonly reply?: ParsedReply
  readonly envelope?: EnvelopeReport
  /** Set when the body itself means "no reply" (protocol.md §7.3). */
  readonly noReply?: 'empty' | 'success'
}

export const NO_VIEW = { kind: 'none' } as const
export const BANNER = { kind: 'error-banner', text: SERVICE_UNAVAILABLE_TIP } as const

export function isUnsubscribe(push: PushFacts): boolean {
  return push.msgType === 'event' && push.event === 'unsubscribe'
}

export function conclude(judgement: Judgement, push: PushFacts): Verdict {
  const { problems, reply, envelope, noReply } = judgement
  const base = {
    problems,
    ...(reply ? { reply } : {}),
    ...(envelope ? { envelope } : {}),
  }
  if (noReply) return { ...base, outcome: 'no-reply', reason: noReply, phoneView: NO_VIEW }
  if (isUnsubscribe(push)) {
    // The user has just unfollowed: WeChat discards whatever comes back. Problems found are still
    // listed, because the same code path will answer other pushes.
    return {
      ...base,
      problems: [...problems, problem('unsubscribe-reply-dropped')],
      outcome: 'no-reply',
      reason: 'unsubscribe',
      phoneView: NO_VIEW,
    }
  }
  const error = firstError(problems)
  if (error)
    return { ...base, outcome: 'service-unavailable', cause: error.code, phoneView: BANNER }
  if (!reply) throw new Error('unreachable: a reply without errors always has a known MsgType')
  return {
    ...base,
    reply,
    outcome: 'reply',
    phoneView: phoneViewOf(reply, newsArticleLimit(push.msgType)),
  }
}

/** A timed-out attempt: the body is never read; the tip appears only after the last attempt. */
export function concludeTimeout(timeout: ReplyProblem, push: PushFacts, final: boolean): Verdict {
  return final && !isUnsubscribe(push)
    ? {
        problems: [timeout],
        outcome: 'service-unavailable',
        cause: timeout.code,
        phoneView: BANNER,
      }
    : { problems: [timeout], outcome: 'no-reply', reason: 'timeout', phoneView: NO_VIEW }
}

/** Longest error message kept in the problem's detail: enough to report, not a copy of the body. */
const INTERNAL_MESSAGE_CHARS = 300

/**
 * The verdict when judging an answer threw: a bug in mpsim, not a finding about the bot. The caller
 * records it like any other, so the push and the bot's response stay in the log to be reported;
 * the tip is what the phone shows because a body mpsim cannot read is most likely one WeChat
 * refuses too.
 */
export function concludeInternalError(error: unknown): Verdict {
  const name = error instanceof Error ? error.name : typeof error
  const message = error instanceof Error ? error.message : String(error)
  const internal = problem('mpsim-internal-error', {
    error: name,
    message: message.slice(0, INTERNAL_MESSAGE_CHARS),
  })
  return {
    problems: [internal],
    outcome: 'service-unavailable',
    cause: internal.code,
    phoneView: BANNER,
  }
}
