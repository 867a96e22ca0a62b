/**
 * Files the user picked or dropped, read for the importCaptures command: each as its name (the
 * path inside a dropped or picked folder) and its bytes in base64. Folders are walked where the
 * browser allows it (DataTransferItem entries, <input webkitdirectory>), with bounds, so a
 * dropped home folder cannot hang the page.
 */
import { IMPORT_BODY_LIMIT_BYTES } from '../../../../shared/control/replay-schemas'

export interface PickedFile {
  readonly name: string
  readonly file: File
}

export interface WireFile {
  readonly name: string
  readonly base64: string
}

/** At most this many files per import (the command's own bound). */
export const MAX_FILES = 10_000
const MAX_DEPTH = 16

/** Files of an <input type=file>, named by their path inside a picked folder when there is one. */
export function pickedFiles(list: FileList | null): PickedFile[] {
  return Array.from(list ?? [])
    .slice(0, MAX_FILES)
    .map((file) => ({ name: file.webkitRelativePath || file.name, file }))
}

/** Files of a drop, folders walked (Chromium and Firefox give entries; others give files only). */
export async function droppedFiles(data: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null)
  if (entries.length === 0 || entries.some((e) => e === null)) return pickedFiles(data.files)
  const out: PickedFile[] = []
  for (const entry of entries) {
    if (entry) await walk(entry, 0, out)
  }
  return out
}

async function walk(entry: FileSystemEntry, depth: number, out: PickedFile[]): Promise<void> {
  if (out.length >= MAX_FILES || depth > MAX_DEPTH) return
  if (isFile(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject))
    out.push({ name: entry.fullPath.replace(/^\//, ''), file })
    return
  }
  if (!isDirectory(entry)) return
  const reader = entry.createReader()
  // readEntries answers in chunks (100 in Chromium) until it answers an empty one.
  for (let chunk = 0; chunk < MAX_FILES && out.length < MAX_FILES; chunk += 1) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    )
    if (batch.length === 0) return
    for (const child of batch) await walk(child, depth + 1, out)
  }
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory
}

export async function toWire(picked: PickedFile): Promise<WireFile> {
  return {
    name: picked.name,
    base64: bytesToBase64(new Uint8Array(await picked.file.arrayBuffer())),
  }
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  // In chunks: String.fromCharCode over a whole megabyte overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

/**
 * Groups files into requests under the import command's body limit: several small files share a
 * request, a big HAR travels alone. `budget` is in base64 characters; the margin leaves room for
 * the JSON around them.
 */
export const IMPORT_BATCH_CHARS = Math.floor(IMPORT_BODY_LIMIT_BYTES * 0.9)

export function batches(files: readonly WireFile[], budget = IMPORT_BATCH_CHARS): WireFile[][] {
  const out: WireFile[][] = []
  let current: WireFile[] = []
  let size = 0
  for (const file of files) {
    const cost = file.base64.length + file.name.length + 32
    if (current.length > 0 && size + cost > budget) {
      out.push(current)
      current = []
      size = 0
    }
    current.push(file)
    size += cost
  }
  if (current.length > 0) out.push(current)
  return out
}
