/**
 * The messages between the app and a page in the phone browser (docs/phone-browser.md). The page
 * runs on a gateway origin of its own, never the app's, so the two talk by `postMessage` only: the
 * bridge script mpsim adds to each HTML page tells the app where the page is and what it is
 * called; the app asks the page to go back, forward or reload. Each side checks the other's origin.
 */

/** Marks every message of this protocol, so other `postMessage` traffic is ignored. */
export const BRIDGE_TAG = 'mpsim-phone-browser'

/** Page → app: a page finished loading, or its title or address changed (history.pushState…). */
export interface PageShownMessage {
  readonly tag: typeof BRIDGE_TAG
  readonly type: 'page'
  /** The address as the phone's user sees it (the real host, not the gateway). */
  readonly url: string
  readonly title: string
  /** The gateway address the frame shows, so the app can reload it exactly. */
  readonly frameUrl: string
}

/**
 * Page → app: the page tried to leave for an address the phone browser cannot carry in this host
 * (for example a script assigning `location.href` to a WeChat host in browser mode).
 */
export interface PageLeavingMessage {
  readonly tag: typeof BRIDGE_TAG
  readonly type: 'leaving'
  readonly url: string
  readonly how: 'script-location' | 'window-open' | 'unknown'
}

/** Page → app: the page called `wx.config` or another `wx.*` API (the app may show a toast). */
export interface JssdkMessage {
  readonly tag: typeof BRIDGE_TAG
  readonly type: 'jssdk'
  readonly api: string
  readonly ok: boolean
  readonly errMsg: string
  /** The recorded exchange, for a link into the inspector. */
  readonly exchangeId?: string
}

export type PageToAppMessage = PageShownMessage | PageLeavingMessage | JssdkMessage

/** App → page: history and reload, done by the page itself (the app cannot reach into it). */
export interface AppToPageMessage {
  readonly tag: typeof BRIDGE_TAG
  readonly type: 'command'
  readonly command: 'back' | 'forward' | 'reload'
}

export function isPageToAppMessage(value: unknown): value is PageToAppMessage {
  if (typeof value !== 'object' || value === null) return false
  const v = value as { tag?: unknown; type?: unknown }
  return v.tag === BRIDGE_TAG && (v.type === 'page' || v.type === 'leaving' || v.type === 'jssdk')
}
