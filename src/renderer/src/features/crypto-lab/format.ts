/** Display helpers only (no crypto here: every digest and cipher comes from the core). */

/** A byte value as two hex digits, e.g. 19 → "13". */
export function hexByte(n: number): string {
  return n.toString(16).padStart(2, '0')
}

/** A uint32 as its 4 big-endian bytes, e.g. 25 → "00 00 00 19" (the msg_len field, protocol.md §8.2). */
export function uint32BigEndianHex(n: number): string {
  const hex = (n >>> 0).toString(16).padStart(8, '0')
  return [0, 2, 4, 6].map((i) => hex.slice(i, i + 2)).join(' ')
}

/** UTF-8 byte length of a string (the AppID part of FullStr). */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length
}
