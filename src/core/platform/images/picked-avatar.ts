/**
 * A picture the user picked for a simulated user's avatar: a JPEG or PNG (what WeChat's own
 * avatar picker takes), read, cut to the centre square and kept as a 640 × 640 JPEG, the largest
 * size a headimgurl serves. Anything else is refused with a reason the app can show.
 */
import { imageSize } from 'image-size'
import { PNG } from 'pngjs'
import { AVATAR_FULL_SIZE } from './avatar-sizes'
import { decodeJpeg, encodeJpeg } from './jpeg'
import type { Raster } from './raster'
import { squareResize } from './resample'

/** Past this a picked file is surely not a photo someone means as an avatar. */
const MAX_SIDE = 8000

export type PickedAvatar =
  { readonly ok: true; readonly jpeg: Buffer } | { readonly ok: false; readonly reason: string }

export function normalizePickedAvatar(bytes: Buffer): PickedAvatar {
  let type: string | undefined
  let width = 0
  let height = 0
  try {
    const size = imageSize(bytes)
    type = size.type
    width = size.width
    height = size.height
  } catch {
    type = undefined
  }
  if (type !== 'jpg' && type !== 'png') {
    return refuse(
      `only a JPEG or PNG picture can be an avatar${type ? ` (this file is ${type.toUpperCase()})` : ' (this file is not a picture)'}`,
      `头像只能是 JPEG 或 PNG 图片${type ? `（此文件是 ${type.toUpperCase()}）` : '（此文件不是图片）'}`,
    )
  }
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
    return refuse(
      `the picture is ${width} × ${height}; an avatar must be 1 to ${MAX_SIDE} pixels on each side`,
      `图片尺寸为 ${width} × ${height}，头像每边须在 1 到 ${MAX_SIDE} 像素之间`,
    )
  }
  let raster: Raster
  try {
    raster = type === 'jpg' ? decodeJpeg(bytes) : decodePng(bytes)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    return refuse(
      `the ${type === 'jpg' ? 'JPEG' : 'PNG'} file could not be read (${why})`,
      `无法读取此 ${type === 'jpg' ? 'JPEG' : 'PNG'} 文件（${why}）`,
    )
  }
  return { ok: true, jpeg: encodeJpeg(squareResize(raster, AVATAR_FULL_SIZE), 90) }
}

function decodePng(bytes: Buffer): Raster {
  const png = PNG.sync.read(bytes)
  return { width: png.width, height: png.height, data: png.data }
}

function refuse(en: string, zh: string): PickedAvatar {
  return { ok: false, reason: `${zh} / ${en}` }
}
