/**
 * Server signature: the URL-verification handshake and the `signature` query parameter of every
 * push (protocol.md §3, §4.1). The three values are sorted as plain strings, code unit by code unit — never
 * numerically and never with localeCompare (protocol.md §0 #5). The signature never covers the body.
 */
import { createHash } from 'node:crypto'
import type { SignatureBreakdown } from '../../shared/model/breakdowns'

export type { SignatureBreakdown }

export interface ServerSignatureInput {
  token: string
  timestamp: string
  nonce: string
}

/** Byte-wise ascending order (UTF-16 code units equal bytes for the ASCII values WeChat uses). */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** sha1 over the byte-wise sorted concatenation of `parts`, with every step kept for display. */
export function sortedSha1(parts: readonly string[]): SignatureBreakdown {
  const sorted = [...parts].sort(byteOrder)
  const joined = sorted.join('')
  return { parts, sorted, joined, sha1: createHash('sha1').update(joined, 'utf8').digest('hex') }
}

export function serverSignature(input: ServerSignatureInput): SignatureBreakdown {
  return sortedSha1([input.token, input.timestamp, input.nonce])
}

export type SignatureCheck =
  | { readonly ok: true; readonly breakdown: SignatureBreakdown }
  | { readonly ok: false; readonly breakdown: SignatureBreakdown; readonly received: string }

/** Compares a received signature with the expected one; a mismatch is a value, not an error. */
export function checkSignature(breakdown: SignatureBreakdown, received: string): SignatureCheck {
  // WeChat sends lowercase hex; a bot comparing case-insensitively is still right.
  return breakdown.sha1 === received.toLowerCase()
    ? { ok: true, breakdown }
    : { ok: false, breakdown, received }
}

export function verifyServerSignature(
  input: ServerSignatureInput,
  received: string,
): SignatureCheck {
  return checkSignature(serverSignature(input), received)
}
