/**
 * Permanent material (docs/api-media.md), never expiring:
 * - POST /cgi-bin/material/add_material?type=…, multipart `media` plus, for a video, a
 *   `description` field {"title","introduction"} [doc] → {"media_id"} and, for an image, "url" [doc].
 *   The library holds at most 100,000 images and 1,000 of each other type [doc]; over that 45034
 *   [wire] (see errcodes-media.ts). A video without a readable description: 40097 [unconfirmed].
 * - POST /cgi-bin/material/get_material {"media_id"} → image/voice/thumb bytes; a video
 *   {"title","description","down_url"} [doc]; unknown → 40007 [doc].
 * - POST /cgi-bin/material/del_material {"media_id"} → {"errcode":0,"errmsg":"ok"}; unknown → 40007.
 * - GET /cgi-bin/material/get_materialcount → {voice_count, video_count, image_count, news_count} [doc].
 *   news is the retired permanent-news material, always 0 here (drafts replaced it).
 * - POST /cgi-bin/material/batchget_material {"type","offset","count"}: count 1–20 [doc] →
 *   {total_count, item_count, item:[{media_id, name, update_time, url}]} [doc]. A type outside
 *   image/voice/video/news answers 40004, a count outside 1–20 40097 [unconfirmed].
 */
import { RouteTable } from '../../http/route-table'
import type { Request, Response } from 'express'
import type { PlatformContext } from '../../../context/platform-context'
import type { MediaType } from '../../state/media-store'
import { noteAnalysis } from '../analysis'
import { authenticate } from '../auth'
import { filled, str } from '../fields'
import { readJsonBody } from '../json-body'
import type { PlatformOptions } from '../options'
import { withinQuota } from '../quota'
import { OK_BODY, answerError, answerOk } from '../reply'
import { apiRoute } from '../route'
import { PERMANENT_RULES, isUploadType } from './file-kinds'
import { receiveTypedUpload, runMediaHandler, uploadedByBot } from './receive-upload'
import { sendMediaFile } from './send-file'

/** The library's count limits per type [doc] (上传永久素材: 图片素材上限为100000，其他类型为1000). */
export const MATERIAL_LIMITS: Readonly<Record<MediaType, number>> = {
  image: 100_000,
  voice: 1000,
  video: 1000,
  thumb: 1000,
}

export function permanentMediaRouter(ctx: PlatformContext, options: PlatformOptions): RouteTable {
  const router = new RouteTable()
  const { tokens, quotas, media } = options.state

  const add = async (req: Request, res: Response): Promise<void> => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const upload = await receiveTypedUpload(ctx, req, res, PERMANENT_RULES)
    if (!upload) return
    const { type, received } = upload
    let video: { title: string; description: string } | undefined
    if (type === 'video') {
      video = readVideoDescription(received.form.fields.get('description'))
      if (!video) {
        noteAnalysis(res, { problem: 'video-description-missing' })
        answerError(ctx, res, 40097)
        return
      }
    }
    if (media.count(account.id, 'permanent', type) >= MATERIAL_LIMITS[type]) {
      answerError(ctx, res, 45034)
      return
    }
    if (!withinQuota(ctx, quotas, account, 'material/add_material', res)) return
    const stored = await media.add({
      accountId: account.id,
      type,
      kind: 'permanent',
      ...uploadedByBot(received),
      ...(video ?? {}),
    })
    answerOk(res, {
      media_id: stored.mediaId,
      ...(type === 'image' && stored.url !== undefined ? { url: stored.url } : {}),
    })
  }

  /** The permanent item the JSON body names, or undefined after answering 40007. */
  const named = (req: Request, res: Response, accountId: string) => {
    const body = readJsonBody(ctx, req, res)
    if (!body) return undefined
    const mediaId = filled(body, 'media_id')
    const item = mediaId === undefined ? undefined : media.find(accountId, mediaId)
    if (!item || item.kind !== 'permanent') {
      noteAnalysis(res, { problem: item ? 'media-not-permanent' : 'media-unknown' })
      answerError(ctx, res, 40007)
      return undefined
    }
    return item
  }

  const get = async (req: Request, res: Response): Promise<void> => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const item = named(req, res, account.id)
    if (!item) return
    if (!withinQuota(ctx, quotas, account, 'material/get_material', res)) return
    if (item.type === 'video') {
      answerOk(res, {
        title: item.title ?? '',
        description: item.description ?? '',
        down_url: media.previewUrl(item.mediaId),
      })
      return
    }
    sendMediaFile(res, item, await media.read(item))
  }

  const del = async (req: Request, res: Response): Promise<void> => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return
    const item = named(req, res, account.id)
    if (!item) return
    if (!withinQuota(ctx, quotas, account, 'material/del_material', res)) return
    await media.remove(account.id, item.mediaId)
    answerOk(res, OK_BODY)
  }

  const count = (req: Request, res: Response): Promise<void> => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return Promise.resolve()
    if (!withinQuota(ctx, quotas, account, 'material/get_materialcount', res)) {
      return Promise.resolve()
    }
    answerOk(res, {
      voice_count: media.count(account.id, 'permanent', 'voice'),
      video_count: media.count(account.id, 'permanent', 'video'),
      image_count: media.count(account.id, 'permanent', 'image'),
      news_count: 0,
    })
    return Promise.resolve()
  }

  const batchget = (req: Request, res: Response): Promise<void> => {
    const account = authenticate(ctx, tokens, req, res)
    if (!account) return Promise.resolve()
    const body = readJsonBody(ctx, req, res)
    if (!body) return Promise.resolve()
    const type = str(body, 'type')
    if (type !== 'news' && !isUploadType(type)) {
      answerError(ctx, res, 40004)
      return Promise.resolve()
    }
    const offset = Number(body.offset ?? 0)
    const wanted = Number(body.count ?? 0)
    if (
      !Number.isInteger(offset) ||
      offset < 0 ||
      !Number.isInteger(wanted) ||
      wanted < 1 ||
      wanted > 20
    ) {
      noteAnalysis(res, { problem: 'batchget-range', reason: 'offset ≥ 0 and count 1–20' })
      answerError(ctx, res, 40097)
      return Promise.resolve()
    }
    if (!withinQuota(ctx, quotas, account, 'material/batchget_material', res)) {
      return Promise.resolve()
    }
    const all =
      type === 'news'
        ? []
        : media.list(account.id).filter((m) => m.kind === 'permanent' && m.type === type)
    const page = all.slice(offset, offset + wanted)
    answerOk(res, {
      total_count: all.length,
      item_count: page.length,
      item: page.map((m) => ({
        media_id: m.mediaId,
        name: m.filename,
        update_time: m.createdAt,
        ...(m.url === undefined ? {} : { url: m.url }),
      })),
    })
    return Promise.resolve()
  }

  apiRoute(ctx, router, 'POST', '/cgi-bin/material/add_material', runMediaHandler(ctx, add))
  apiRoute(ctx, router, 'POST', '/cgi-bin/material/get_material', runMediaHandler(ctx, get))
  apiRoute(ctx, router, 'POST', '/cgi-bin/material/del_material', runMediaHandler(ctx, del))
  apiRoute(ctx, router, 'GET', '/cgi-bin/material/get_materialcount', runMediaHandler(ctx, count))
  apiRoute(
    ctx,
    router,
    'POST',
    '/cgi-bin/material/batchget_material',
    runMediaHandler(ctx, batchget),
  )
  return router
}

/** add_material's `description` field: JSON {"title","introduction"} [doc]. */
function readVideoDescription(
  raw: string | undefined,
): { title: string; description: string } | undefined {
  if (raw === undefined) return undefined
  try {
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null) return undefined
    const record = parsed as Record<string, unknown>
    const title = typeof record.title === 'string' ? record.title : ''
    const intro = typeof record.introduction === 'string' ? record.introduction : ''
    return { title, description: intro }
  } catch {
    return undefined
  }
}
