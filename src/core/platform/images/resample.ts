/**
 * Square thumbnails the way an avatar host cuts them: the centre square of the picture, scaled to
 * `size` × `size`. Shrinking averages every source pixel under the target pixel (weighted by how
 * much of it is covered), so a 4000-pixel photo does not alias into noise; growing a small
 * picture interpolates bilinearly. Transparent pixels are laid over white (JPEG has no alpha).
 */
import type { Raster } from './raster'

export function squareResize(src: Raster, size: number): Raster {
  const side = Math.min(src.width, src.height)
  const ox = Math.floor((src.width - side) / 2)
  const oy = Math.floor((src.height - side) / 2)
  const scale = side / size
  const out = new Uint8Array(size * size * 4)
  const rgb = [0, 0, 0]
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (scale > 1) average(src, ox + x * scale, oy + y * scale, scale, rgb)
      else
        bilinear(src, ox + (x + 0.5) * scale - 0.5, oy + (y + 0.5) * scale - 0.5, ox, oy, side, rgb)
      const o = (y * size + x) * 4
      out[o] = rgb[0] ?? 0
      out[o + 1] = rgb[1] ?? 0
      out[o + 2] = rgb[2] ?? 0
      out[o + 3] = 255
    }
  }
  return { width: size, height: size, data: out }
}

/** The source pixel (x, y) over white, added into `acc` with weight `w`. */
function addOverWhite(src: Raster, x: number, y: number, w: number, acc: number[]): void {
  const i = (y * src.width + x) * 4
  const a = (src.data[i + 3] ?? 255) / 255
  for (let c = 0; c < 3; c++) {
    acc[c] = (acc[c] ?? 0) + w * ((src.data[i + c] ?? 0) * a + 255 * (1 - a))
  }
}

function average(src: Raster, x0: number, y0: number, span: number, out: number[]): void {
  const acc = [0, 0, 0]
  let total = 0
  const x1 = x0 + span
  const y1 = y0 + span
  for (let sy = Math.floor(y0); sy < Math.ceil(y1); sy++) {
    const wy = Math.min(sy + 1, y1) - Math.max(sy, y0)
    for (let sx = Math.floor(x0); sx < Math.ceil(x1); sx++) {
      const w = wy * (Math.min(sx + 1, x1) - Math.max(sx, x0))
      if (w <= 0) continue
      addOverWhite(src, Math.min(sx, src.width - 1), Math.min(sy, src.height - 1), w, acc)
      total += w
    }
  }
  for (let c = 0; c < 3; c++) out[c] = Math.round((acc[c] ?? 0) / total)
}

function bilinear(
  src: Raster,
  fx: number,
  fy: number,
  ox: number,
  oy: number,
  side: number,
  out: number[],
): void {
  const clampX = (v: number) => Math.min(Math.max(v, ox), ox + side - 1)
  const clampY = (v: number) => Math.min(Math.max(v, oy), oy + side - 1)
  const x0 = clampX(Math.floor(fx))
  const y0 = clampY(Math.floor(fy))
  const x1 = clampX(x0 + 1)
  const y1 = clampY(y0 + 1)
  const tx = Math.min(Math.max(fx - x0, 0), 1)
  const ty = Math.min(Math.max(fy - y0, 0), 1)
  const acc = [0, 0, 0]
  addOverWhite(src, x0, y0, (1 - tx) * (1 - ty), acc)
  addOverWhite(src, x1, y0, tx * (1 - ty), acc)
  addOverWhite(src, x0, y1, (1 - tx) * ty, acc)
  addOverWhite(src, x1, y1, tx * ty, acc)
  for (let c = 0; c < 3; c++) out[c] = Math.round(acc[c] ?? 0)
}
