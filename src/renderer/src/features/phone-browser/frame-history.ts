/**
 * The phone browser's own idea of where the frame is in its history, for enabling ‹ and ›.
 *
 * The page's history is out of the app's reach (another origin), and `history.back()` in a frame
 * with nothing behind it walks the whole tab's history — it could take the app itself back. So ‹
 * is enabled only when the app saw the frame go somewhere after the first page. Built from the
 * addresses the bridge reports: a new address is a step forward (and drops the forward entries), an
 * address expected after ‹ or › moves the position, the same address again (title change, reload)
 * changes nothing. A `history.replaceState` is counted as a step: ‹ may then be enabled with
 * nothing behind, and the page simply stays (the bridge answers it inside the frame).
 */

export interface FrameHistory {
  readonly entries: readonly string[]
  readonly index: number
  /** The command the app sent and whose page has not been reported yet. */
  readonly expecting: 'back' | 'forward' | undefined
}

export const EMPTY_HISTORY: FrameHistory = { entries: [], index: -1, expecting: undefined }

export function startHistory(frameUrl: string): FrameHistory {
  return { entries: [frameUrl], index: 0, expecting: undefined }
}

export function expectMove(history: FrameHistory, move: 'back' | 'forward'): FrameHistory {
  return { ...history, expecting: move }
}

/** The frame reported `frameUrl`: where does that put it? */
export function pageReported(history: FrameHistory, frameUrl: string): FrameHistory {
  const { entries, index, expecting } = history
  if (entries[index] === frameUrl) return { ...history, expecting: undefined }
  if (expecting === 'back' && entries[index - 1] === frameUrl) {
    return { entries, index: index - 1, expecting: undefined }
  }
  if (expecting === 'forward' && entries[index + 1] === frameUrl) {
    return { entries, index: index + 1, expecting: undefined }
  }
  // Bounded: a page that pushes state in a loop cannot grow the list without end.
  const next = [...entries.slice(0, index + 1), frameUrl].slice(-100)
  return { entries: next, index: next.length - 1, expecting: undefined }
}

export function canGoBack(history: FrameHistory): boolean {
  return history.index > 0
}

export function canGoForward(history: FrameHistory): boolean {
  return history.index >= 0 && history.index < history.entries.length - 1
}
