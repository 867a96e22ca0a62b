/**
 * Where media bytes are loaded without a token (docs/api-media.md "Public URLs"), like WeChat's
 * mmbiz.qpic.cn image host, which serves anyone holding the URL:
 * - GET /__mpsim/media/<mediaId>: what the app and its phone load (previewUrl). 404 JSON with a
 *   reason when no media has that id, 410 JSON once a temporary one is past its 3 days.
 * - GET /mmbiz_jpg|png|gif/<mediaId>/<size>: the PicUrl of a photo the phone's user sent and the
 *   url of uploadimg / permanent images. Served while the media exists, expiry aside: image URLs
 *   outlive the 3-day media_id [unconfirmed].
 * Neither is a /cgi-bin path, so neither becomes an Exchange.
 */
import { Router } from 'express'
import type { Response } from 'express'
import type { MediaStore, StoredMedia } from '../../state/media-store'
import type { PlatformOptions } from '../options'

function sendBytes(res: Response, item: StoredMedia, bytes: Buffer): void {
  res.status(200)
  res.setHeader('Content-Type', item.contentType)
  res.setHeader('Cache-Control', 'no-cache')
  res.send(bytes)
}

function missing(res: Response, status: 404 | 410, reason: string, mediaId: string): void {
  res.status(status).json({
    error: status === 404 ? 'media-unknown' : 'media-expired',
    mediaId,
    mpsim_hint: reason,
  })
}

async function serve(
  media: MediaStore,
  res: Response,
  mediaId: string,
  honourExpiry: boolean,
): Promise<void> {
  const item = media.findAnyAccount(mediaId)
  if (!item) {
    missing(res, 404, 'no media with this id: never uploaded, or deleted', mediaId)
    return
  }
  if (honourExpiry && media.expired(item)) {
    missing(res, 410, 'temporary media expire 3 days after upload (simulated clock)', mediaId)
    return
  }
  sendBytes(res, item, await media.read(item))
}

export function publicMediaRouter(_ctx: unknown, options: PlatformOptions): Router {
  const router = Router()
  const { media } = options.state
  router.get('/__mpsim/media/:mediaId', (req, res, next) => {
    serve(media, res, req.params.mediaId, true).catch(next)
  })
  for (const format of ['jpg', 'png', 'gif']) {
    router.get(`/mmbiz_${format}/:mediaId/:size`, (req, res, next) => {
      serve(media, res, req.params.mediaId, false).catch(next)
    })
  }
  return router
}
