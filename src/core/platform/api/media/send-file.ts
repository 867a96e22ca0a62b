/**
 * Answers a stored file the way WeChat's download APIs do (docs/api-media.md): its bytes with the
 * Content-Type it was stored with and `Content-disposition: attachment; filename="<id>.<ext>"`
 * [doc] (获取临时素材's sample headers), not cached.
 */
import type { Response } from 'express'
import { noteExchange } from '../../http/record-exchange'
import type { StoredMedia } from '../../state/media-store'
import { EXTENSION, sniffFormat } from './file-kinds'

export function sendMediaFile(res: Response, item: StoredMedia, bytes: Buffer): void {
  const format = sniffFormat(bytes)
  const ext = format ? EXTENSION[format] : 'bin'
  noteExchange(res, { errcode: 0 })
  res.status(200)
  res.setHeader('Content-Type', item.contentType)
  res.setHeader('Content-disposition', `attachment; filename="${item.mediaId}.${ext}"`)
  res.setHeader('Cache-Control', 'no-cache, must-revalidate')
  res.send(bytes)
}
