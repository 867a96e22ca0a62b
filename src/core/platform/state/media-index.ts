/**
 * The media store's index file, `<workspace>/media/index.json` (docs/api-media.md "Storage"): one
 * JSON document listing every stored file's facts. Written atomically (a crash leaves the old index
 * or the new one); read once when the platform starts. An entry whose file is gone, or that does
 * not parse, is skipped rather than failing the start: the media are a cache of what bots
 * uploaded, and an unreadable index must not lock the user out of the workspace.
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../../workspace/atomic-write'
import { mediaFolderFor } from './media-paths'
import type { StoredMedia } from './media-store'

const FILE_VERSION = 1

const storedMediaSchema = z.object({
  mediaId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/),
  accountId: z.string().min(1),
  type: z.enum(['image', 'voice', 'video', 'thumb']),
  kind: z.enum(['temporary', 'permanent', 'article-image']),
  filename: z.string(),
  contentType: z.string(),
  size: z.int().min(0),
  createdAt: z.int(),
  expiresAt: z.int().optional(),
  origin: z.enum(['bot', 'user']),
  durationSec: z.number().optional(),
  width: z.int().optional(),
  height: z.int().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  url: z.string().optional(),
})

const indexSchema = z.object({ version: z.literal(FILE_VERSION), items: z.array(z.unknown()) })

/** The entries whose files still exist; [] when there is no index yet or it cannot be read. */
export function loadMediaIndex(path: string): StoredMedia[] {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return []
  }
  const parsed = indexSchema.safeParse(raw)
  if (!parsed.success) return []
  const root = dirname(path)
  const out: StoredMedia[] = []
  for (const entry of parsed.data.items) {
    const item = storedMediaSchema.safeParse(entry)
    if (!item.success) continue
    if (existsSync(join(root, mediaFolderFor(item.data.accountId), item.data.mediaId)))
      out.push(item.data)
  }
  return out
}

export async function saveMediaIndex(
  root: string,
  path: string,
  items: readonly StoredMedia[],
): Promise<void> {
  await mkdir(root, { recursive: true })
  await writeFileAtomic(path, `${JSON.stringify({ version: FILE_VERSION, items }, null, 1)}\n`)
}
