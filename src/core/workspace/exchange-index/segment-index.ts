/**
 * The index of one log segment (docs/workspace.md "Searching the whole log"): per exchange, where
 * its line starts and the key columns (keys.ts); per block of exchanges, a Bloom filter of their
 * search text (grams.ts). About 11 bytes an exchange stay in memory; the filters of a closed
 * segment stay on disk, one bit per block in each of BLOOM_BITS rows (bit-sliced), so a query
 * reads only the rows of its own grams: a few KB whatever the log's size.
 *
 * Exchanges are added in file order; a segment being appended to keeps its filters in memory
 * (blocks × 4 KB) until it is closed and its index file written.
 */
import { open } from 'node:fs/promises'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import type { Exchange } from '../../../shared/model/exchange'
import { exchangeSearchText } from '../../../shared/model/exchange-summary'
import {
  addTextGrams,
  BLOCK_FILL_BITS,
  BLOCK_MAX_ENTRIES,
  blockHas,
  BLOOM_BITS,
  BLOOM_WORDS,
  SEEN_WORDS,
} from './grams'
import { accountKey, kindOutcomeCode, openidKey } from './keys'

export interface DiskRows {
  /** The index file holding the rows. */
  readonly path: string
  /** Byte offset of row 0. */
  readonly at: number
  /** Bytes per row: one bit per block. */
  readonly rowBytes: number
}

/** What an index file holds back (sidecar.ts), or what a build produced. */
export interface SegmentColumns {
  readonly entries: number
  readonly offsets: Float64Array | Uint32Array
  readonly openids: Uint32Array
  readonly accounts: Uint16Array
  readonly kinds: Uint8Array
  readonly blocks: number
  readonly blockStarts: Uint32Array
  readonly coveredBytes: number
}

const INITIAL_ENTRIES = 1024

export class SegmentIndex {
  /** The segment's file name: exchanges.ndjson while active, its closed name after rotation. */
  name: string
  entries = 0
  offsets: Float64Array | Uint32Array = new Float64Array(INITIAL_ENTRIES)
  openids: Uint32Array = new Uint32Array(INITIAL_ENTRIES)
  accounts: Uint16Array = new Uint16Array(INITIAL_ENTRIES)
  kinds: Uint8Array = new Uint8Array(INITIAL_ENTRIES)
  blocks = 0
  blockStarts: Uint32Array = new Uint32Array(64)
  /** Row-major filters, BLOOM_WORDS a block; undefined once they are on disk. */
  blooms: Uint32Array | undefined = new Uint32Array(64 * BLOOM_WORDS)
  /** The bit-sliced filters in the index file, once written (or loaded). */
  disk: DiskRows | undefined
  /** Bytes of the segment covered: every line before this offset was looked at. */
  coveredBytes = 0
  /** Bits set in the last block's filter. */
  lastBlockBits = 0
  /** Closed segments take no more exchanges. */
  sealed = false
  /** The ASCII 3-grams the last block has (grams.ts): while exchanges are added, 256 KB. */
  private seen: Uint32Array | undefined

  constructor(name: string) {
    this.name = name
  }

  /**
   * Adds the exchange whose line starts at `offset` and takes `bytes` bytes with its '\n'. A line
   * before the covered bytes is already in (the builder got there first) and is left alone.
   * Throws, changing nothing, when the record is not an exchange it can read.
   */
  add(exchange: Exchange, offset: number, bytes: number): void {
    if (this.sealed) throw new Error(`the index of ${this.name} is closed`)
    if (offset < this.coveredBytes) return
    // Everything that can throw on a malformed record first, so a refusal leaves no trace.
    const text = exchangeSearchText(exchange)
    const kind = kindOutcomeCode(exchange)
    const openid = openidKey(exchange.openid)
    const account = accountKey(exchange.accountId)
    const blooms = this.startBlockIfFull()
    const e = this.entries
    if (e === this.offsets.length) this.growEntries()
    this.offsets[e] = offset
    this.openids[e] = openid
    this.accounts[e] = account
    this.kinds[e] = kind
    this.seen ??= new Uint32Array(SEEN_WORDS)
    this.lastBlockBits += addTextGrams(text, blooms, (this.blocks - 1) * BLOOM_WORDS, this.seen)
    this.entries = e + 1
    this.coveredBytes = offset + bytes
  }

  /** Lines up to `end` were looked at (an invalid one is skipped, not indexed). */
  cover(end: number): void {
    this.coveredBytes = Math.max(this.coveredBytes, end)
  }

  /** Byte range of entry `e`'s line: up to the next entry (the line is cut at its '\n'). */
  lineEnd(e: number): number {
    return e + 1 < this.entries ? (this.offsets[e + 1] ?? 0) : this.coveredBytes
  }

  /** First entry of block `b`, and the entry after its last. */
  blockRange(b: number): [number, number] {
    const start = this.blockStarts[b] ?? 0
    const end = b + 1 < this.blocks ? (this.blockStarts[b + 1] ?? 0) : this.entries
    return [start, end]
  }

  /**
   * For each block, 1 when its filter has every bit of `bits` (the block may hold the text), 0
   * when it cannot. Reads the rows from disk when the filters are there.
   */
  async candidateBlocks(bits: Int32Array): Promise<Uint8Array> {
    const blocks = this.blocks
    const out = new Uint8Array(blocks)
    const blooms = this.blooms
    if (blooms !== undefined) {
      for (let b = 0; b < blocks; b += 1) out[b] = blockHas(blooms, b * BLOOM_WORDS, bits) ? 1 : 0
      return out
    }
    const disk = this.disk
    if (disk === undefined) return out.fill(1)
    const rows = Buffer.alloc(disk.rowBytes * bits.length)
    try {
      const handle = await open(disk.path, 'r')
      try {
        const reads = await Promise.all(
          Array.from(bits, (p, i) =>
            handle.read(rows, i * disk.rowBytes, disk.rowBytes, disk.at + p * disk.rowBytes),
          ),
        )
        if (reads.some((r) => r.bytesRead !== disk.rowBytes)) throw new Error('cut short')
      } finally {
        await handle.close()
      }
    } catch {
      // The index file went away or was cut short while mpsim runs: every block is read.
      return out.fill(1)
    }
    for (let b = 0; b < blocks; b += 1) {
      const byte = b >>> 3
      const bit = 1 << (b & 7)
      let all = 1
      for (let i = 0; i < bits.length; i += 1) {
        if (((rows[i * disk.rowBytes + byte] ?? 0) & bit) === 0) {
          all = 0
          break
        }
      }
      out[b] = all
    }
    return out
  }

  /** No more exchanges: trims the columns, and narrows offsets to 4 bytes when they fit. */
  seal(): void {
    if (this.sealed) return
    this.sealed = true
    this.seen = undefined
    const n = this.entries
    const last = n > 0 ? (this.offsets[n - 1] ?? 0) : 0
    this.offsets =
      last < 2 ** 32 ? Uint32Array.from(this.offsets.subarray(0, n)) : this.offsets.slice(0, n)
    this.openids = this.openids.slice(0, n)
    this.accounts = this.accounts.slice(0, n)
    this.kinds = this.kinds.slice(0, n)
    this.blockStarts = this.blockStarts.slice(0, this.blocks)
    this.blooms = this.blooms?.slice(0, this.blocks * BLOOM_WORDS)
  }

  /** The filters are in the index file now: frees their memory. */
  useDiskRows(rows: DiskRows): void {
    this.disk = rows
    this.blooms = undefined
  }

  /**
   * Takes columns read back from an index file: a closed segment's (its filters stay on disk), or
   * the active segment's checkpoint with its row-major filters, which goes on growing.
   */
  static from(
    name: string,
    columns: SegmentColumns,
    growing?: { blooms: Uint32Array; lastBlockBits: number },
  ): SegmentIndex {
    const index = new SegmentIndex(name)
    index.entries = columns.entries
    index.openids = columns.openids
    index.accounts = columns.accounts
    index.kinds = columns.kinds
    index.blocks = columns.blocks
    index.blockStarts = columns.blockStarts
    index.coveredBytes = columns.coveredBytes
    if (growing === undefined) {
      index.offsets = columns.offsets
      index.blooms = undefined
      index.sealed = true
    } else {
      // Appends may pass 4 GB only in 8-byte offsets.
      index.offsets = Float64Array.from(columns.offsets)
      index.blooms = growing.blooms
      index.lastBlockBits = growing.lastBlockBits
    }
    return index
  }

  /** Makes a filled-up (or the first) block; returns the filters array to write into. */
  private startBlockIfFull(): Uint32Array {
    let blooms = this.blooms
    if (blooms === undefined) throw new Error(`the filters of ${this.name} are on disk`)
    const inLast = this.blocks === 0 ? 0 : this.entries - (this.blockStarts[this.blocks - 1] ?? 0)
    if (this.blocks > 0 && this.lastBlockBits < BLOCK_FILL_BITS && inLast < BLOCK_MAX_ENTRIES) {
      return blooms
    }
    if (this.blocks === this.blockStarts.length) {
      const starts = new Uint32Array(Math.max(64, this.blocks * 2))
      starts.set(this.blockStarts)
      this.blockStarts = starts
    }
    if ((this.blocks + 1) * BLOOM_WORDS > blooms.length) {
      const grown = new Uint32Array(Math.max(blooms.length * 2, BLOOM_WORDS))
      grown.set(blooms)
      this.blooms = blooms = grown
    }
    this.blockStarts[this.blocks] = this.entries
    this.blocks += 1
    this.lastBlockBits = 0
    this.seen?.fill(0)
    return blooms
  }

  private growEntries(): void {
    const size = Math.max(INITIAL_ENTRIES, this.offsets.length * 2)
    const offsets = new Float64Array(size)
    offsets.set(this.offsets)
    this.offsets = offsets
    this.openids = grow(this.openids, new Uint32Array(size))
    this.accounts = grow(this.accounts, new Uint16Array(size))
    this.kinds = grow(this.kinds, new Uint8Array(size))
  }
}

function grow<T extends Uint32Array | Uint16Array | Uint8Array>(from: T, to: T): T {
  to.set(from)
  return to
}

/**
 * BLOOM_BITS rows of one bit per block, from row-major block filters; gives the event loop back
 * every 64 blocks (a segment of safe-mode pushes has a thousand).
 */
export async function bitSlice(
  blooms: Uint32Array,
  blocks: number,
): Promise<{ rows: Uint8Array; rowBytes: number }> {
  const rowBytes = Math.max(1, Math.ceil(blocks / 8))
  const rows = new Uint8Array(rowBytes * BLOOM_BITS)
  for (let b = 0; b < blocks; b += 1) {
    if (b > 0 && b % 64 === 0) await yieldToLoop()
    const byte = b >>> 3
    const bit = 1 << (b & 7)
    const at = b * BLOOM_WORDS
    for (let w = 0; w < BLOOM_WORDS; w += 1) {
      let word = blooms[at + w] ?? 0
      while (word !== 0) {
        const low = word & -word
        const p = w * 32 + (31 - Math.clz32(low))
        rows[p * rowBytes + byte] = (rows[p * rowBytes + byte] ?? 0) | bit
        word ^= low
      }
    }
  }
  return { rows, rowBytes }
}
