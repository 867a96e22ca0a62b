/**
 * Atomic file replacement: a reader (or a crash) sees the old file or the new one, never half of
 * each. Write a temp file in the same folder (rename is only atomic within one file system), fsync
 * it so its bytes are on disk before the rename makes them visible, rename it over the target,
 * then fsync the folder so the rename itself survives a power loss. When this resolves the new
 * content is durable, which is what lets a command answer only after its change is saved
 * (docs/workspace.md "What is durable when").
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

/** `.<file>.<pid>.<n>.tmp`, as tempPathFor names them; stale-temp-files.ts reads the pid back. */
export const TEMP_NAME = /^\.(.+)\.(\d+)\.(\d+)\.tmp$/

export interface WriteOptions {
  /**
   * Permissions of the file, set on the temp file when it is created, so the content is never
   * visible with wider ones (accounts.json: 0o600). @default the replaced file's mode, else the
   * process default (0o666 less the umask)
   */
  readonly mode?: number
}

/** Replaces `path` with `data` atomically. Throws WorkspaceError('not-writable') on failure. */
export async function writeFileAtomic(
  path: string,
  data: string,
  options: WriteOptions = {},
): Promise<void> {
  const temp = tempPathFor(path)
  try {
    const mode = options.mode ?? (await existingMode(path))
    const handle = await open(temp, 'wx', options.mode)
    try {
      await handle.writeFile(data, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    // rename gives the target the temp file's permissions: keep a mode the user chose (e.g. 600),
    // and set an explicit one exactly (the umask only ever narrows what open() was given).
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
