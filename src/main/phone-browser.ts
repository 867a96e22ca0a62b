/**
 * The phone frame in the desktop app (docs/phone-browser.md "Desktop"): the app window's session
 * sends the frame's requests for WeChat hosts, and its page loads of sites no gateway carries,
 * through the core's gateways (phone-browser-routing.ts decides; this applies it).
 */
import type { Session } from 'electron'
import type { RunningPhoneBrowser } from '../core/browser/phone-browser'
import { phoneFrameRedirect } from './phone-browser-routing'

export function routePhoneFrame(
  session: Session,
  appOrigins: () => readonly string[],
  browser: () => RunningPhoneBrowser | undefined,
): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const running = browser()
    const frame = details.frame
    const redirect =
      running &&
      phoneFrameRedirect(
        {
          url: details.url,
          resourceType: details.resourceType,
          fromSubframe: details.resourceType === 'subFrame' || (frame?.parent ?? null) !== null,
        },
        {
          appOrigins: appOrigins(),
          gatewayOrigins: running.gatewayOrigins(),
          goAddressFor: (url) => running.goAddressFor(url),
        },
      )
    callback(redirect ? { redirectURL: redirect } : {})
  })
}
