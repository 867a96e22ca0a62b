/**
 * Upload APIs take files up to 10 MB [doc] (image and video), over the platform's 1 MB body limit
 * for JSON APIs. These paths get room for the largest file plus its multipart framing, so a file
 * just over 10 MB still reaches the route and gets WeChat's size errcode rather than a transport
 * error; beyond this the transport's 45002 answers.
 */
import type { Request } from 'express'

export const MEDIA_UPLOAD_PATHS: ReadonlySet<string> = new Set([
  '/cgi-bin/media/upload',
  '/cgi-bin/media/uploadimg',
  '/cgi-bin/material/add_material',
])

export const MEDIA_BODY_LIMIT_BYTES = 12 * 1024 * 1024

export function isMediaUpload(req: Request): boolean {
  const url = req.originalUrl
  const at = url.indexOf('?')
  return MEDIA_UPLOAD_PATHS.has(at < 0 ? url : url.slice(0, at))
}
