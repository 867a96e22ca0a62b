/**
 * Avatars the user picked for simulated users (docs/api-images.md "Avatars"): one 640 × 640 JPEG
 * per openid in the workspace's avatars/ folder (`avatars/<openid>.jpg`), read back after a
 * restart; in memory when there is no folder (unit tests). Users without one get the generated
 * avatar (images/avatar-art.ts). Pictures are checked and resized before they get here
 * (images/picked-avatar.ts); this store only keeps bytes.
 */
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { syncFolder, tempPathFor } from '../../workspace/atomic-write'
import { AVATAR_OPENID } from '../images/avatar-sizes'
import type { StoreDeps } from './store-deps'

export const AVATARS_FOLDER = 'avatars'

export class AvatarStore {
  readonly deps: StoreDeps
  /** Bytes known so far; `null` = known to have none (no file), so the disk is asked once. */
  private readonly known = new Map<string, Buffer | null>()
  /** Bumped on every change, so rendered sizes cached elsewhere know they are stale. */
  private readonly revisions = new Map<string, number>()

  constructor(deps: StoreDeps) {
    this.deps = deps
  }

  /** The picked JPEG, or undefined when the user has the generated avatar. */
  async picked(openid: string): Promise<Buffer | undefined> {
    assertOpenid(openid)
    const cached = this.known.get(openid)
    if (cached !== undefined) return cached ?? undefined
    const bytes = this.deps.dir === undefined ? null : await readIfPresent(this.fileOf(openid))
    // A change made while reading wins over what the read found.
    if (!this.known.has(openid)) this.known.set(openid, bytes)
    return this.known.get(openid) ?? undefined
  }

  /** Keeps `jpeg` (already 640 × 640) as the user's avatar; durable when this resolves. */
  async put(openid: string, jpeg: Buffer): Promise<void> {
    assertOpenid(openid)
    if (this.deps.dir !== undefined)
      await writeBytesAtomic(this.folder(), this.fileOf(openid), jpeg)
    this.known.set(openid, jpeg)
    this.bump(openid)
  }

  /** Back to the generated avatar. */
  async reset(openid: string): Promise<void> {
    assertOpenid(openid)
    if (this.deps.dir !== undefined) await rm(this.fileOf(openid), { force: true })
    this.known.set(openid, null)
    this.bump(openid)
  }

  /** Changes so far for this openid (0 = never changed in this run). */
  revision(openid: string): number {
    return this.revisions.get(openid) ?? 0
  }

  private bump(openid: string): void {
    this.revisions.set(openid, this.revision(openid) + 1)
  }

  private folder(): string {
    return join(this.deps.dir ?? '', AVATARS_FOLDER)
  }

  private fileOf(openid: string): string {
    return join(this.folder(), `${openid}.jpg`)
  }
}

/** The openid becomes a file name: only the characters an openid has, never `.` or `/`. */
function assertOpenid(openid: string): void {
  if (!AVATAR_OPENID.test(openid)) throw new Error(`not an openid: ${JSON.stringify(openid)}`)
}

async function readIfPresent(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** workspace/atomic-write.ts writes text; an avatar is bytes, written the same careful way. */
async function writeBytesAtomic(folder: string, path: string, data: Buffer): Promise<void> {
  await mkdir(folder, { recursive: true })
  const temp = tempPathFor(path)
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(folder)
}
