/**
 * Files and folders of captures → the named byte blobs importCaptures takes. Folders are walked
 * in name order, bounded: at most MAX_CAPTURE_FILES files, MAX_FOLDER_DEPTH levels, hidden entries
 * (.git, .DS_Store) left out, links to folders not followed (no loops). Every regular file is
 * read: the importer, not the extension, decides what it is, and says why it skipped the rest.
 * A file that cannot be read, or is larger than MAX_CAPTURE_FILE_BYTES, comes back with `unread`
 * so the report still lists it.
 */
import { lstat, readdir, readFile, stat } from 'node:fs/promises'
import { join, sep } from 'node:path'
import type { CaptureInput } from './types'

export const MAX_CAPTURE_FILES = 10_000
export const MAX_FOLDER_DEPTH = 8
/** A HAR of a long session runs to a few hundred MB; more than this is not read into memory. */
export const MAX_CAPTURE_FILE_BYTES = 256 * 1024 * 1024

export async function readCaptureFiles(paths: readonly string[]): Promise<CaptureInput[]> {
  const out: CaptureInput[] = []
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => failure(error))
    if (typeof info === 'string') out.push(unread(path, 'unreadable', info))
    else if (info.isDirectory()) await walk(path, 1, out)
    else out.push(await readOne(path, info.size))
  }
  return out
}

async function walk(folder: string, depth: number, out: CaptureInput[]): Promise<void> {
  const names = await readdir(folder).catch((error: unknown) => failure(error))
  if (typeof names === 'string') {
    out.push(unread(folder, 'unreadable', names))
    return
  }
  for (const name of [...names].sort()) {
    if (name.startsWith('.')) continue
    if (out.length >= MAX_CAPTURE_FILES) {
      out.push(
        unread(folder, 'too-large', `more than ${MAX_CAPTURE_FILES} files: the rest were not read`),
      )
      return
    }
    const path = join(folder, name)
    const link = await lstat(path).catch(() => undefined)
    if (link === undefined) continue // removed while walking
    if (link.isDirectory()) {
      if (depth < MAX_FOLDER_DEPTH) await walk(path, depth + 1, out)
      else out.push(unread(path, 'too-large', `deeper than ${MAX_FOLDER_DEPTH} folder levels`))
      continue
    }
    const info = link.isSymbolicLink() ? await stat(path).catch(() => undefined) : link
    if (info?.isFile() === true) out.push(await readOne(path, info.size))
  }
}

async function readOne(path: string, size: number): Promise<CaptureInput> {
  if (size > MAX_CAPTURE_FILE_BYTES) {
    return unread(path, 'too-large', `${size} bytes, over ${MAX_CAPTURE_FILE_BYTES}`)
  }
  const bytes = await readFile(path).catch((error: unknown) => failure(error))
  if (typeof bytes === 'string') return unread(path, 'unreadable', bytes)
  return {
    name: toName(path),
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  }
}

function unread(path: string, reason: 'too-large' | 'unreadable', detail: string): CaptureInput {
  return { name: toName(path), bytes: new Uint8Array(0), unread: { reason, detail } }
}

function failure(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Names use '/' on every platform, so reports and suite files read the same everywhere. */
function toName(path: string): string {
  return sep === '\\' ? path.split(sep).join('/') : path
}
