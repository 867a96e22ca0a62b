/**
 * Uploading a temporary media file (新增临时素材, protocol.md §10.6, docs/api-media.md):
 * `POST /cgi-bin/media/upload?access_token=…&type=image|voice|video|thumb`, multipart/form-data with
 * one part named `media`. The answer is `{"type","media_id","created_at"}` — `thumb_media_id` instead
 * of `media_id` for a thumb — and the id stays valid for 3 days.
 *
 * Two habits a real upload needs:
 * - the part must carry a filename with the right extension (`photo.jpg`): WeChat answers 40005
 *   "invalid file type" to a bare buffer, whatever the Content-Type says;
 * - like every API, retry exactly once with a fresh token on 40001/40014/42001 (see custom-send.ts).
 */
import type { AccessTokenCache } from './access-token'
import { TOKEN_REFRESH_ERRCODES, UpstreamError } from './api-errors'
import { ensureOk, errcodeOf, parseJsonObject } from './http-json'
import type { WechatJson } from './http-json'

export type UploadType = 'image' | 'voice' | 'video' | 'thumb'

export interface MediaFile {
  /** With its extension: WeChat checks it (40005). */
  readonly filename: string
  readonly bytes: Uint8Array
}

export interface UploadedMedia {
  readonly mediaId: string
  /** Unix seconds, the platform's clock: the 3 days count from here. */
  readonly createdAt: number
}

export interface MediaUploadDeps {
  readonly platformBaseUrl: string
  readonly tokens: AccessTokenCache
}

const API = '/cgi-bin/media/upload'

export async function uploadTemporaryMedia(
  deps: MediaUploadDeps,
  type: UploadType,
  file: MediaFile,
  signal: AbortSignal,
): Promise<UploadedMedia> {
  const token = await deps.tokens.get(signal)
  let answer = await postFile(deps.platformBaseUrl, token, type, file, signal)
  if (TOKEN_REFRESH_ERRCODES.has(errcodeOf(answer))) {
    deps.tokens.invalidate(token)
    answer = await postFile(deps.platformBaseUrl, await deps.tokens.get(signal), type, file, signal)
  }
  return readUploaded(ensureOk(answer, API), type)
}

/** One multipart POST. FormData sets the boundary itself: never set Content-Type by hand. */
async function postFile(
  base: string,
  token: string,
  type: UploadType,
  file: MediaFile,
  signal: AbortSignal,
): Promise<WechatJson> {
  const query = new URLSearchParams({ access_token: token, type })
  const form = new FormData()
  // The third argument is the filename: without it the part has none and WeChat answers 40005.
  form.append('media', new Blob([new Uint8Array(file.bytes)]), file.filename)
  let response: Response
  let text: string
  try {
    response = await fetch(`${base}${API}?${query.toString()}`, {
      method: 'POST',
      body: form,
      signal,
    })
    text = await response.text()
  } catch (error) {
    throw new UpstreamError(API, 'no answer (network error or timeout)', { cause: error })
  }
  return parseJsonObject(API, response.status, text)
}

function readUploaded(json: WechatJson, type: UploadType): UploadedMedia {
  // A thumb's id comes back under another name (WxJava WxMediaUploadResult, wechatpy).
  const mediaId = type === 'thumb' ? (json.thumb_media_id ?? json.media_id) : json.media_id
  if (typeof mediaId !== 'string' || mediaId === '') {
    throw new UpstreamError(API, 'the answer has no media_id')
  }
  const createdAt = Number(json.created_at)
  if (!Number.isFinite(createdAt)) throw new UpstreamError(API, 'the answer has no created_at')
  return { mediaId, createdAt }
}
