/**
 * The problems mpsim finds in a bot's answer to one push: the HTTP response, the body, the
 * passive-reply XML (protocol.md §7) and the encrypted reply envelope (protocol.md §8.5). Shared so the renderer
 * and the CLI can explain each code (src/shared/explain/reply-problems.ts) without the core.
 *
 * Severity says what WeChat does with the reply:
 * - error: WeChat refuses it; the user sees the system tip (protocol.md §7.3 "Any hard failure").
 * - warning: WeChat accepts it (or its reaction is [unconfirmed]), but a developer should hear.
 * - info: a fact worth showing that needs no fix (e.g. "success" means no reply).
 */

export type ReplySeverity = 'error' | 'warning' | 'info'

/** The sections of the protocol notes (docs/protocol.md) these checks cite. */
export type ReplySpecRef = '§0' | '§2' | '§6' | '§7.1' | '§7.2' | '§7.3' | '§8.3' | '§8.5' | '§13'

interface ProblemMeta {
  readonly severity: ReplySeverity
  readonly spec: ReplySpecRef
}

export const REPLY_PROBLEM_META = {
  // Timing and HTTP (protocol.md §7.1, §7.3).
  'reply-timeout': { severity: 'error', spec: '§7.3' },
  'bot-unreachable': { severity: 'error', spec: '§7.3' },
  'http-status-not-ok': { severity: 'error', spec: '§7.1' },
  'content-type-unusual': { severity: 'info', spec: '§7.1' },
  'content-type-charset-not-utf8': { severity: 'warning', spec: '§7.1' },
  // The body before any XML is read (protocol.md §0 #8, §7.3).
  'no-reply-empty': { severity: 'info', spec: '§7.3' },
  'no-reply-success': { severity: 'info', spec: '§7.3' },
  'body-whitespace-only': { severity: 'warning', spec: '§7.3' },
  'success-padded': { severity: 'warning', spec: '§7.3' },
  'success-not-exact': { severity: 'error', spec: '§7.3' },
  'body-json': { severity: 'error', spec: '§7.3' },
  'body-html': { severity: 'error', spec: '§7.3' },
  'body-not-xml': { severity: 'error', spec: '§7.3' },
  'xml-malformed': { severity: 'error', spec: '§7.3' },
  'bom-before-root': { severity: 'warning', spec: '§7.3' },
  'root-not-xml': { severity: 'error', spec: '§7.3' },
  // Plaintext vs encrypted reply for the push's mode (protocol.md §7.3 "Encrypted replies", §8.5).
  'plaintext-reply-in-safe-mode': { severity: 'error', spec: '§7.3' },
  'envelope-in-plain-mode': { severity: 'error', spec: '§7.3' },
  // The encrypted reply envelope (protocol.md §8.3-§8.5, §2 key change).
  'envelope-field-missing': { severity: 'error', spec: '§8.5' },
  'envelope-signature-mismatch': { severity: 'error', spec: '§8.5' },
  'envelope-decrypt-failed': { severity: 'error', spec: '§8.3' },
  'envelope-appid-mismatch': { severity: 'error', spec: '§8.3' },
  'envelope-previous-key': { severity: 'warning', spec: '§2' },
  'envelope-padding-irregular': { severity: 'warning', spec: '§8.3' },
  'envelope-padded-to-16': { severity: 'warning', spec: '§8.3' },
  'envelope-timestamp-milliseconds': { severity: 'warning', spec: '§13' },
  'success-encrypted': { severity: 'error', spec: '§7.3' },
  // The common reply header (protocol.md §7.1).
  'field-missing': { severity: 'error', spec: '§7.2' },
  'field-empty': { severity: 'error', spec: '§7.2' },
  'msgtype-unknown': { severity: 'error', spec: '§7.1' },
  'to-from-not-swapped': { severity: 'error', spec: '§7.1' },
  'from-user-is-appid': { severity: 'error', spec: '§7.1' },
  'to-user-wrong': { severity: 'error', spec: '§7.1' },
  'from-user-wrong': { severity: 'error', spec: '§7.1' },
  'create-time-not-integer': { severity: 'error', spec: '§7.1' },
  'create-time-milliseconds': { severity: 'warning', spec: '§0' },
  // Per reply type (protocol.md §7.2).
  'text-content-empty': { severity: 'error', spec: '§7.3' },
  'text-content-too-long': { severity: 'warning', spec: '§7.2' },
  'media-id-outside-group': { severity: 'error', spec: '§7.2' },
  // A MediaId the media store does not know, or one past its 3 days (docs/api-media.md). WeChat's
  // reaction is [unconfirmed], so a warning; checked only when the engine passes a lookup.
  'media-id-unknown': { severity: 'warning', spec: '§7.2' },
  'media-id-expired': { severity: 'warning', spec: '§7.2' },
  'news-no-articles': { severity: 'error', spec: '§7.2' },
  'news-count-mismatch': { severity: 'error', spec: '§7.2' },
  'news-truncated': { severity: 'warning', spec: '§7.2' },
  'news-item-incomplete': { severity: 'warning', spec: '§7.2' },
  // The push the reply answers (protocol.md §6, §7.3).
  'unsubscribe-reply-dropped': { severity: 'info', spec: '§6' },
  // mpsim failed while judging the answer: its own bug, recorded rather than losing the push.
  'mpsim-internal-error': { severity: 'error', spec: '§7.3' },
} as const satisfies Record<string, ProblemMeta>

export type ReplyProblemCode = keyof typeof REPLY_PROBLEM_META

/** Every code, in table order (roughly the order the checks run in, protocol.md §7.3 checklist). */
export const REPLY_PROBLEM_CODES = Object.keys(REPLY_PROBLEM_META) as ReplyProblemCode[]

/** One finding. A problem is a value, not an exception: the validator returns all of them. */
export interface ReplyProblem {
  readonly code: ReplyProblemCode
  readonly severity: ReplySeverity
  /**
   * Structured facts for the explanation (expected vs got, field names, byte counts...). Problems
   * found inside a decrypted reply carry `layer: 'decrypted'`.
   */
  readonly detail: Readonly<Record<string, string | number>>
  readonly spec: ReplySpecRef
}
