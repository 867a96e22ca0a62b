/**
 * Reading the body of a message push (protocol.md §4.2).
 *
 * WeChat sends `Content-Type: text/xml` (no charset; the bytes are UTF-8). The seed journey's bot
 * used Django REST framework's XML parser, whose media_type was only `application/xml`: every test
 * the developer sent by hand (with application/xml) worked, and every real push failed with
 * **HTTP 415 Unsupported Media Type**, which WeChat's debug tool reported as a bare "请求错误".
 * So this bot accepts both XML types — and a missing Content-Type, since the body is XML whatever
 * the header says and some tools send none. Anything else (JSON, a form) cannot be a push from
 * WeChat, and gets a 415 that says so instead of a silent one.
 *
 * The body is limited to 1 MB: the largest real push is a few kilobytes, and a bot that buffers
 * whatever it is sent can be knocked over with one big request (413 instead). Compressed bodies
 * are refused too (WeChat never compresses), so a small gzip "bomb" cannot expand past the limit.
 */
import express from 'express'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { BotHttpError } from './bot-error'

export const XML_CONTENT_TYPES = ['text/xml', 'application/xml'] as const

export const BODY_LIMIT = '1mb'

/** Refuses a Content-Type that is present and not XML. */
export function acceptXmlContentType(req: Request, _res: Response, next: NextFunction): void {
  const header = req.get('content-type')?.trim() ?? ''
  if (header === '' || req.is([...XML_CONTENT_TYPES])) {
    next()
    return
  }
  next(
    new BotHttpError(
      415,
      'content-type-unsupported',
      `不支持的 Content-Type "${header}"：微信推送的是 XML（Content-Type: text/xml）。\n` +
        `Unsupported Content-Type "${header}": WeChat pushes XML with Content-Type text/xml ` +
        '(this bot also accepts application/xml, or no Content-Type at all).',
    ),
  )
}

/** The body as UTF-8 text in req.body ('' when there is none), once the type was accepted. */
export const readXmlText: RequestHandler = express.text({
  // Parse whatever passed acceptXmlContentType, including requests without a Content-Type.
  type: () => true,
  limit: BODY_LIMIT,
  inflate: false,
  defaultCharset: 'utf-8',
})

export function bodyText(req: Request): string {
  const body: unknown = req.body
  return typeof body === 'string' ? body : ''
}
