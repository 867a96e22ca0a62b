/**
 * What a media file says about itself: an image's pixels, a voice clip's or video's length. The
 * phone shows them (a voice bubble's seconds) and the voice rule needs the length (≤ 60 s [doc]).
 * Reading is best effort: a file whose length cannot be read is stored without one.
 */
import { imageSize } from 'image-size'
import type { SniffedFormat } from './file-kinds'

export interface FileFacts {
  readonly width?: number
  readonly height?: number
  readonly durationSec?: number
}

export function readFileFacts(format: SniffedFormat, bytes: Buffer): FileFacts {
  try {
    switch (format) {
      case 'jpeg':
      case 'png':
      case 'gif':
      case 'bmp': {
        const size = imageSize(bytes)
        return { width: size.width, height: size.height }
      }
      case 'amr':
        return withDuration(amrSeconds(bytes))
      case 'mp3':
        return withDuration(mp3Seconds(bytes))
      case 'mp4':
        return withDuration(mp4Seconds(bytes))
      case 'wav':
      case 'wma':
        // Accepted as permanent voice only; their length is not read.
        return {}
    }
  } catch {
    return {}
  }
}

function withDuration(seconds: number | undefined): FileFacts {
  return seconds === undefined ? {} : { durationSec: Math.round(seconds * 10) / 10 }
}

/** AMR-NB frame sizes (header byte included) per frame type; each frame is 20 ms (RFC 4867 §5.3). */
const AMR_FRAME_BYTES = [13, 14, 16, 18, 20, 21, 27, 32, 6, 1, 1, 1, 1, 1, 1, 1]

export function amrSeconds(bytes: Buffer): number | undefined {
  let at = 6 // "#!AMR\n"
  let frames = 0
  // Bounded by the file length: every frame is at least one byte.
  while (at < bytes.length) {
    const type = ((bytes[at] ?? 0) >> 3) & 0x0f
    at += AMR_FRAME_BYTES[type] ?? 1
    frames += 1
  }
  return frames * 0.02
}

const MP3_BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
const MP3_BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
const MP3_RATES: Readonly<Record<number, readonly number[]>> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
}

/** Walks the MPEG layer III frames (after an ID3v2 tag) and adds up their lengths. */
export function mp3Seconds(bytes: Buffer): number | undefined {
  let at = 0
  if (bytes.toString('latin1', 0, 3) === 'ID3' && bytes.length >= 10) {
    const size =
      (((bytes[6] ?? 0) & 0x7f) << 21) |
      (((bytes[7] ?? 0) & 0x7f) << 14) |
      (((bytes[8] ?? 0) & 0x7f) << 7) |
      ((bytes[9] ?? 0) & 0x7f)
    at = 10 + size
  }
  let seconds = 0
  let frames = 0
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff || ((bytes[at + 1] ?? 0) & 0xe0) !== 0xe0) break
    const version = ((bytes[at + 1] ?? 0) >> 3) & 0x03
    const rates = MP3_RATES[version]
    const bitrateIndex = ((bytes[at + 2] ?? 0) >> 4) & 0x0f
    const rateIndex = ((bytes[at + 2] ?? 0) >> 2) & 0x03
    const padding = ((bytes[at + 2] ?? 0) >> 1) & 0x01
    const kbps = (version === 3 ? MP3_BITRATES_V1 : MP3_BITRATES_V2)[bitrateIndex]
    const rate = rates?.[rateIndex]
    if (!kbps || !rate) break
    const samples = version === 3 ? 1152 : 576
    const frameBytes = Math.floor(((samples / 8) * kbps * 1000) / rate) + padding
    if (frameBytes <= 4) break
    seconds += samples / rate
    frames += 1
    at += frameBytes
  }
  return frames === 0 ? undefined : seconds
}

/** The movie header's duration/timescale (ISO 14496-12 §8.2.2), found under moov. */
export function mp4Seconds(bytes: Buffer): number | undefined {
  const moov = findBox(bytes, 0, bytes.length, 'moov')
  if (!moov) return undefined
  const mvhd = findBox(bytes, moov.start, moov.end, 'mvhd')
  if (!mvhd) return undefined
  const version = bytes[mvhd.start] ?? 0
  if (version === 1) {
    const timescale = bytes.readUInt32BE(mvhd.start + 20)
    const duration = Number(bytes.readBigUInt64BE(mvhd.start + 24))
    return timescale > 0 ? duration / timescale : undefined
  }
  const timescale = bytes.readUInt32BE(mvhd.start + 12)
  const duration = bytes.readUInt32BE(mvhd.start + 16)
  return timescale > 0 ? duration / timescale : undefined
}

/** The content range of the first box of that type between from and to. */
function findBox(
  bytes: Buffer,
  from: number,
  to: number,
  type: string,
): { start: number; end: number } | undefined {
  let at = from
  // Each step moves forward by at least 8 bytes, so the walk ends.
  while (at + 8 <= to) {
    const size = bytes.readUInt32BE(at)
    const name = bytes.toString('latin1', at + 4, at + 8)
    const end = size === 0 ? to : at + size
    if (size !== 0 && size < 8) return undefined
    if (name === type) return { start: at + 8, end: Math.min(end, to) }
    at = end
  }
  return undefined
}
