/**
 * The avatar a simulated user has until one is picked: a soft two-tone gradient in a colour of its
 * own and a mirrored 5 × 5 block pattern (an "identicon"), both derived from the openid alone, so
 * the same user looks the same in every run, on every size, in the phone and in any bot page.
 * No font or drawing library: each pixel is computed, edges smoothed by 3 × 3 supersampling.
 */
import { createHash } from 'node:crypto'
import type { Raster } from './raster'

const GRID = 5
/** The pattern fills the middle of the square, leaving a frame of background. */
const PATTERN_SHARE = 0.56
const SUB = 3

export function generatedAvatar(openid: string, size: number): Raster {
  const hash = createHash('sha256').update(openid).digest()
  const hue = ((hash[0] ?? 0) * 256 + (hash[1] ?? 0)) % 360
  const top = hslToRgb(hue, 0.55, 0.66)
  const bottom = hslToRgb((hue + 24) % 360, 0.6, 0.5)
  const cells = patternCells(hash)
  const cell = (size * PATTERN_SHARE) / GRID
  const start = (size - cell * GRID) / 2
  const data = new Uint8Array(size * size * 4)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Diagonal gradient from the top-left corner to the bottom-right one.
      const t = (x + y) / (2 * Math.max(size - 1, 1))
      let covered = 0
      for (let sy = 0; sy < SUB; sy++) {
        for (let sx = 0; sx < SUB; sx++) {
          const cx = Math.floor((x + (sx + 0.5) / SUB - start) / cell)
          const cy = Math.floor((y + (sy + 0.5) / SUB - start) / cell)
          if (cx >= 0 && cy >= 0 && cx < GRID && cy < GRID && cells[cy * GRID + cx]) covered++
        }
      }
      const ink = (covered / (SUB * SUB)) * 0.92
      const o = (y * size + x) * 4
      for (let c = 0; c < 3; c++) {
        const bg = (top[c] ?? 0) * (1 - t) + (bottom[c] ?? 0) * t
        data[o + c] = Math.round(bg * (1 - ink) + 255 * ink)
      }
      data[o + 3] = 255
    }
  }
  return { width: size, height: size, data }
}

/** Left three columns from the hash's bits, mirrored to the right; never empty. */
function patternCells(hash: Buffer): boolean[] {
  const cells = new Array<boolean>(GRID * GRID).fill(false)
  let bit = 0
  for (let y = 0; y < GRID; y++) {
    for (let x = 0; x < 3; x++) {
      const on = (((hash[2 + (bit >> 3)] ?? 0) >> (bit & 7)) & 1) === 1
      bit++
      cells[y * GRID + x] = on
      cells[y * GRID + (GRID - 1 - x)] = on
    }
  }
  if (!cells.some(Boolean)) cells[12] = true
  return cells
}

function hslToRgb(h: number, s: number, l: number): number[] {
  const a = s * Math.min(l, 1 - l)
  const f = (n: number) => {
    const k = (n + h / 30) % 12
    return 255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)))
  }
  return [f(0), f(8), f(4)]
}
