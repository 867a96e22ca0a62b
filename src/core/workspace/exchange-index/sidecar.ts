/**
 * The index file of a segment (`exchange-index/<segment>.idx`, docs/workspace.md "Searching the
 * whole log"): the segment's columns and filters in one binary file, so a closed segment is
 * indexed once and loaded at the next open instead of read again.
 *
 * The file names the segment bytes it covers (their length and a hash of the first and last 4 KB)
 * and carries a checksum of itself: an index file that does not match its segment, is cut short or
 * damaged, or was written by another index scheme is ignored and the segment read again. It is
 * derived data, written without fsync: a torn write is caught by the checksum.
 *
 * Little-endian: a 64-byte header, then offsets (f64), openids (u32), block starts (u32), accounts
 * (u16), kinds (u8), padding to 4, then the filters: bit-sliced rows for a closed segment, or
 * row-major block filters for the active segment (its checkpoint, which keeps growing).
 */
import { open, rename, rm, writeFile } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { tempPathFor } from '../atomic-write'
import { BLOOM_BITS, BLOOM_HASHES, BLOOM_WORDS, GRAM_SCHEME } from './grams'
import type { SegmentColumns } from './segment-index'

const MAGIC = 'MPSIMIDX'
const VERSION = 1
const HEADER_BYTES = 64
const FINGERPRINT_BYTES = 4096

export type FilterLayout = 'rows' | 'blocks'

export interface Fingerprint {
  readonly headHash: number
  readonly tailHash: number
}

export interface SidecarContent {
  readonly columns: SegmentColumns
  readonly layout: FilterLayout
  readonly lastBlockBits: number
  readonly fingerprint: Fingerprint
  /** Row-major filters (layout 'blocks'); the rows of a closed segment stay in the file. */
  readonly filters: Uint8Array | undefined
  /** Where the filters start in the file (rows are read from there at search time). */
  readonly filtersAt: number
  readonly rowBytes: number
}

function columnBytes(entries: number, blocks: number): number {
  const raw = entries * 8 + entries * 4 + blocks * 4 + entries * 2 + entries
  return Math.ceil(raw / 4) * 4
}

export function encodeSidecar(
  columns: SegmentColumns,
  layout: FilterLayout,
  filters: Uint8Array,
  lastBlockBits: number,
  fingerprint: Fingerprint,
): Buffer {
  const { entries, blocks } = columns
  const filtersAt = HEADER_BYTES + columnBytes(entries, blocks)
  const out = Buffer.alloc(filtersAt + filters.byteLength)
  out.write(MAGIC, 0, 'latin1')
  out.writeUInt32LE(VERSION, 8)
  out.writeUInt32LE(GRAM_SCHEME, 12)
  out.writeUInt32LE(BLOOM_BITS, 16)
  out.writeUInt32LE(BLOOM_HASHES, 20)
  out.writeUInt32LE(layout === 'rows' ? 0 : 1, 24)
  out.writeUInt32LE(entries, 28)
  out.writeUInt32LE(blocks, 32)
  out.writeUInt32LE(lastBlockBits, 36)
  out.writeDoubleLE(columns.coveredBytes, 40)
  out.writeUInt32LE(fingerprint.headHash, 48)
  out.writeUInt32LE(fingerprint.tailHash, 52)
  let at = HEADER_BYTES
  const put = (array: ArrayBufferView, length: number): void => {
    out.set(new Uint8Array(array.buffer, array.byteOffset, length), at)
    at += length
  }
  put(Float64Array.from(columns.offsets.subarray(0, entries)), entries * 8)
  put(columns.openids, entries * 4)
  put(columns.blockStarts, blocks * 4)
  put(columns.accounts, entries * 2)
  put(columns.kinds, entries)
  out.set(filters, filtersAt)
  out.writeUInt32LE(checksum(FNV_BASIS, out.subarray(HEADER_BYTES)), 56)
  return out
}

interface Shape {
  readonly layout: FilterLayout
  readonly entries: number
  readonly blocks: number
  readonly filtersAt: number
  readonly rowBytes: number
}

/** What the header says the file holds, when it is this scheme's and the file has that size. */
function shapeOf(header: Buffer, fileBytes: number): Shape | undefined {
  if (header.length < HEADER_BYTES || header.toString('latin1', 0, 8) !== MAGIC) return undefined
  if (
    header.readUInt32LE(8) !== VERSION ||
    header.readUInt32LE(12) !== GRAM_SCHEME ||
    header.readUInt32LE(16) !== BLOOM_BITS ||
    header.readUInt32LE(20) !== BLOOM_HASHES
  ) {
    return undefined
  }
  const layoutCode = header.readUInt32LE(24)
  const entries = header.readUInt32LE(28)
  const blocks = header.readUInt32LE(32)
  const layout: FilterLayout = layoutCode === 0 ? 'rows' : 'blocks'
  const rowBytes = Math.max(1, Math.ceil(blocks / 8))
  const filterBytes = layout === 'rows' ? rowBytes * BLOOM_BITS : blocks * BLOOM_WORDS * 4
  const filtersAt = HEADER_BYTES + columnBytes(entries, blocks)
  if (layoutCode > 1 || fileBytes !== filtersAt + filterBytes) return undefined
  return { layout, entries, blocks, filtersAt, rowBytes }
}

/** The content, from the header, the column bytes and (row-major layout) the filters. */
function contentOf(
  header: Buffer,
  columnBytes: Buffer,
  shape: Shape,
  filters: Uint8Array | undefined,
): SidecarContent | undefined {
  const { entries, blocks } = shape
  let at = 0
  const take = (length: number): ArrayBuffer => {
    const copy = new Uint8Array(columnBytes.subarray(at, at + length))
    at += length
    return copy.buffer
  }
  const offsets = new Float64Array(take(entries * 8))
  const columns: SegmentColumns = {
    entries,
    offsets:
      entries === 0 || (offsets[entries - 1] ?? 0) < 2 ** 32 ? Uint32Array.from(offsets) : offsets,
    openids: new Uint32Array(take(entries * 4)),
    blockStarts: new Uint32Array(take(blocks * 4)),
    accounts: new Uint16Array(take(entries * 2)),
    kinds: new Uint8Array(take(entries)),
    blocks,
    coveredBytes: header.readDoubleLE(40),
  }
  if (!columnsHold(columns)) return undefined
  return {
    columns,
    layout: shape.layout,
    lastBlockBits: header.readUInt32LE(36),
    fingerprint: { headHash: header.readUInt32LE(48), tailHash: header.readUInt32LE(52) },
    filters,
    filtersAt: shape.filtersAt,
    rowBytes: shape.rowBytes,
  }
}

/** The content of a whole index file, or undefined when it is not one this scheme can use. */
export function decodeSidecar(data: Buffer): SidecarContent | undefined {
  const header = data.subarray(0, HEADER_BYTES)
  const shape = shapeOf(header, data.length)
  if (shape === undefined) return undefined
  if (header.readUInt32LE(56) !== checksum(FNV_BASIS, data.subarray(HEADER_BYTES))) return undefined
  const filters = data.subarray(shape.filtersAt)
  return contentOf(header, data.subarray(HEADER_BYTES, shape.filtersAt), shape, filters)
}

/** Offsets rise inside the covered bytes; blocks start in order at entry 0. */
function columnsHold(c: SegmentColumns): boolean {
  let last = -1
  for (let e = 0; e < c.entries; e += 1) {
    const offset = c.offsets[e] ?? -1
    if (offset <= last || offset >= c.coveredBytes) return false
    last = offset
  }
  if (c.entries > 0 && (c.blocks === 0 || c.blockStarts[0] !== 0)) return false
  for (let b = 1; b < c.blocks; b += 1) {
    const start = c.blockStarts[b] ?? 0
    if (start <= (c.blockStarts[b - 1] ?? 0) || start >= c.entries) return false
  }
  return true
}

const FNV_BASIS = 0x811c9dc5

/** FNV-1a over the 32-bit words of `bytes` (a multiple of 4 long), going on from `h`. */
function checksum(h: number, bytes: Uint8Array): number {
  const count = Math.floor(bytes.length / 4)
  if (bytes.byteOffset % 4 === 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset, count)
    for (let i = 0; i < count; i += 1) h = Math.imul(h ^ (words[i] ?? 0), 0x01000193)
  } else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length)
    for (let i = 0; i < count; i += 1) h = Math.imul(h ^ view.getUint32(i * 4, true), 0x01000193)
  }
  return h >>> 0
}

function byteHash(bytes: Uint8Array): number {
  let h = 0x811c9dc5
  for (let i = 0; i < bytes.length; i += 1) h = Math.imul(h ^ (bytes[i] ?? 0), 0x01000193)
  return h >>> 0
}

/** Hashes of the first and last 4 KB of the segment's first `covered` bytes. */
export async function fingerprintOf(path: string, covered: number): Promise<Fingerprint> {
  const handle = await open(path, 'r')
  try {
    const headLength = Math.min(FINGERPRINT_BYTES, covered)
    const head = Buffer.alloc(headLength)
    await handle.read(head, 0, headLength, 0)
    const tailLength = Math.min(FINGERPRINT_BYTES, covered)
    const tail = Buffer.alloc(tailLength)
    await handle.read(tail, 0, tailLength, covered - tailLength)
    return { headHash: byteHash(head), tailHash: byteHash(tail) }
  } finally {
    await handle.close()
  }
}

export const sameFingerprint = (a: Fingerprint, b: Fingerprint): boolean =>
  a.headHash === b.headHash && a.tailHash === b.tailHash

/** Writes an index file whole (temp file, then rename): a reader never sees half of one. */
export async function saveSidecar(path: string, data: Buffer): Promise<void> {
  const temp = tempPathFor(path)
  try {
    await writeFile(temp, data)
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
}

/** Bytes checked at a time when only the checksum needs them (a closed segment's rows). */
const CHECK_CHUNK_BYTES = 1024 * 1024

/**
 * The index file's content, or undefined when there is none or it is unusable. A closed segment's
 * rows are only checked, a chunk at a time, not kept: they are read from the file at search time.
 */
export async function loadSidecar(path: string): Promise<SidecarContent | undefined> {
  let handle: FileHandle
  try {
    handle = await open(path, 'r')
  } catch {
    return undefined
  }
  try {
    const size = (await handle.stat()).size
    const header = await readAt(handle, 0, Math.min(HEADER_BYTES, size))
    const shape = shapeOf(header, size)
    if (shape === undefined) return undefined
    const columns = await readAt(handle, HEADER_BYTES, shape.filtersAt - HEADER_BYTES)
    let h = checksum(FNV_BASIS, columns)
    let filters: Buffer | undefined
    if (shape.layout === 'blocks') {
      filters = await readAt(handle, shape.filtersAt, size - shape.filtersAt)
      h = checksum(h, filters)
    } else {
      const chunk = Buffer.alloc(Math.min(CHECK_CHUNK_BYTES, size - shape.filtersAt))
      for (let at = shape.filtersAt; at < size; at += chunk.length) {
        h = checksum(h, await readAt(handle, at, Math.min(chunk.length, size - at), chunk))
      }
    }
    if (h !== header.readUInt32LE(56)) return undefined
    return contentOf(header, columns, shape, filters)
  } catch {
    return undefined
  } finally {
    await handle.close()
  }
}

async function readAt(
  handle: FileHandle,
  position: number,
  length: number,
  into: Buffer = Buffer.alloc(length),
): Promise<Buffer> {
  let got = 0
  while (got < length) {
    const { bytesRead } = await handle.read(into, got, length - got, position + got)
    if (bytesRead === 0) throw new Error('the index file ended early')
    got += bytesRead
  }
  return into.subarray(0, length)
}
