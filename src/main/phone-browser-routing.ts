/**
 * Where the desktop app sends a request of the phone frame (docs/phone-browser.md "Desktop"), as
 * a pure decision the Electron wiring (phone-browser.ts) applies. The frame is an <iframe> of the
 * app window whose pages come from the core's gateways. In a browser, a script that assigns
 * `location.href` to another site leaves the gateways unseen; here every request of the frame
 * passes the session first, so:
 * - any request of the phone frame to a WeChat host (a page load, jweixin, an avatar) goes to that
 *   host's gateway through `go`, which answers with the mock;
 * - a page load of the phone frame anywhere else that no gateway carries goes through `go` too;
 * - the app's own requests, and the gateways' own addresses, are left alone.
 */
import { wechatHostOf } from '../core/browser/wechat-hosts'

export interface PhoneFrameRequest {
  readonly url: string
  /** Electron's resourceType: 'mainFrame', 'subFrame', 'script', 'image', … */
  readonly resourceType: string
  /** The request comes from a frame inside the window (the phone frame or one of its frames). */
  readonly fromSubframe: boolean
}

export interface PhoneFrameContext {
  readonly appOrigins: readonly string[]
  readonly gatewayOrigins: readonly string[]
  /** The `go` address for a real address; undefined while no gateway is open. */
  readonly goAddressFor: (url: string) => string | undefined
}

/** The address to redirect to, or undefined to let the request go as it is. */
export function phoneFrameRedirect(
  request: PhoneFrameRequest,
  ctx: PhoneFrameContext,
): string | undefined {
  if (request.resourceType === 'mainFrame' || !request.fromSubframe) return undefined
  if (!URL.canParse(request.url)) return undefined
  const url = new URL(request.url)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  if (ctx.appOrigins.includes(url.origin) || ctx.gatewayOrigins.includes(url.origin)) {
    return undefined
  }
  const carry = wechatHostOf(url) !== undefined || request.resourceType === 'subFrame'
  return carry ? ctx.goAddressFor(url.href) : undefined
}

/** Whether a frame inside the window may be redirected to this address (security.ts). */
export function isPhoneFrameAddress(url: string, gatewayOrigins: readonly string[]): boolean {
  return URL.canParse(url) && gatewayOrigins.includes(new URL(url).origin)
}
