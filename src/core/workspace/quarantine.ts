/**
 * Keeping a bad file aside (a corrupt file is kept aside, never overwritten
 * silently). `accounts.json` becomes `accounts.corrupt-2026-11-23T10-15-02-123Z.json` in the same
 * folder, so the user finds it next to the fresh file and can repair and rename it back.
 */
import { access, link, open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { errnoOf, notWritable } from './errors'

/** File-name-safe UTC timestamp: ISO 8601 with ':' and '.' replaced by '-'. */
export function asideStamp(nowMs: number): string {
  return new Date(nowMs).toISOString().replace(/[:.]/g, '-')
}

/** Candidate names: the stamped name, then `-2`, `-3`... if two files go bad in the same ms. */
function* asideCandidates(path: string, nowMs: number): Generator<string> {
  const ext = extname(path)
  const stem = basename(path, ext)
  const base = join(dirname(path), `${stem}.corrupt-${asideStamp(nowMs)}`)
  yield `${base}${ext}`
  for (let n = 2; n < 1000; n++) yield `${base}-${n}${ext}`
}

/** Moves `path` to a fresh aside name and returns it; never replaces an existing file. */
export async function moveAside(path: string, nowMs: number): Promise<string> {
  for (const candidate of asideCandidates(path, nowMs)) {
    if (await moveIfFree(path, candidate)) return candidate
  }
  throw notWritable(path, new Error('no free name to move the file aside'))
}

/**
 * Renames `path` to `target` unless `target` exists (then false, nothing changed). Throws the
 * WorkspaceError of any other failure. Also used to close exchange-log segments.
 */
export async function moveIfFree(path: string, target: string): Promise<boolean> {
  try {
    // link() fails with EEXIST instead of replacing, which rename() would do silently on POSIX.
    await link(path, target)
    await unlink(path)
    return true
  } catch (error) {
    const errno = errnoOf(error)
    if (errno === 'EEXIST') return false
    if (errno === 'EPERM' || errno === 'ENOTSUP' || errno === 'ENOSYS') {
      // Some file systems (FAT, some network shares) have no hard links.
      if (await exists(target)) return false
      try {
        await rename(path, target)
        return true
      } catch (renameError) {
        throw notWritable(path, renameError)
      }
    }
    throw notWritable(path, error)
  }
}

/** Writes `data` to a fresh aside name next to `path` (for a fragment cut out of a log). */
export async function writeAside(path: string, data: Buffer, nowMs: number): Promise<string> {
  for (const candidate of asideCandidates(path, nowMs)) {
    let handle
    try {
      handle = await open(candidate, 'wx')
      await handle.writeFile(data)
      await handle.sync()
      return candidate
    } catch (error) {
      if (errnoOf(error) === 'EEXIST') continue
      throw notWritable(candidate, error)
    } finally {
      await handle?.close()
    }
  }
  throw notWritable(path, new Error('no free name to write the fragment aside'))
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}
