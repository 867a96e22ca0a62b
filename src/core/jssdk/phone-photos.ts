/**
 * The simulated phone's photo album, what `wx.chooseImage` picks from. The chat's + panel sends a
 * photo as a push with a generated PicUrl (no picture behind it); a page needs something it can
 * show, so the album holds three small pictures built in code (SVG: readable, no binary files —
 * a real phone hands over JPEGs).
 *
 * WeChat gives a page `localIds`, not files: `wxLocalResource://…` on iOS, `weixin://resourceid/…`
 * on Android [doc: "localId可以作为img标签的src属性显示图片"]. mpsim uses the iOS form and keeps
 * which photo each id stands for, so getLocalImgData and uploadImage can answer for it.
 */
import type { Random } from '../runtime/random'
import { randomDigits } from '../runtime/random'

export interface PhonePhoto {
  readonly name: string
  readonly svg: string
}

function picture(name: string, fill: string, label: string): PhonePhoto {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240" viewBox="0 0 320 240">` +
    `<rect width="320" height="240" fill="${fill}"/>` +
    `<text x="160" y="130" font-family="sans-serif" font-size="24" fill="#fff" ` +
    `text-anchor="middle">${label}</text></svg>`
  return { name, svg }
}

export const PHONE_PHOTOS: readonly PhonePhoto[] = [
  picture('binhai.svg', '#07c160', 'mpsim 照片 1'),
  picture('harbour.svg', '#1485ee', 'mpsim photo 2'),
  picture('sunset.svg', '#fa9d3b', 'mpsim 照片 3'),
]

/** At most this many ids are remembered; the oldest is forgotten first (bounded memory). */
const MAX_LOCAL_IDS = 500

export class LocalIdStore {
  readonly #photos = new Map<string, PhonePhoto>()
  readonly #random: Random

  constructor(random: Random) {
    this.#random = random
  }

  issue(photo: PhonePhoto): string {
    const id = `wxLocalResource://imageid${randomDigits(this.#random, 16)}`
    this.#photos.set(id, photo)
    if (this.#photos.size > MAX_LOCAL_IDS) {
      const oldest = this.#photos.keys().next()
      if (!oldest.done) this.#photos.delete(oldest.value)
    }
    return id
  }

  photo(localId: string): PhonePhoto | undefined {
    return this.#photos.get(localId)
  }
}

/** The picture as getLocalImgData hands it over: a data: URL with base64 (iOS includes the prefix). */
export function photoData(photo: PhonePhoto): string {
  return `data:image/svg+xml;base64,${Buffer.from(photo.svg, 'utf8').toString('base64')}`
}
