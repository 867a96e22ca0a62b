/**
 * The passive-reply validator (protocol.md §7, §8.5): `validateReply(input)` → `Verdict`.
 * Words for every problem code live in src/shared/explain/reply-problems.ts.
 */
export { validateReply } from './validate-reply'
export { concludeInternalError } from './conclude'
export { ReplyInputError } from './input'
export type { CryptoSettings, PushFacts, PushMode, ReplyCheckInput, ResponseFacts } from './input'
export {
  DELIVERY_ATTEMPTS,
  NEWS_LIMIT_MESSAGE,
  NEWS_LIMIT_OTHER,
  REPLY_DEADLINE_MS,
  TEXT_CONTENT_BYTE_LIMIT,
  newsArticleLimit,
} from './limits'
export { hasErrors } from './problems'
export type {
  EnvelopeReport,
  NewsArticle,
  NoReplyReason,
  ParsedReply,
  PhoneView,
  ReplyHeader,
  ReplyMsgType,
  ReplyProblem,
  ReplyProblemCode,
  ReplySeverity,
  ReplySpecRef,
  Verdict,
  VerdictOutcome,
} from '../../../shared/model/verdict'
