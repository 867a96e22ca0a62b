/**
 * The lines of an NDJSON file read in chunks: from its end (start-up needs only the newest lines
 * of the exchange log, so its cost depends on the window, not on the file's size), or forward
 * (building the search index of a segment). Each line keeps
 * its byte offset, so a cut-off last line can be moved aside and cut off exactly. Lines are split
 * on the '\n' byte, which never occurs inside a UTF-8 multi-byte character, so text decoded line
 * by line is never garbled by a chunk edge.
 */
import type { FileHandle } from 'node:fs/promises'

export interface NdjsonLine {
  /** Byte offset of the line's first byte. */
  readonly start: number
  /** The line's bytes, without the '\n'. */
  readonly bytes: Buffer
  /** False for a last line with no '\n' after it: the sign of a crash in the middle of an append. */
  readonly terminated: boolean
}

const LF = 0x0a

/** Bytes read per step; a window of 1,000 typical exchanges (~1.6 KB each) takes about seven. */
export const CHUNK_BYTES = 256 * 1024

/**
 * Reads the lines of the first `size` bytes of `handle`, last line first: the text after the last
 * '\n' (when there is any) comes first, unterminated; then every line down to the first.
 */
export class BackwardLines {
  /** Bytes read from the file so far. */
  bytesRead = 0
  private readonly handle: FileHandle
  private readonly chunkBytes: number
  /** File offset of buffer[0]: everything before it is unread. */
  private position: number
  /** Bytes not yet returned, up to (not including) the '\n' that ends the next line. */
  private buffer = Buffer.alloc(0)
  private started = false
  private exhausted = false

  constructor(handle: FileHandle, size: number, chunkBytes = CHUNK_BYTES) {
    this.handle = handle
    this.chunkBytes = chunkBytes
    this.position = size
  }

  /** True once the file's first line has been returned: every line was seen. */
  get done(): boolean {
    return this.exhausted
  }

  /** The line before the last one returned, or undefined after the file's first line. */
  async next(): Promise<NdjsonLine | undefined> {
    if (this.exhausted) return undefined
    if (!this.started) {
      this.started = true
      const lf = await this.lastLf()
      if (lf === -1 && this.buffer.length === 0) {
        this.exhausted = true
        return undefined
      }
      if (lf < this.buffer.length - 1) return this.take(lf, false)
      this.buffer = this.buffer.subarray(0, lf) // the file ends with '\n': its last line is whole
    }
    return this.take(await this.lastLf(), true)
  }

  /** The line after the '\n' at `lf` (-1: the file's start); keeps what is before that '\n'. */
  private take(lf: number, terminated: boolean): NdjsonLine {
    const line = {
      start: this.position + lf + 1,
      bytes: Buffer.from(this.buffer.subarray(lf + 1)),
      terminated,
    }
    if (lf === -1) {
      this.exhausted = true
      this.buffer = Buffer.alloc(0)
    } else {
      this.buffer = this.buffer.subarray(0, lf)
    }
    return line
  }

  /** Index of the last '\n' in the buffer, reading earlier chunks until one is found; -1 at the file's start. */
  private async lastLf(): Promise<number> {
    let lf = this.buffer.lastIndexOf(LF)
    while (lf === -1 && this.position > 0) {
      const added = await this.prepend()
      // The bytes already buffered hold no '\n': only the new chunk can.
      lf = this.buffer.lastIndexOf(LF, added - 1)
    }
    return lf
  }

  /** Reads the chunk before `position` into the front of the buffer; returns its length. */
  private async prepend(): Promise<number> {
    const length = Math.min(this.chunkBytes, this.position)
    const chunk = Buffer.alloc(length)
    const from = this.position - length
    let got = 0
    while (got < length) {
      const { bytesRead } = await this.handle.read(chunk, got, length - got, from + got)
      if (bytesRead === 0) throw new Error(`the file ended early (at byte ${from + got})`)
      got += bytesRead
    }
    this.position = from
    this.bytesRead += length
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([chunk, this.buffer])
    return length
  }
}

/** Bytes read per step going forward (building the search index reads whole segments). */
export const FORWARD_CHUNK_BYTES = 512 * 1024

/**
 * The lines of bytes [start, end) of `handle` in file order, a chunk's worth at a time (one
 * promise per chunk, not per line: a segment holds tens of thousands). A line is returned whole
 * even when it spans chunks; the text after the last '\n' before `end` comes last, unterminated.
 * Line bytes are views into the chunk read, never copied.
 */
export async function* forwardLines(
  handle: FileHandle,
  start: number,
  end: number,
  chunkBytes = FORWARD_CHUNK_BYTES,
): AsyncGenerator<NdjsonLine[]> {
  let carry = Buffer.alloc(0)
  let carryStart = start
  let position = start
  while (position < end) {
    const length = Math.min(chunkBytes, end - position)
    const chunk = Buffer.alloc(length)
    let got = 0
    while (got < length) {
      const { bytesRead } = await handle.read(chunk, got, length - got, position + got)
      if (bytesRead === 0) throw new Error(`the file ended early (at byte ${position + got})`)
      got += bytesRead
    }
    position += length
    const buffer = carry.length === 0 ? chunk : Buffer.concat([carry, chunk])
    const lines: NdjsonLine[] = []
    let from = 0
    for (let lf = buffer.indexOf(LF, from); lf !== -1; lf = buffer.indexOf(LF, from)) {
      lines.push({ start: carryStart + from, bytes: buffer.subarray(from, lf), terminated: true })
      from = lf + 1
    }
    carry = buffer.subarray(from)
    carryStart += from
    if (lines.length > 0) yield lines
  }
  if (carry.length > 0) yield [{ start: carryStart, bytes: carry, terminated: false }]
}
