/**
 * The exchange log's files (docs/workspace.md "The exchange log"). Appends go to the active
 * segment; a segment is closed by renaming it, never by copying or deleting:
 *
 *   exchanges.ndjson                                    the active segment
 *   exchanges-2026-11-23T10-00-00-000Z.ndjson           closed when it reached logSegmentMB
 *   exchanges-2026-11-23T10-05-12-345Z-cleared.ndjson   closed by "clear log"
 *
 * The time is UTC to the millisecond, and no two segments of a folder share it (a stamp is never
 * earlier than the newest one already there), so sorting the names sorts the segments in the
 * order they were written, whatever the clock did. Start-up reads back across rotated segments
 * only: a `-cleared` one marks where the user emptied the log.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { errnoOf, notWritable } from './errors'
import { EXCHANGES_FILE } from './layout'
import { moveIfFree } from './quarantine'

export type SegmentKind = 'rotated' | 'cleared'

export interface ClosedSegment {
  readonly name: string
  readonly kind: SegmentKind
  /** The stamp in the name, in ms since the epoch. */
  readonly stampMs: number
}

const SEGMENT_NAME =
  /^exchanges-(\d{4})-(\d\d)-(\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z(-cleared)?\.ndjson$/

/** `exchanges-<UTC time with ms>[-cleared].ndjson`. */
export function segmentName(stampMs: number, kind: SegmentKind): string {
  const stamp = new Date(stampMs).toISOString().replace(/[:.]/g, '-')
  return `exchanges-${stamp}${kind === 'cleared' ? '-cleared' : ''}.ndjson`
}

export function parseSegmentName(name: string): ClosedSegment | undefined {
  const m = SEGMENT_NAME.exec(name)
  if (m === null) return undefined
  const [, y, mo, d, h, mi, s, ms, cleared] = m
  const stampMs = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(ms),
  )
  return Number.isNaN(stampMs)
    ? undefined
    : { name, kind: cleared === undefined ? 'rotated' : 'cleared', stampMs }
}

/** The closed segments in `root`, oldest first. Older archives (other names) are not segments. */
export async function listSegments(root: string): Promise<ClosedSegment[]> {
  let names: string[]
  try {
    names = await readdir(root)
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return []
    throw error
  }
  return names
    .map(parseSegmentName)
    .filter((s): s is ClosedSegment => s !== undefined)
    .sort((a, b) => a.stampMs - b.stampMs)
}

/** Segments a start-up may read back into, newest first: the rotated ones after the last clear. */
export function continuedSegments(segments: readonly ClosedSegment[]): ClosedSegment[] {
  const out: ClosedSegment[] = []
  for (let i = segments.length - 1; i >= 0; i -= 1) {
    const segment = segments[i]
    if (segment === undefined || segment.kind === 'cleared') break
    out.push(segment)
  }
  return out
}

/** Hands out segment stamps: never before the newest in the folder, never the same one twice. */
export class SegmentStamps {
  private last: number
  constructor(segments: readonly ClosedSegment[]) {
    this.last = segments.reduce((max, s) => Math.max(max, s.stampMs), Number.NEGATIVE_INFINITY)
  }

  next(nowMs: number): number {
    this.last = Math.max(Math.floor(nowMs), this.last + 1)
    return this.last
  }
}

/** A name taken by someone else is skipped; this many tries means something is badly wrong. */
const MAX_NAME_TRIES = 1000

/**
 * Closes the active segment: renames exchanges.ndjson to a segment name without ever replacing a
 * file. Returns the name. The caller must have closed its handle to the file first.
 */
export async function closeSegment(
  root: string,
  stamps: SegmentStamps,
  nowMs: number,
  kind: SegmentKind,
): Promise<string> {
  const active = join(root, EXCHANGES_FILE)
  for (let tries = 0; tries < MAX_NAME_TRIES; tries += 1) {
    const name = segmentName(stamps.next(nowMs), kind)
    if (await moveIfFree(active, join(root, name))) return name
  }
  throw notWritable(active, new Error('no free name to close the log segment'))
}
