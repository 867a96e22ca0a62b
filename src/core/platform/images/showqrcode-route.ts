/**
 * GET https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=TICKET (doc "生成带参数的二维码", 通过
 * ticket换取二维码): no access_token ("本接口无须登录态即可调用" [doc]); a valid ticket answers 200
 * with the picture, "Content-Type: image/jpg" and "Cache-control: max-age=604800" [doc]; an
 * invalid one answers HTTP 404 ("ticket正确情况下，http 返回码是200，是一张图片… 错误情况下（如ticket
 * 非法）返回HTTP错误码404" [doc]). An expired temporary ticket reads as invalid [unconfirmed]; the
 * 404's body is [unconfirmed], so ours says in words what went wrong.
 *
 * The doc also says "TICKET记得进行UrlEncode": tickets are base64 with `+`, `/` and `=`, and a raw
 * `+` in a query string is a space, so an unencoded ticket is not found (wechatpy#113 and
 * Eric-Guo/wechat#69 are bots that hit the opposite trap: encoding twice). The Exchange notes
 * which one it was.
 */
import type { Request, Response } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import { noteAnalysis } from '../api/analysis'
import { apiRoute } from '../api/route'
import { noteExchange } from '../http/record-exchange'
import type { RouteTable } from '../http/route-table'
import type { QrCodeStore } from '../state/qrcodes'
import { qrCodeJpeg } from './qr-image'

export const SHOWQRCODE_PATH = '/cgi-bin/showqrcode'

/** The JPEG of a url is the same every time; codes are few, so keep the recent ones. */
const CACHE_LIMIT = 64

export function showQrCodeRoute(
  ctx: PlatformContext,
  routes: RouteTable,
  qrcodes: QrCodeStore,
): void {
  const cache = new Map<string, Buffer>()
  const image = (url: string): Buffer => {
    const hit = cache.get(url)
    if (hit) return hit
    const jpeg = qrCodeJpeg(url)
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '')
    cache.set(url, jpeg)
    return jpeg
  }
  apiRoute(ctx, routes, 'GET', SHOWQRCODE_PATH, (req, res) => {
    const ticket = ticketParam(req)
    const code = ticket === undefined ? undefined : qrcodes.find(ticket)
    if (!code) {
      notFound(res, whyUnknown(ticket, qrcodes))
      return
    }
    noteExchange(res, { accountId: code.accountId })
    if (qrcodes.expired(code)) {
      notFound(res, 'qr-ticket-expired')
      return
    }
    sendImage(res, image(code.url))
  })
}

function ticketParam(req: Request): string | undefined {
  const value = req.query.ticket
  return typeof value === 'string' && value !== '' ? value : undefined
}

type Why =
  'qr-ticket-missing' | 'qr-ticket-unknown' | 'qr-ticket-not-url-encoded' | 'qr-ticket-expired'

function whyUnknown(ticket: string | undefined, qrcodes: QrCodeStore): Why {
  if (ticket === undefined) return 'qr-ticket-missing'
  // A `+` sent raw arrives as a space: the ticket exists once the spaces are put back.
  if (ticket.includes(' ') && qrcodes.find(ticket.replace(/ /g, '+'))) {
    return 'qr-ticket-not-url-encoded'
  }
  return 'qr-ticket-unknown'
}

const WHY_TEXT: Readonly<Record<Why, string>> = {
  'qr-ticket-missing':
    'showqrcode 需要 ticket 参数 / showqrcode needs the ticket parameter (from /cgi-bin/qrcode/create)',
  'qr-ticket-unknown':
    '没有这个 ticket / no QR code has this ticket (was it URL-encoded exactly once?)',
  'qr-ticket-not-url-encoded':
    'ticket 没有 UrlEncode：其中的 + 被读成了空格 / the ticket was not URL-encoded: its + read as a space',
  'qr-ticket-expired': '这个临时二维码已过期 / this temporary QR code has expired (expire_seconds)',
}

function notFound(res: Response, why: Why): void {
  noteAnalysis(res, { problem: why })
  res
    .status(404)
    .set({ 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
    .send(`404 Not Found\n${WHY_TEXT[why]}\n`)
}

function sendImage(res: Response, jpeg: Buffer): void {
  res.status(200).set({
    // WeChat's own (non-standard) type name [doc]; browsers and SDKs accept it.
    'Content-Type': 'image/jpg',
    'Cache-Control': 'max-age=604800',
    'Content-Length': String(jpeg.length),
  })
  if (res.req.method === 'HEAD') res.end()
  else res.end(jpeg)
}
