/**
 * Expected and received signatures side by side: which characters differ. A forged signature
 * differs in one hex digit, a wrong Token in almost all of them — worth seeing at a glance.
 */
export interface DiffPiece {
  readonly text: string
  readonly same: boolean
}

/** `received` split into runs that equal `expected` at the same position, and runs that do not. */
export function diffPieces(expected: string, received: string): DiffPiece[] {
  const pieces: DiffPiece[] = []
  for (let i = 0; i < received.length; i += 1) {
    const same = received[i] === expected[i]
    const last = pieces.at(-1)
    if (last && last.same === same)
      pieces[pieces.length - 1] = { text: last.text + received[i], same }
    else pieces.push({ text: received[i]!, same })
  }
  return pieces
}

/** A string against the one it should have been: what they share around one changed middle. */
export interface MiddleDiff {
  readonly prefix: string
  /** What `received` has in place of `missing` (may be empty: text was dropped). */
  readonly changed: string
  /** What `expected` has there that `received` lacks (may be empty: text was added). */
  readonly missing: string
  readonly suffix: string
}

/**
 * The common start and end of two strings and the one stretch between them that differs: how a
 * signed string goes wrong (a query dropped, a #fragment kept, a URL encoded) reads at a glance.
 */
export function middleDiff(expected: string, received: string): MiddleDiff {
  let start = 0
  while (
    start < expected.length &&
    start < received.length &&
    expected[start] === received[start]
  ) {
    start += 1
  }
  let end = 0
  while (
    end < expected.length - start &&
    end < received.length - start &&
    expected[expected.length - 1 - end] === received[received.length - 1 - end]
  ) {
    end += 1
  }
  return {
    prefix: received.slice(0, start),
    changed: received.slice(start, received.length - end),
    missing: expected.slice(start, expected.length - end),
    suffix: received.slice(received.length - end),
  }
}
