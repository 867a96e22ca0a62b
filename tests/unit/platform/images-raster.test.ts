/** The image steps behind avatars and QR codes (docs/api-images.md): resizing, generating, reading picked files. */
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { generatedAvatar } from '../../../src/core/platform/images/avatar-art'
import { avatarPixels } from '../../../src/core/platform/images/avatar-sizes'
import { decodeJpeg } from '../../../src/core/platform/images/jpeg'
import { normalizePickedAvatar } from '../../../src/core/platform/images/picked-avatar'
import type { Raster } from '../../../src/core/platform/images/raster'
import { squareResize } from '../../../src/core/platform/images/resample'

function pixel(r: Raster, x: number, y: number): number[] {
  const o = (y * r.width + x) * 4
  return [...r.data.subarray(o, o + 4)]
}

/** Left half red, right half blue, 2:1 landscape. */
function halves(width: number, height: number): Raster {
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      data.set(x < width / 2 ? [255, 0, 0, 255] : [0, 0, 255, 255], (y * width + x) * 4)
    }
  }
  return { width, height, data }
}

describe('squareResize', () => {
  it('cuts the centre square and averages when shrinking', () => {
    const out = squareResize(halves(400, 200), 2)
    expect([out.width, out.height]).toEqual([2, 2])
    expect(pixel(out, 0, 0)).toEqual([255, 0, 0, 255])
    expect(pixel(out, 1, 1)).toEqual([0, 0, 255, 255])
  })

  it('averages every source pixel under a target pixel, weighted by cover', () => {
    // 2 of 4 columns red: an even mix.
    expect(pixel(squareResize(halves(4, 4), 1), 0, 0)).toEqual([128, 0, 128, 255])
    // 3 × 3 source, 2 target pixels: the middle column is split between them.
    expect(pixel(squareResize(halves(3, 3), 2), 0, 0)).toEqual([255, 0, 0, 255])
    expect(pixel(squareResize(halves(3, 3), 2), 1, 0)).toEqual([85, 0, 170, 255])
  })

  it('grows a tiny picture without leaving its colours', () => {
    const out = squareResize(halves(2, 2), 64)
    expect(pixel(out, 0, 0)).toEqual([255, 0, 0, 255])
    expect(pixel(out, 63, 63)).toEqual([0, 0, 255, 255])
  })

  it('lays transparent pixels over white', () => {
    const src = { width: 1, height: 1, data: new Uint8Array([0, 0, 0, 0]) }
    expect(pixel(squareResize(src, 1), 0, 0)).toEqual([255, 255, 255, 255])
  })
})

describe('generatedAvatar', () => {
  it('is the same picture for the same openid and differs between openids', () => {
    const a = generatedAvatar('oyORnuP8q7ou2gfYjqLzSIWZf0rs', 46)
    expect(Buffer.from(generatedAvatar('oyORnuP8q7ou2gfYjqLzSIWZf0rs', 46).data)).toEqual(
      Buffer.from(a.data),
    )
    expect(Buffer.from(generatedAvatar('oOther', 46).data).equals(Buffer.from(a.data))).toBe(false)
  })

  it('has an opaque, non-white background frame', () => {
    const a = generatedAvatar('oAbc', 132)
    const corner = pixel(a, 0, 0)
    expect(corner[3]).toBe(255)
    expect(corner.slice(0, 3).every((v) => v === 255)).toBe(false)
  })
})

describe('avatarPixels', () => {
  it.each([
    ['0', 640],
    ['46', 46],
    ['64', 64],
    ['96', 96],
    ['132', 132],
    ['50', undefined],
    ['toString', undefined],
  ])('%s ⇒ %s', (segment, px) => {
    expect(avatarPixels(segment)).toBe(px)
  })
})

describe('normalizePickedAvatar', () => {
  it('turns a PNG into a 640 × 640 JPEG', () => {
    const png = new PNG({ width: 10, height: 20 })
    png.data.fill(200)
    const picked = normalizePickedAvatar(PNG.sync.write(png))
    if (!picked.ok) throw new Error(picked.reason)
    const image = decodeJpeg(picked.jpeg)
    expect([image.width, image.height]).toEqual([640, 640])
  })

  it.each([
    ['text', Buffer.from('plain text'), 'not a picture'],
    ['an empty file', Buffer.alloc(0), 'not a picture'],
    [
      'a BMP',
      Buffer.from(
        'Qk06AAAAAAAAADYAAAAoAAAAAQAAAAEAAAABABgAAAAAAAQAAAATCwAAEwsAAAAAAAAAAAAAAAD/AA==',
        'base64',
      ),
      'BMP',
    ],
  ])('refuses %s, saying why', (_name, bytes, why) => {
    const picked = normalizePickedAvatar(bytes)
    expect(picked.ok).toBe(false)
    if (!picked.ok) expect(picked.reason).toContain(why)
  })
})
