/**
 * GET /__mpsim/avatar/<openid>/<size>: what a headimgurl points at (docs/api-images.md
 * "Avatars"). Sizes 0 (640 × 640), 46, 64, 96 and 132 as WeChat's avatar host serves them [doc];
 * any other size, or something that is not an openid, is a 404 as on an image host. The picture is
 * the one the user picked (setUserAvatar) cut to the size, else the generated one. Not an API
 * call, so not an Exchange: bots and pages load these like any image.
 */
import type { Response, Router } from 'express'
import type { AvatarStore } from '../state/avatars'
import { AVATAR_FULL_SIZE, AVATAR_OPENID, avatarPixels } from './avatar-sizes'
import { generatedAvatar } from './avatar-art'
import { decodeJpeg, encodeJpeg } from './jpeg'
import { squareResize } from './resample'
import { AVATAR_PATH_PREFIX } from './served-url'

/** Rendered JPEGs kept: a few users × five sizes, so the phone's list does not re-encode. */
const CACHE_LIMIT = 128

export function avatarRoute(router: Router, avatars: AvatarStore): void {
  const cache = new Map<string, Buffer>()
  const render = async (openid: string, px: number): Promise<Buffer> => {
    const key = `${openid}/${px}/${avatars.revision(openid)}`
    const hit = cache.get(key)
    if (hit) return hit
    const picked = await avatars.picked(openid)
    const jpeg = !picked
      ? encodeJpeg(generatedAvatar(openid, px))
      : px === AVATAR_FULL_SIZE
        ? picked
        : encodeJpeg(squareResize(decodeJpeg(picked), px))
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '')
    cache.set(key, jpeg)
    return jpeg
  }

  router.get(`${AVATAR_PATH_PREFIX}:openid/:size`, async (req, res, next) => {
    const { openid, size } = req.params
    const px = avatarPixels(size)
    if (px === undefined || !AVATAR_OPENID.test(openid)) {
      notFound(res)
      return
    }
    try {
      const jpeg = await render(openid, px)
      res.status(200).set({
        'Content-Type': 'image/jpeg',
        'Content-Length': String(jpeg.length),
        // The user may pick another picture at any time: always ask again.
        'Cache-Control': 'no-cache',
      })
      if (req.method === 'HEAD') res.end()
      else res.end(jpeg)
    } catch (error) {
      next(error)
    }
  })
}

function notFound(res: Response): void {
  res
    .status(404)
    .set({ 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
    .send(
      '404 Not Found\n头像大小只有 0、46、64、96、132 / avatar sizes are 0, 46, 64, 96 and 132\n',
    )
}
