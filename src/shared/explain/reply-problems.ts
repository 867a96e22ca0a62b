/**
 * Words for every passive-reply problem code (protocol.md §7, §8.5), in zh-CN and English. The core
 * reports the code and structured detail (src/core/protocol/reply); the renderer and the CLI read
 * this table. Entries live in sibling files by topic; typing the merged table as a full
 * Record makes a code without words a compile error.
 */
import type { ReplyProblemCode } from '../model/reply-problem-codes'
import { REPLY_BODY_TEXT } from './reply-problems-body'
import { REPLY_ENVELOPE_TEXT } from './reply-problems-envelope'
import { REPLY_HEADER_TEXT } from './reply-problems-header'
import { REPLY_MEDIA_TEXT } from './reply-problems-media'
import { REPLY_TYPES_TEXT } from './reply-problems-types'
import type { Explanation } from './types'

export type { ReplyProblemCode } from '../model/reply-problem-codes'

export const REPLY_PROBLEM_TEXT: Readonly<Record<ReplyProblemCode, Explanation>> = {
  ...REPLY_BODY_TEXT,
  ...REPLY_ENVELOPE_TEXT,
  ...REPLY_HEADER_TEXT,
  ...REPLY_TYPES_TEXT,
  ...REPLY_MEDIA_TEXT,
}
