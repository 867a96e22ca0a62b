/**
 * Tightens the files that hold secrets (layout.ts isPrivateFile) to the owner only, at open: a
 * workspace made by an older mpsim, copied with `cp`, or unpacked from an archive may have them
 * world-readable. New writes already create them 0600 (save-json-file.ts).
 */
import { chmod, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { isPrivateFile, PRIVATE_FILE_MODE } from './layout'

export async function tightenPrivateFiles(root: string): Promise<void> {
  // Windows has no group/other bits to narrow: chmod there only toggles the read-only flag.
  if (process.platform === 'win32') return
  const names = await readdir(root).catch(() => [] as string[])
  for (const name of names.filter(isPrivateFile)) {
    const path = join(root, name)
    const found = await stat(path).catch(() => undefined)
    if (!found?.isFile() || (found.mode & 0o077) === 0) continue
    // Best effort: a file owned by another user cannot be changed, and opening must not fail on it
    // (the next save replaces it with a 0600 file anyway, as the folder's owner may).
    await chmod(path, PRIVATE_FILE_MODE).catch(() => undefined)
  }
}
