/**
 * Temporary media, permanent material and article images (docs/api-media.md): the bytes live as
 * files in `<workspace>/media/<accountId>/<mediaId>`, the facts about them in one index file
 * (media-index.ts) rewritten atomically after each change, so a restart finds everything again.
 * Uploads write their files side by side and share index writes (SaveQueue: every change made
 * while the index is being written goes into the one write that follows), so concurrent uploads
 * cost one index write per round, not one each; each still answers only once it is on disk.
 * Without a workspace folder (unit tests) the bytes are kept in memory.
 *
 * The store is bounded (STORE_LIMITS): when a new file would go over, expired temporary media are
 * dropped oldest first (WeChat deletes them after 3 days anyway); if that is not enough the add is
 * refused with MediaStoreFullError, which the API answers as a system error saying why.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MpsimError } from '../../errors'
import { SaveQueue } from '../../workspace/save-queue'
import { loadMediaIndex, saveMediaIndex } from './media-index'
import { mediaFolderFor as folderFor } from './media-paths'
import type { StoreDeps } from './store-deps'

export type MediaType = 'image' | 'voice' | 'video' | 'thumb'
export type MediaKind = 'temporary' | 'permanent' | 'article-image'

export interface StoredMedia {
  readonly mediaId: string
  readonly accountId: string
  readonly type: MediaType
  readonly kind: MediaKind
  readonly filename: string
  readonly contentType: string
  readonly size: number
  /** Simulated-clock Unix seconds. */
  readonly createdAt: number
  /** Temporary media only: simulated Unix seconds from which media/get answers 40007. */
  readonly expiresAt?: number
  /** The bot uploaded it, or the phone's user sent it (a photo, a voice clip). */
  readonly origin: 'bot' | 'user'
  readonly durationSec?: number
  readonly width?: number
  readonly height?: number
  /** Permanent video: add_material's description {title, introduction}. */
  readonly title?: string
  readonly description?: string
  /** uploadimg and permanent images: the mmbiz-shaped URL that serves the bytes. */
  readonly url?: string
}

/** What a caller hands in: the bytes, not their size; the store picks the id, the times and the URL. */
export type NewMedia = Omit<StoredMedia, 'mediaId' | 'size' | 'createdAt' | 'expiresAt' | 'url'> & {
  readonly bytes: Buffer
}

/** Temporary media are kept 3 days [doc] (新增临时素材: "媒体文件在微信后台保存时间为3天"). */
export const TEMPORARY_MEDIA_TTL_SEC = 3 * 24 * 60 * 60

/** mpsim's own bounds on the workspace's media folder (WeChat's per-type quotas are in material-quota.ts). */
export const STORE_LIMITS = { bytes: 512 * 1024 * 1024, count: 20_000 } as const

export class MediaStoreFullError extends MpsimError {
  readonly code = 'media-store-full'
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
/** Temporary media ids are 64 characters of base64url [wire]; permanent ones 43 [sdk] (WxJava tests). */
const ID_LENGTH: Readonly<Record<MediaKind, number>> = {
  temporary: 64,
  permanent: 43,
  'article-image': 43,
}

export class MediaStore {
  readonly deps: StoreDeps
  private readonly items = new Map<string, StoredMedia>()
  private readonly memory = new Map<string, Buffer>()
  private chain: Promise<unknown> = Promise.resolve()
  /** Ids and sizes of uploads whose files are being written: counted, not yet readable. */
  private readonly reserved = new Map<string, number>()
  private readonly indexSaves = new SaveQueue(
    () => this.saveIndex(),
    // Never saved by the timer alone: every change flushes before it answers.
    60_000,
    (error) => console.error('mpsim: saving the media index failed:', error),
  )
  /** Scheme, host and port of the mock platform, for preview and mmbiz-shaped URLs. */
  private baseUrl = 'http://127.0.0.1'

  constructor(deps: StoreDeps) {
    this.deps = deps
    if (deps.dir !== undefined) {
      for (const item of loadMediaIndex(this.indexPath())) this.items.set(item.mediaId, item)
    }
  }

  /** The composition root tells the store where the platform listens once it does. */
  setBaseUrl(url: string): void {
    this.baseUrl = url.replace(/\/+$/, '')
  }

  /** Where the app and any page load the bytes (no token: mmbiz URLs are public too). */
  previewUrl(mediaId: string): string {
    return `${this.baseUrl}/__mpsim/media/${encodeURIComponent(mediaId)}`
  }

  /** Same path shape as http://mmbiz.qpic.cn/mmbiz_jpg/<id>/0, on the mock platform. */
  picUrl(mediaId: string, format: 'jpg' | 'png' | 'gif' = 'jpg'): string {
    return `${this.baseUrl}/mmbiz_${format}/${encodeURIComponent(mediaId)}/0`
  }

  /** The account's media with that id, expired ones too (media/get tells 40007 from unknown). */
  find(accountId: string, mediaId: string): StoredMedia | undefined {
    const item = this.items.get(mediaId)
    return item?.accountId === accountId ? this.withUrl(item) : undefined
  }

  /** Any account's media with that id: the public preview and mmbiz routes carry no account. */
  findAnyAccount(mediaId: string): StoredMedia | undefined {
    const item = this.items.get(mediaId)
    return item && this.withUrl(item)
  }

  /** Past its 3 days on the simulated clock; permanent material never expires. */
  expired(media: StoredMedia): boolean {
    return media.expiresAt !== undefined && this.deps.clock.nowSeconds() >= media.expiresAt
  }

  /** The exact bytes stored. */
  async read(media: StoredMedia): Promise<Buffer> {
    if (this.deps.dir === undefined) {
      const bytes = this.memory.get(media.mediaId)
      if (!bytes) throw new Error(`media ${media.mediaId} has no bytes in memory`)
      return bytes
    }
    return readFile(this.filePath(media.accountId, media.mediaId))
  }

  /** The account's media, newest first. */
  list(accountId: string): StoredMedia[] {
    return [...this.items.values()]
      .filter((m) => m.accountId === accountId)
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((m) => this.withUrl(m))
  }

  /**
   * Article images and permanent images carry a URL on the platform's current address, worked out
   * when asked: a restart may listen on another port, and a stored URL would then point nowhere.
   */
  private withUrl(item: StoredMedia): StoredMedia {
    if (item.kind === 'temporary' || (item.type !== 'image' && item.type !== 'thumb')) return item
    return { ...item, url: this.picUrl(item.mediaId, imageFormat(item.contentType)) }
  }

  /** How many of the account's media of this kind (and type) exist: material quotas count them. */
  count(accountId: string, kind: MediaKind, type?: MediaType): number {
    let n = 0
    for (const m of this.items.values()) {
      if (m.accountId === accountId && m.kind === kind && (type === undefined || m.type === type)) {
        n += 1
      }
    }
    return n
  }

  usedBytes(): number {
    let total = 0
    for (const m of this.items.values()) total += m.size
    return total
  }

  /**
   * Stores a new file and answers its facts once the bytes and the index are on disk.
   * @throws MediaStoreFullError when even dropping expired temporary media leaves no room.
   */
  async add(input: NewMedia): Promise<StoredMedia> {
    // Room and an id are taken one upload at a time; the bytes are then written side by side.
    const item = await this.enqueue(async () => {
      await this.makeRoom(input.bytes.length)
      const mediaId = this.newId(input.kind)
      const createdAt = this.deps.clock.nowSeconds()
      const stored: StoredMedia = {
        mediaId,
        accountId: input.accountId,
        type: input.type,
        kind: input.kind,
        filename: input.filename,
        contentType: input.contentType,
        size: input.bytes.length,
        createdAt,
        origin: input.origin,
        ...(input.kind === 'temporary' ? { expiresAt: createdAt + TEMPORARY_MEDIA_TTL_SEC } : {}),
        ...optional('durationSec', input.durationSec),
        ...optional('width', input.width),
        ...optional('height', input.height),
        ...optional('title', input.title),
        ...optional('description', input.description),
      }
      this.reserved.set(mediaId, input.bytes.length)
      return stored
    })
    try {
      if (this.deps.dir === undefined) {
        this.memory.set(item.mediaId, Buffer.from(input.bytes))
      } else {
        await mkdir(join(this.root(), folderFor(input.accountId)), { recursive: true })
        await writeFile(this.filePath(input.accountId, item.mediaId), input.bytes)
      }
    } finally {
      this.reserved.delete(item.mediaId)
    }
    this.items.set(item.mediaId, item)
    await this.indexChanged()
    return this.withUrl(item)
  }

  /** Deletes one of the account's media (del_material, the app's delete). False when unknown. */
  remove(accountId: string, mediaId: string): Promise<boolean> {
    return this.enqueue(async () => {
      const item = this.find(accountId, mediaId)
      if (!item) return false
      await this.drop(item)
      return true
    }).then(async (removed) => {
      if (removed) await this.indexChanged()
      return removed
    })
  }

  /** Expired temporary media first, oldest first, until `incoming` more bytes and one more file fit. */
  private async makeRoom(incoming: number): Promise<void> {
    let pending = 0
    for (const size of this.reserved.values()) pending += size
    const fits = () =>
      this.usedBytes() + pending + incoming <= STORE_LIMITS.bytes &&
      this.items.size + this.reserved.size < STORE_LIMITS.count
    if (fits()) return
    const expired = [...this.items.values()]
      .filter((m) => this.expired(m))
      .sort((a, b) => a.createdAt - b.createdAt)
    for (const item of expired) {
      if (fits()) break
      await this.drop(item)
    }
    await this.indexChanged()
    if (!fits()) {
      throw new MediaStoreFullError(
        `mpsim's media storage is full (${STORE_LIMITS.bytes / 1024 / 1024} MB or ` +
          `${STORE_LIMITS.count} files); delete media in the app (Account data → Media)`,
      )
    }
  }

  private async drop(item: StoredMedia): Promise<void> {
    this.items.delete(item.mediaId)
    this.memory.delete(item.mediaId)
    if (this.deps.dir !== undefined) {
      await rm(this.filePath(item.accountId, item.mediaId), { force: true })
    }
  }

  private newId(kind: MediaKind): string {
    // Bounded: a collision among 64^43 ids is not going to repeat 100 times.
    for (let i = 0; i < 100; i++) {
      let id = ''
      for (let n = 0; n < ID_LENGTH[kind]; n++) {
        id += ID_ALPHABET.charAt(this.deps.random.int(ID_ALPHABET.length))
      }
      if (!this.items.has(id) && !this.reserved.has(id)) return id
    }
    throw new Error('could not pick an unused media id')
  }

  /** Marks the index changed and waits until a write that includes the change is on disk. */
  private indexChanged(): Promise<void> {
    this.indexSaves.schedule()
    return this.indexSaves.flush()
  }

  private saveIndex(): Promise<void> {
    if (this.deps.dir === undefined) return Promise.resolve()
    return saveMediaIndex(this.root(), this.indexPath(), [...this.items.values()])
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.catch(() => undefined).then(work)
    this.chain = next
    return next
  }

  private root(): string {
    return join(this.deps.dir ?? '', 'media')
  }

  private indexPath(): string {
    return join(this.root(), 'index.json')
  }

  private filePath(accountId: string, mediaId: string): string {
    // Ids are base64url, so they are safe file names on every platform.
    return join(this.root(), folderFor(accountId), mediaId)
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>)
}

function imageFormat(contentType: string): 'jpg' | 'png' | 'gif' {
  if (contentType === 'image/png') return 'png'
  if (contentType === 'image/gif') return 'gif'
  return 'jpg'
}
