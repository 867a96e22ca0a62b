/**
 * The phone's user sends a photo, voice clip or video (docs/api-media.md "What the user sends"):
 * WeChat keeps the file as temporary media for 3 days and pushes the bot a MediaId that
 * /cgi-bin/media/get answers with those bytes, plus, for a photo, a PicUrl serving the same bytes
 * [doc] (接收普通消息). Here the file goes into the media store and the push values are filled
 * in; without a picked file a sample shipped with mpsim is sent. Values the caller already gave
 * (a hand-written MediaId in the catalogue form) are left alone.
 *
 * Also the lookup the reply check uses to tell whether a reply's media id exists.
 */
import type { PushValues } from '../../shared/model/catalog-types'
import { MpsimError } from '../errors'
import { CONTENT_TYPE, EXTENSION, sniffFormat } from '../platform/api/media/file-kinds'
import type { SniffedFormat } from '../platform/api/media/file-kinds'
import { readFileFacts } from '../platform/api/media/file-facts'
import { sampleFiles } from '../platform/api/media/samples'
import type { MediaStore, MediaType } from '../platform/state/media-store'

export class PhoneMediaError extends MpsimError {
  readonly code = 'phone-media-refused'
}

export type PhoneMediaType = 'image' | 'voice' | 'video' | 'shortvideo'

export interface PickedFile {
  readonly filename: string
  readonly bytes: Buffer
}

const USER_MEDIA_TYPES = new Set<string>(['image', 'voice', 'video', 'shortvideo'])

/** What each kind of user message may carry [doc]: WeChat's client sends JPEG/PNG/GIF, AMR, MP4. */
const ACCEPTED: Readonly<Record<PhoneMediaType, readonly SniffedFormat[]>> = {
  image: ['jpeg', 'png', 'gif'],
  voice: ['amr', 'mp3'],
  video: ['mp4'],
  shortvideo: ['mp4'],
}

const WORDS: Readonly<Record<PhoneMediaType, string>> = {
  image: 'a photo (JPEG, PNG or GIF) / 图片（JPEG、PNG 或 GIF）',
  voice: 'a voice clip (AMR or MP3) / 语音（AMR 或 MP3）',
  video: 'a video (MP4) / 视频（MP4）',
  shortvideo: 'a video (MP4) / 小视频（MP4）',
}

export function isPhoneMediaType(typeId: string): typeId is PhoneMediaType {
  return USER_MEDIA_TYPES.has(typeId)
}

async function storeFile(
  media: MediaStore,
  accountId: string,
  type: MediaType,
  file: PickedFile,
  format: SniffedFormat,
): Promise<string> {
  const stored = await media.add({
    accountId,
    type,
    kind: 'temporary',
    filename: file.filename,
    contentType: CONTENT_TYPE[format],
    bytes: file.bytes,
    origin: 'user',
    ...readFileFacts(format, file.bytes),
  })
  return stored.mediaId
}

/**
 * Stores what the user sends and answers the push values that point at it.
 * @throws PhoneMediaError when the picked file is not that kind of media (a .txt as a photo).
 */
export async function storeUserMedia(
  media: MediaStore,
  accountId: string,
  typeId: PhoneMediaType,
  picked?: PickedFile,
): Promise<PushValues> {
  const samples = sampleFiles()
  const fallback =
    typeId === 'image' ? samples.photo : typeId === 'voice' ? samples.voiceAmr : samples.video
  const file = picked ?? fallback
  const format = sniffFormat(file.bytes)
  if (format === undefined || !ACCEPTED[typeId].includes(format)) {
    throw new PhoneMediaError(
      `"${file.filename}" is ${format === undefined ? 'not a media file' : `a ${EXTENSION[format]} file`}; ` +
        `send ${WORDS[typeId]} instead. 「${file.filename}」不是可发送的文件类型。`,
    )
  }
  if (typeId === 'image') {
    const mediaId = await storeFile(media, accountId, 'image', file, format)
    const picFormat = format === 'png' ? 'png' : format === 'gif' ? 'gif' : 'jpg'
    return { PicUrl: media.picUrl(mediaId, picFormat), MediaId: mediaId }
  }
  if (typeId === 'voice') {
    const mediaId = await storeFile(media, accountId, 'voice', file, format)
    return { MediaId: mediaId, Format: format === 'mp3' ? 'mp3' : 'amr' }
  }
  const mediaId = await storeFile(media, accountId, 'video', file, format)
  const thumb = samples.thumb
  const thumbId = await storeFile(media, accountId, 'thumb', thumb, 'jpeg')
  return { MediaId: mediaId, ThumbMediaId: thumbId }
}

/** Fills a catalogue push's media values when the caller gave none (the catalogue form's default). */
export async function userMediaValues(
  media: MediaStore,
  accountId: string,
  typeId: string,
  values: PushValues | undefined,
): Promise<PushValues | undefined> {
  if (!isPhoneMediaType(typeId) || values?.MediaId !== undefined) return values
  const filled = await storeUserMedia(media, accountId, typeId)
  // Given values win (a PicUrl or Format typed in the form); the stored media fill the rest.
  return { ...filled, ...(values ?? {}) }
}

/** The reply check's lookup for one account. */
export function mediaLookup(
  media: MediaStore,
  accountId: string,
): (mediaId: string) => 'ok' | 'unknown' | 'expired' {
  return (mediaId) => {
    const item = media.find(accountId, mediaId)
    if (!item) return 'unknown'
    return media.expired(item) ? 'expired' : 'ok'
  }
}
