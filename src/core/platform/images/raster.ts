/**
 * An RGBA picture in memory, the one shape every image step here reads and writes (jpeg-js and
 * pngjs both decode to it, and jpeg-js encodes from it).
 */
export interface Raster {
  readonly width: number
  readonly height: number
  /** width × height × 4 bytes: R, G, B, A per pixel, rows top to bottom. */
  readonly data: Uint8Array
}

export function blankRaster(width: number, height: number, rgb: readonly number[]): Raster {
  const data = new Uint8Array(width * height * 4)
  for (let i = 0; i < data.length; i += 4) {
    data[i] = rgb[0] ?? 0
    data[i + 1] = rgb[1] ?? 0
    data[i + 2] = rgb[2] ?? 0
    data[i + 3] = 255
  }
  return { width, height, data }
}
