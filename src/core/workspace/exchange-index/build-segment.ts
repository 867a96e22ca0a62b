/**
 * Indexing a segment from its file: when it has no usable index file (never indexed, written by an
 * older mpsim, damaged) and for the part of the active segment written since its last checkpoint.
 * Reads forward, a chunk at a time, and gives the event loop back between chunks, so pushes and
 * API calls go on while a big log is indexed.
 */
import { open } from 'node:fs/promises'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import type { Exchange } from '../../../shared/model/exchange'
import { forwardLines } from '../ndjson-lines'
import type { SegmentIndex } from './segment-index'

/**
 * Adds every exchange line of bytes [index.coveredBytes, end) of `path` to `index`. A line that is
 * not an exchange is skipped, as start-up skips it (docs/workspace.md "The exchange log").
 * Returns false when `cancelled()` said stop (the index then covers a prefix of the range).
 */
export async function indexFile(
  index: SegmentIndex,
  path: string,
  end: number,
  cancelled: () => boolean,
): Promise<boolean> {
  if (index.coveredBytes >= end) return true
  const handle = await open(path, 'r')
  try {
    for await (const lines of forwardLines(handle, index.coveredBytes, end)) {
      for (const line of lines) {
        const exchange = parseExchange(line.bytes)
        const bytes = line.bytes.length + (line.terminated ? 1 : 0)
        if (exchange !== undefined) {
          try {
            index.add(exchange, line.start, bytes)
            continue
          } catch {
            // Not an exchange this index can read: skipped like any invalid line.
          }
        }
        index.cover(line.start + bytes)
      }
      if (cancelled()) return false
      await yieldToLoop()
      if (cancelled()) return false
    }
  } finally {
    await handle.close()
  }
  return true
}

function parseExchange(bytes: Buffer): Exchange | undefined {
  if (bytes.length === 0) return undefined
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'))
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Exchange)
      : undefined
  } catch {
    return undefined
  }
}
