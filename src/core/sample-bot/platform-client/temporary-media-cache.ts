/**
 * Temporary media ids, uploaded once and reused until they are about to expire.
 *
 * A media_id from /cgi-bin/media/upload lasts 3 days (protocol.md §10.6). Uploading the same file
 * for every reply would spend the daily upload quota and make each reply wait for an upload, so a
 * bot keeps the id with its created_at and uploads again only when the id is nearly 3 days old.
 * Media belong to one account: the cache is keyed by AppID, so a changed account uploads anew.
 */
import type { BotAccount } from '../config'
import { uploadTemporaryMedia } from './media-upload'
import type { MediaFile, MediaUploadDeps, UploadType, UploadedMedia } from './media-upload'

export interface TemporaryMediaSource extends MediaUploadDeps {
  readonly account: () => Pick<BotAccount, 'appId'>
  /** Unix seconds, the same clock as the platform's created_at. */
  readonly now: () => number
}

/** WeChat deletes temporary media 3 days after the upload. */
export const MEDIA_LIFETIME_SECONDS = 3 * 24 * 3600
/**
 * Upload again this long before the 3 days are up: WeChat fetches the id a moment after the reply,
 * and the bot's clock may be a little ahead of or behind WeChat's.
 */
export const REUPLOAD_MARGIN_SECONDS = 3600

export class TemporaryMediaCache {
  readonly #source: TemporaryMediaSource
  readonly #cached = new Map<string, UploadedMedia>()
  readonly #pending = new Map<string, Promise<UploadedMedia>>()

  constructor(source: TemporaryMediaSource) {
    this.#source = source
  }

  /** The media_id of `file` as `type`: the cached one while it is fresh, else a new upload. */
  async mediaId(type: UploadType, file: MediaFile, signal: AbortSignal): Promise<string> {
    const key = `${this.#source.account().appId}:${type}:${file.filename}`
    const cached = this.#cached.get(key)
    if (cached && this.#isFresh(cached)) return cached.mediaId
    // Several pushes asking at once share one upload instead of uploading the file N times.
    let pending = this.#pending.get(key)
    if (!pending) {
      pending = this.#upload(key, type, file, signal)
      this.#pending.set(key, pending)
    }
    return (await pending).mediaId
  }

  #isFresh(media: UploadedMedia): boolean {
    const age = this.#source.now() - media.createdAt
    return age < MEDIA_LIFETIME_SECONDS - REUPLOAD_MARGIN_SECONDS
  }

  async #upload(
    key: string,
    type: UploadType,
    file: MediaFile,
    signal: AbortSignal,
  ): Promise<UploadedMedia> {
    try {
      const uploaded = await uploadTemporaryMedia(this.#source, type, file, signal)
      this.#cached.set(key, uploaded)
      return uploaded
    } finally {
      // A failed upload is not remembered: the next reply tries again.
      this.#pending.delete(key)
    }
  }
}
