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
