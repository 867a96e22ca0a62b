/**
 * What the capture importer takes (docs/replay.md "Import"): named byte blobs — files read by
 * read-capture-files.ts, uploads from the control API, pasted text — and the workspace's accounts,
 * whose keys open encrypted envelopes. The importer itself never touches the file system.
 */
import type { Account } from '../../../shared/model/account'

export interface CaptureInput {
  /** The file's name (its path inside a folder), or PASTED_TEXT_NAME. */
  readonly name: string
  readonly bytes: Uint8Array
  /** Pasted rather than read from a file: every message found is reported as source kind 'paste'. */
  readonly pasted?: boolean
  /**
   * The reader could not take the file whole (too large, permission denied): it is reported as
   * skipped with this reason and `bytes` is empty.
   */
  readonly unread?: { readonly reason: 'too-large' | 'unreadable'; readonly detail: string }
}

export interface ImportContext {
  /** Their current and previous EncodingAESKeys are tried on encrypted envelopes. */
  readonly accounts: readonly Account[]
}

export const PASTED_TEXT_NAME = 'pasted text'

/**
 * A push body is a few kilobytes (protocol.md §4.3); anything over 1 MiB that claims to be one is
 * refused rather than parsed, so one huge upload in a HAR cannot stall an import.
 */
export const MAX_PUSH_BYTES = 1024 * 1024
