/**
 * JPEG in and out through jpeg-js (pure JS: nothing native to build for Electron). Decoding is
 * bounded so a picked file cannot make the core allocate gigabytes.
 */
import jpeg from 'jpeg-js'
import type { Raster } from './raster'

/** A 40-megapixel photo still decodes; anything larger is refused before pixels are allocated. */
const MAX_MEGAPIXELS = 40
const MAX_MEMORY_MB = 512

export function encodeJpeg(raster: Raster, quality = 88): Buffer {
  return jpeg.encode(
    { width: raster.width, height: raster.height, data: Buffer.from(raster.data) },
    quality,
  ).data
}

/** Throws (jpeg-js's message) when the bytes are not a JPEG it can read. */
export function decodeJpeg(bytes: Buffer): Raster {
  const decoded = jpeg.decode(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    maxResolutionInMP: MAX_MEGAPIXELS,
    maxMemoryUsageInMB: MAX_MEMORY_MB,
  })
  return { width: decoded.width, height: decoded.height, data: decoded.data }
}
