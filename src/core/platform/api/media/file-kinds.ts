/**
 * Which files each media type accepts, and how big (docs/api-media.md "Limits"). The format is read
 * from the bytes (magic numbers), not from the Content-Type a client claims: SDKs send
 * application/octet-stream for everything, and WeChat still tells a PNG from an MP3.
 *
 * Limits [doc] (新增临时素材 / 上传永久素材, developers.weixin.qq.com, current pages):
 *   image 10 MB PNG/JPEG/JPG/GIF (permanent also BMP); voice 2 MB, ≤ 60 s, AMR/MP3 (permanent also
 *   WMA/WAV); video 10 MB MP4; thumb 64 KB JPG; uploadimg (article images) JPG/PNG under 1 MB.
 *   Older copies of the page say 2 MB for images; the current one says 10 MB, which mpsim follows.
 * Size errors per type, 40009 image / 40010 voice / 40011 video / 40012 thumb [sdk] (the global
 *   return-code table as WxJava and others copy it; 40009 also listed on the uploadimg page [doc]).
 * A filename without one of the type's extensions is refused with 40005 [unconfirmed]: developers
 *   report "40005 invalid file type" when an SDK uploads a buffer named without an extension.
 */

export type SniffedFormat = 'jpeg' | 'png' | 'gif' | 'bmp' | 'amr' | 'mp3' | 'wav' | 'wma' | 'mp4'

export const CONTENT_TYPE: Readonly<Record<SniffedFormat, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  bmp: 'image/bmp',
  amr: 'audio/amr',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  wma: 'audio/x-ms-wma',
  mp4: 'video/mp4',
}

/** The file extension media/get names the download with. */
export const EXTENSION: Readonly<Record<SniffedFormat, string>> = {
  jpeg: 'jpg',
  png: 'png',
  gif: 'gif',
  bmp: 'bmp',
  amr: 'amr',
  mp3: 'mp3',
  wav: 'wav',
  wma: 'wma',
  mp4: 'mp4',
}

export function sniffFormat(bytes: Buffer): SniffedFormat | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  const ascii = (at: number, text: string) =>
    bytes.length >= at + text.length && bytes.toString('latin1', at, at + text.length) === text
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg'
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png'
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'gif'
  if (ascii(0, 'BM') && bytes.length > 26) return 'bmp'
  if (ascii(0, '#!AMR\n')) return 'amr'
  if (ascii(0, 'ID3')) return 'mp3'
  // A bare MPEG audio frame: 11 sync bits, layer III.
  if (bytes.length > 4 && bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe6) === 0xe2) return 'mp3'
  if (ascii(0, 'RIFF') && ascii(8, 'WAVE')) return 'wav'
  if (starts(0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11)) return 'wma'
  if (ascii(4, 'ftyp')) return 'mp4'
  return undefined
}

/** What one upload API accepts for one type. */
export interface TypeRule {
  readonly formats: readonly SniffedFormat[]
  readonly extensions: readonly string[]
  readonly maxBytes: number
  /** The errcode for a file over maxBytes (or empty). */
  readonly sizeErrcode: number
  readonly maxDurationSec?: number
}

const MB = 1024 * 1024

const IMAGE_EXT = ['jpg', 'jpeg', 'png', 'gif']
const VOICE_EXT = ['amr', 'mp3']

/** media/upload (temporary) [doc]. */
export const TEMPORARY_RULES = {
  image: {
    formats: ['jpeg', 'png', 'gif'],
    extensions: IMAGE_EXT,
    maxBytes: 10 * MB,
    sizeErrcode: 40009,
  },
  voice: {
    formats: ['amr', 'mp3'],
    extensions: VOICE_EXT,
    maxBytes: 2 * MB,
    sizeErrcode: 40010,
    maxDurationSec: 60,
  },
  video: { formats: ['mp4'], extensions: ['mp4'], maxBytes: 10 * MB, sizeErrcode: 40011 },
  thumb: {
    formats: ['jpeg'],
    extensions: ['jpg', 'jpeg'],
    maxBytes: 64 * 1024,
    sizeErrcode: 40012,
  },
} as const satisfies Record<string, TypeRule>

/** material/add_material (permanent) [doc]: images may also be BMP, voice WMA/WAV. */
export const PERMANENT_RULES = {
  image: {
    ...TEMPORARY_RULES.image,
    formats: ['jpeg', 'png', 'gif', 'bmp'],
    extensions: [...IMAGE_EXT, 'bmp'],
  },
  voice: {
    ...TEMPORARY_RULES.voice,
    formats: ['amr', 'mp3', 'wav', 'wma'],
    extensions: [...VOICE_EXT, 'wav', 'wma'],
  },
  video: TEMPORARY_RULES.video,
  thumb: TEMPORARY_RULES.thumb,
} as const satisfies Record<string, TypeRule>

/** media/uploadimg [doc]: JPG/PNG under 1 MB; too big answers 40009. */
export const ARTICLE_IMAGE_RULE: TypeRule = {
  formats: ['jpeg', 'png'],
  extensions: ['jpg', 'jpeg', 'png'],
  maxBytes: 1 * MB - 1,
  sizeErrcode: 40009,
}

export type UploadType = keyof typeof TEMPORARY_RULES

export function isUploadType(value: string | undefined): value is UploadType {
  return value === 'image' || value === 'voice' || value === 'video' || value === 'thumb'
}

export type FileCheck =
  | { readonly ok: true; readonly format: SniffedFormat }
  | { readonly ok: false; readonly errcode: number; readonly why: string }

/** The extension, lower case, without the dot; '' when the name has none. */
export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.')
  return dot <= 0 ? '' : filename.slice(dot + 1).toLowerCase()
}

/** Format then size, the order WeChat's answers suggest: a 20 MB text file is 40005, not 4001x. */
export function checkFile(rule: TypeRule, filename: string, bytes: Buffer): FileCheck {
  const format = sniffFormat(bytes)
  if (!rule.extensions.includes(extensionOf(filename))) {
    return {
      ok: false,
      errcode: 40005,
      why: `filename "${filename}" lacks one of .${rule.extensions.join(', .')}`,
    }
  }
  if (format === undefined || !(rule.formats as readonly string[]).includes(format)) {
    return {
      ok: false,
      errcode: 40005,
      why: `content is ${format ?? 'not a known media format'}; allowed: ${rule.formats.join(', ')}`,
    }
  }
  if (bytes.length === 0 || bytes.length > rule.maxBytes) {
    return {
      ok: false,
      errcode: rule.sizeErrcode,
      why: `${bytes.length} bytes; at most ${rule.maxBytes}`,
    }
  }
  return { ok: true, format }
}
