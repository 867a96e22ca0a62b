/**
 * What can go wrong with a workspace folder, as data (docs/design.md "Explain every refusal"):
 * - WorkspaceError is thrown when the workspace cannot be used at all (folder not writable, a file
 *   that cannot be read) or when a caller asks to store a value that would make an invalid file;
 * - WorkspaceProblem is reported, not thrown, when a file was bad and mpsim carried on (moved it
 *   aside and used defaults, skipped a broken log line). The UI and CLI list these on start.
 * Messages are plain English for logs; the UI translates by `code` and reads `detail`.
 */
import { MpsimError } from '../errors'

export type WorkspaceErrorCode =
  /** The folder or one of its files cannot be created or written (permissions, read-only disk, disk full). */
  | 'not-writable'
  /** A file exists but cannot be read (permissions, it is a folder...): mpsim will not replace it. */
  | 'not-readable'
  /** The value given would not pass the file's schema; nothing was written. */
  | 'invalid-value'
  /** The workspace was closed. */
  | 'closed'

export interface WorkspaceErrorDetail {
  /** Path of the file or folder involved. */
  readonly path?: string
  /** Node's errno code (EACCES, EROFS, ENOSPC ...), when the error came from the file system. */
  readonly errno?: string
  readonly issues?: readonly IssueDetail[]
}

export class WorkspaceError extends MpsimError {
  override readonly code: WorkspaceErrorCode
  readonly detail: WorkspaceErrorDetail
  constructor(
    code: WorkspaceErrorCode,
    message: string,
    detail: WorkspaceErrorDetail = {},
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.code = code
    this.detail = detail
  }
}

/** One schema rule a file broke: where, which rule, and (secrets redacted) what was there. */
export interface IssueDetail {
  /** `accounts[0].appId`; '' for the file as a whole. */
  readonly path: string
  readonly rule: string
  /** A short JSON preview of the value found; absent when missing or secret. */
  readonly got?: string
}

export type WorkspaceProblemCode =
  /** Not JSON at all (or empty): moved aside, defaults used. */
  | 'corrupt-file'
  /** JSON, but breaks the schema: moved aside, defaults used. */
  | 'invalid-file'
  /** The exchange log's last line was cut off (a crash mid-append): moved aside, skipped. */
  | 'truncated-line'
  /** A line of the exchange log in the middle is not a valid exchange: skipped, left in place. */
  | 'invalid-line'
  /** A simulated user belongs to an account that is not in accounts.json: kept, but unusable. */
  | 'unknown-account'
  /**
   * accounts.json was rebuilt (it was bad or missing) while users.json was kept: the users of the
   * lost accounts were moved to the new default account, so the phone and pushes still have them.
   */
  | 'reattached-users'
  /** A background save failed; the in-memory state is ahead of the file. */
  | 'not-writable'
  /** A background save was refused because the value would make an invalid file. */
  | 'invalid-value'

/** What mpsim used in place of a file moved aside or a line it could not read. */
export type WorkspaceFallback =
  /** settings.json: the defaults (ports 5174-5176, plain mode, WeChat's push timing). */
  | 'default-settings'
  /** accounts.json: one new test account with fresh credentials (AppID, secret, Token, key). */
  | 'new-account'
  /** users.json: the three default simulated users, under the first account. */
  | 'default-users'
  /** menus/<id>.json: no menu until the bot creates one again. */
  | 'no-menu'
  /** Users whose account was lost now belong to the workspace's default (first) account. */
  | 'default-account'
  /** A log line: left out of the window (a cut-off line is kept aside, an invalid one in place). */
  | 'skipped'

export interface WorkspaceProblem {
  readonly code: WorkspaceProblemCode
  readonly severity: 'error' | 'warning'
  /** Path relative to the workspace folder, with '/' separators: `menus/acc-1.json`. */
  readonly file: string
  readonly message: string
  /** Where the bad file (or the cut-off line) was moved, relative to the workspace folder. */
  readonly movedTo?: string
  /** What is used instead of the bad file or line. */
  readonly usedInstead?: WorkspaceFallback
  /** The file's own `version` when it is newer than this mpsim reads (a newer mpsim wrote it). */
  readonly fileVersion?: number
  /** For 'reattached-users': how many users, the lost account ids, and the account they joined. */
  readonly reattached?: {
    readonly users: number
    readonly from: readonly string[]
    readonly to: string
  }
  /** 1-based line number in an NDJSON file, when known (start-up reads a long log from its end). */
  readonly line?: number
  readonly issues?: readonly IssueDetail[]
}

/** errno code of a Node file-system error, if it is one. */
export function errnoOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return typeof error.code === 'string' ? error.code : undefined
  }
  return undefined
}

/** A file-system failure while writing, as the WorkspaceError callers switch on. */
export function notWritable(path: string, error: unknown): WorkspaceError {
  if (error instanceof WorkspaceError) return error
  const errno = errnoOf(error)
  const reason = error instanceof Error ? error.message : String(error)
  return new WorkspaceError(
    'not-writable',
    `cannot write ${path}: ${reason}`,
    errno === undefined ? { path } : { path, errno },
    { cause: error },
  )
}
