/**
 * Electron's security checklist, applied to every web contents the app ever creates (not only the
 * main window): no webviews, no navigation away from the app's origin, window.open denied with
 * external http(s) links handed to the system browser, and every permission request refused
 * (camera, geolocation, notifications… — a WeChat simulator needs none of them). The one frame
 * that may leave the app's origin is the phone browser's, inside the window, and only for the
 * core's gateways (docs/phone-browser.md "Desktop"); the window itself never does.
 */
import { app, session, shell } from 'electron'
import { isPhoneFrameAddress } from './phone-browser-routing'

export function hardenApp(
  appOrigins: () => readonly string[],
  gatewayOrigins: () => readonly string[] = () => [],
): void {
  const isApp = (url: string) => {
    try {
      return appOrigins().includes(new URL(url).origin)
    } catch {
      return false
    }
  }
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.on('will-navigate', (event, url) => {
      if (!isApp(url)) event.preventDefault()
    })
    contents.on('will-redirect', (event) => {
      // A frame of the window follows a gateway's redirect to another gateway (the walk's hops).
      const allowed = event.isMainFrame
        ? isApp(event.url)
        : isApp(event.url) || isPhoneFrameAddress(event.url, gatewayOrigins())
      if (!allowed) event.preventDefault()
    })
    contents.setWindowOpenHandler(({ url }) => {
      // Links in bot replies (news cards, <a href>) open in the user's browser, never in-app.
      if (/^https?:\/\//i.test(url) && !isApp(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
      callback(false),
    )
    session.defaultSession.setPermissionCheckHandler(() => false)
  })
}
