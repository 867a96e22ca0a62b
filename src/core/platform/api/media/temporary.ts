/**
 * Temporary media and article images (docs/api-media.md):
 * - POST /cgi-bin/media/upload?type=image|voice|video|thumb, multipart field `media` [doc] →
 *   {"type","media_id","created_at"}; a thumb answers `thumb_media_id` instead of `media_id` [sdk]
 *   (WxJava WxMediaUploadResult, wechatpy's media.upload docs). Kept 3 days on the simulated clock.
 * - GET /cgi-bin/media/get?media_id= → the bytes with Content-Type and
 *   `Content-disposition: attachment; filename="<id>.<ext>"` [doc]; a video answers JSON
 *   {"video_url": …} [doc]; unknown or past 3 days → 40007 [doc]; no media_id → 41006 [sdk].
 *   Only temporary media: permanent material is read with get_material [unconfirmed].
 * - POST /cgi-bin/media/uploadimg → {"url": …} for images inside articles, JPG/PNG under 1 MB [doc],
 *   served by the mock platform at an mmbiz-shaped path.
 */
import { RouteTable } from '../../http/route-table'
import type { Request, Response } from 'express'
import type { PlatformContext } from '../../../context/platform-context'
import { noteAnalysis } from '../analysis'
import { authenticate } from '../auth'
import type { PlatformOptions } from '../options'
import { withinQuota } from '../quota'
import { answerError, answerOk } from '../reply'
import { queryParam } from '../request'
import { apiRoute } from '../route'
import { ARTICLE_IMAGE_RULE, TEMPORARY_RULES } from './file-kinds'
import { receiveTypedUpload, receiveUpload, runMediaHandler, uploadedByBot } from './receive-upload'
import { sendMediaFile } from './send-file'

export function temporaryMediaRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, quotas, media } = options.state

  const upload = async (req: Request, res: Response): Promise<void> => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const upload = await receiveTypedUpload(ctx, req, res, TEMPORARY_RULES)
    if (!upload) return
    const { type, received } = upload
    if (!withinQuota(ctx, quotas, account, 'media/upload', res)) return
    const stored = await media.add({
      accountId: account.id,
      type,
      kind: 'temporary',
      ...uploadedByBot(received),
    })
    const idKey = type === 'thumb' ? 'thumb_media_id' : 'media_id'
    answerOk(res, { type, [idKey]: stored.mediaId, created_at: stored.createdAt })
  }

  const get = async (req: Request, res: Response): Promise<void> => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const mediaId = queryParam(req, 'media_id')
    if (!mediaId) {
      answerError(ctx, res, 41006)
      return
    }
    const item = media.find(account.id, mediaId)
    if (!item || item.kind !== 'temporary' || media.expired(item)) {
      noteAnalysis(res, {
        problem: item
          ? media.expired(item)
            ? 'media-expired'
            : 'media-not-temporary'
          : 'media-unknown',
      })
      answerError(ctx, res, 40007)
      return
    }
    if (!withinQuota(ctx, quotas, account, 'media/get', res)) return
    if (item.type === 'video') {
      answerOk(res, { video_url: media.previewUrl(item.mediaId) })
      return
    }
    sendMediaFile(res, item, await media.read(item))
  }

  const uploadImg = async (req: Request, res: Response): Promise<void> => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const received = await receiveUpload(ctx, req, res, ARTICLE_IMAGE_RULE)
    if (!received) return
    if (!withinQuota(ctx, quotas, account, 'media/uploadimg', res)) return
    const stored = await media.add({
      accountId: account.id,
      type: 'image',
      kind: 'article-image',
      ...uploadedByBot(received),
    })
    answerOk(res, { url: stored.url })
  }

  apiRoute(ctx, router, 'POST', '/cgi-bin/media/upload', runMediaHandler(ctx, upload))
  apiRoute(ctx, router, 'GET', '/cgi-bin/media/get', runMediaHandler(ctx, get))
  apiRoute(ctx, router, 'POST', '/cgi-bin/media/uploadimg', runMediaHandler(ctx, uploadImg))
  return router
}
