/**
 * The lines of an NDJSON file, streamed (the exchange log only grows), each with its byte range so
 * a cut-off last line can be moved aside and cut off exactly. Lines are decoded one at a time, so
 * a multi-byte character split across read chunks is never garbled.
 */
import { createReadStream } from 'node:fs'

export interface NdjsonLine {
  /** 1-based. */
  readonly number: number
  /** Byte offset of the line's first byte. */
  readonly start: number
  /** The line's bytes, without the '\n'. */
  readonly bytes: Buffer
  /** False for a last line with no '\n' after it: the sign of a crash in the middle of an append. */
  readonly terminated: boolean
}

const LF = 0x0a

export async function* readNdjsonLines(path: string): AsyncGenerator<NdjsonLine> {
  let carry = Buffer.alloc(0)
  let carryStart = 0
  let number = 0
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let buffer = carry.length === 0 ? chunk : Buffer.concat([carry, chunk])
    let from = 0
    for (let lf = buffer.indexOf(LF, from); lf !== -1; lf = buffer.indexOf(LF, from)) {
      number += 1
      yield { number, start: carryStart + from, bytes: buffer.subarray(from, lf), terminated: true }
      from = lf + 1
    }
    carryStart += from
    buffer = buffer.subarray(from)
    carry = Buffer.from(buffer) // detach from the stream's chunk so it can be released
  }
  if (carry.length > 0) {
    yield { number: number + 1, start: carryStart, bytes: carry, terminated: false }
  }
}
