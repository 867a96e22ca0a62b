/**
 * Server signature: the URL-verification handshake and the `signature` query parameter of every
 * push (protocol.md §3, §4.1). The three values are sorted as plain strings, code unit by code unit — never
 * numerically and never with localeCompare (protocol.md §0 #5). The signature never covers the body.
 */
import { hash } from 'node:crypto'
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

/** `[...parts].sort(byteOrder)` for the three or four parts, without the sort's scratch arrays. */
function sortedCopy(parts: readonly string[]): string[] {
  const sorted = parts.slice()
  // Insertion sort: stable, as Array.prototype.sort is.
  for (let i = 1; i < sorted.length; i++) {
    const value = sorted[i] as string
    let j = i - 1
    while (j >= 0 && byteOrder(sorted[j] as string, value) > 0) {
      sorted[j + 1] = sorted[j] as string
      j--
    }
    sorted[j + 1] = value
  }
  return sorted
}

/** sha1 over the byte-wise sorted concatenation of `parts`, with every step kept for display. */
export function sortedSha1(parts: readonly string[]): SignatureBreakdown {
  const sorted = sortedCopy(parts)
  const joined = sorted.join('')
  // One-shot hash: a third of createHash's cost, paid twice per encrypted push and reply.
  return { parts, sorted, joined, sha1: hash('sha1', joined, 'hex') }
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
