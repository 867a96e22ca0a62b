/**
 * Reading what a query needs from the segments: the blocks whose filter may hold the text, the
 * exchanges in them whose columns match, and only their lines, parsed. Whatever is returned is a
 * candidate: the caller checks it with matchesExchange.
 */
import { open } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { ExchangeFilter } from '../../../shared/model/exchange-summary'
import { queryBits } from './grams'
import { accountKey, KIND_BITS, kindOutcomeMask, openidKey } from './keys'
import { rawTextCheck } from './raw-check'
import type { LineCheck } from './raw-check'
import type { SegmentHandle } from './log-index'
import type { SegmentIndex } from './segment-index'

export interface QueryPlan {
  readonly filter: ExchangeFilter
  /** Kind/outcome bytes let through, or undefined for all. */
  readonly kinds: Uint8Array | undefined
  readonly account: number | undefined
  readonly openid: number | undefined
  /** Filter bits of the text, or undefined when every block is a candidate. */
  readonly bits: Int32Array | undefined
  /** A test on the raw line that rules out non-matches before parsing (raw-check.ts). */
  readonly check: LineCheck | undefined
}

export function planQuery(filter: ExchangeFilter): QueryPlan {
  // As matchesExchange reads the filter: empty strings filter nothing.
  const q = filter.q?.trim().toLowerCase()
  return {
    filter,
    kinds: kindOutcomeMask(filter),
    account: filter.accountId ? accountKey(filter.accountId) : undefined,
    openid: filter.openid ? openidKey(filter.openid) : undefined,
    bits: q ? queryBits(q) : undefined,
    check: q ? rawTextCheck(q) : undefined,
  }
}

export type Order = 'newest-first' | 'oldest-first'

/** A segment as a search found it: its exchanges then (the active one takes more meanwhile). */
export interface SegmentView {
  readonly handle: SegmentHandle
  /** Its exchanges when the search began; undefined while it was being indexed (all, once done). */
  readonly entries: number | undefined
}

/** The segments as they are now, for a search that starts now. */
export function viewOf(handles: readonly SegmentHandle[]): SegmentView[] {
  return handles.map((handle) => ({
    handle,
    entries: handle.state === 'ready' ? handle.index.entries : undefined,
  }))
}

/**
 * The parsed lines of every candidate exchange of `segments` (in that order), a block at a time,
 * in `order` within each segment. Waits for each segment's index; skips dropped ones.
 */
export async function* candidateRecords(
  root: string,
  segments: readonly SegmentView[],
  plan: QueryPlan,
  order: Order,
): AsyncGenerator<unknown[]> {
  for (const { handle, entries: then } of segments) {
    await handle.ready
    if (handle.state !== 'ready') continue
    const index = handle.index
    const entries = Math.min(index.entries, then ?? Number.POSITIVE_INFINITY)
    const blocks = index.blocks
    const candidates = plan.bits === undefined ? undefined : await index.candidateBlocks(plan.bits)
    const reader = new LineReader(root, index)
    try {
      for (let i = 0; i < blocks; i += 1) {
        const b = order === 'newest-first' ? blocks - 1 - i : i
        if (candidates !== undefined && candidates[b] === 0) continue
        const picked = pickEntries(index, b, entries, plan)
        if (picked.length === 0) continue
        const lines = await reader.read(picked)
        if (lines === undefined) break // the segment is gone (a clear renamed it)
        const records: unknown[] = []
        for (let j = 0; j < lines.length; j += 1) {
          const k = order === 'newest-first' ? lines.length - 1 - j : j
          const line = lines[k]
          if (line === undefined) continue
          if (plan.check !== undefined && !plan.check(line, index.kinds[picked[k] ?? 0] ?? 0)) {
            continue
          }
          try {
            records.push(JSON.parse(line.toString('utf8')))
          } catch {
            // Not JSON any more: the file changed under the index; skipped.
          }
        }
        if (records.length > 0) yield records
      }
    } finally {
      await reader.close()
    }
  }
}

/** Entries of block `b` (below `entries`) whose columns pass the plan, in file order. */
function pickEntries(index: SegmentIndex, b: number, entries: number, plan: QueryPlan): number[] {
  const [start, blockEnd] = index.blockRange(b)
  const end = Math.min(blockEnd, entries)
  const { kinds: mask, account, openid } = plan
  const kinds = index.kinds
  const accounts = index.accounts
  const openids = index.openids
  const picked: number[] = []
  for (let e = start; e < end; e += 1) {
    if (mask !== undefined && mask[(kinds[e] ?? 0) & KIND_BITS] !== 1) continue
    if (account !== undefined && accounts[e] !== account) continue
    if (openid !== undefined && openids[e] !== openid) continue
    picked.push(e)
  }
  return picked
}

/** Reads entries' lines from a segment file, by the name it has now (a rotation renames it). */
class LineReader {
  private handle: FileHandle | undefined
  private readonly root: string
  private readonly index: SegmentIndex

  constructor(root: string, index: SegmentIndex) {
    this.root = root
    this.index = index
  }

  /** The lines of `picked` (ascending entries), or undefined when the file is gone. */
  async read(picked: readonly number[]): Promise<Buffer[] | undefined> {
    const handle = await this.open()
    if (handle === undefined) return undefined
    const index = this.index
    const first = picked[0] ?? 0
    const last = picked[picked.length - 1] ?? 0
    const from = index.offsets[first] ?? 0
    const to = index.lineEnd(last)
    // A few exchanges of a big block: their lines alone; otherwise the block's range at once.
    if (picked.length * 4 < last - first + 1) {
      return Promise.all(
        picked.map((e) =>
          readRange(handle, index.offsets[e] ?? 0, index.lineEnd(e)).then(firstLine),
        ),
      )
    }
    const bytes = await readRange(handle, from, to)
    return picked.map((e) => {
      const start = (index.offsets[e] ?? 0) - from
      const lf = bytes.indexOf(0x0a, start)
      const end = lf === -1 || lf > index.lineEnd(e) - from ? index.lineEnd(e) - from : lf
      return bytes.subarray(start, end)
    })
  }

  async close(): Promise<void> {
    const handle = this.handle
    this.handle = undefined
    await handle?.close()
  }

  private async open(): Promise<FileHandle | undefined> {
    if (this.handle !== undefined) return this.handle
    // Twice: a rotation may rename the file between reading its name and opening it.
    for (let tries = 0; tries < 2; tries += 1) {
      try {
        this.handle = await open(join(this.root, this.index.name), 'r')
        return this.handle
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOENT') throw error
      }
    }
    return undefined
  }
}

async function readRange(handle: FileHandle, from: number, to: number): Promise<Buffer> {
  const bytes = Buffer.allocUnsafe(Math.max(0, to - from))
  let got = 0
  while (got < bytes.length) {
    const { bytesRead } = await handle.read(bytes, got, bytes.length - got, from + got)
    if (bytesRead === 0) break
    got += bytesRead
  }
  return bytes.subarray(0, got)
}

function firstLine(bytes: Buffer): Buffer {
  const lf = bytes.indexOf(0x0a)
  return lf === -1 ? bytes : bytes.subarray(0, lf)
}
