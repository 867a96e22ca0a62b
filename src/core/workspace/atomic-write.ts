/**
 * Atomic file replacement: a reader (or a crash) sees the old file or the new one, never half of
 * each. Write a temp file in the same folder (rename is only atomic within one file system), fsync
 * it so its bytes are on disk before the rename makes them visible, rename it over the target,
 * then fsync the folder so the rename itself survives a power loss.
 */
import { open, rename, rm, stat, chmod } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { notWritable } from './errors'

let sequence = 0

/** Temp files start with '.' and end in '.tmp' so editors and git status hide them easily. */
export function tempPathFor(path: string): string {
  sequence += 1
  return join(dirname(path), `.${basename(path)}.${process.pid}.${sequence}.tmp`)
}

/** Replaces `path` with `data` atomically. Throws WorkspaceError('not-writable') on failure. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temp = tempPathFor(path)
  try {
    const mode = await existingMode(path)
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(data, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    // rename gives the target the temp file's permissions: keep a mode the user chose (e.g. 600).
    if (mode !== undefined) await chmod(temp, mode)
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw notWritable(path, error)
  }
  await syncFolder(dirname(path))
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o777
  } catch {
    return undefined
  }
}

/** Best effort: Windows cannot open a folder for fsync, and some file systems refuse it. */
export async function syncFolder(folder: string): Promise<void> {
  let handle
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch {
    // The rename already happened; failing the save now would report a write that succeeded.
  } finally {
    await handle?.close()
  }
}
