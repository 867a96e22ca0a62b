/**
 * Which `postMessage` traffic the app believes, and the commands it sends back (docs/phone-browser.md).
 * Pure, so the rules are unit-tested: the page in the phone runs on a gateway origin of its own,
 * any window could post to the app, and a message is believed only when it comes from the phone's
 * frame, from a loopback http origin that is not the app's own, and has the protocol's shape.
 */
import { BRIDGE_TAG, isPageToAppMessage } from '../../../../shared/phone-browser/bridge-messages'
import type {
  AppToPageMessage,
  PageToAppMessage,
} from '../../../../shared/phone-browser/bridge-messages'

/** What the app reads from a `MessageEvent` (the event itself in the app, a plain object in tests). */
export interface IncomingMessage {
  readonly data: unknown
  readonly origin: string
  readonly source: unknown
}

/** Longer values are not believed: a page address or title has no business being this long. */
const MAX_URL = 8192
const MAX_TEXT = 1024
const LEAVING_HOWS = new Set(['script-location', 'window-open', 'unknown'])

/**
 * `http://127.0.0.1:<port>` or `http://localhost:<port>`, exactly as a browser writes an origin.
 * Gateways are one per upstream origin, so after a redirect the page's origin changes: any
 * loopback gateway is acceptable, the frame's identity (event.source) is what ties it to the phone.
 */
export function isGatewayOrigin(origin: string): boolean {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  return (
    url.protocol === 'http:' &&
    (url.hostname === '127.0.0.1' || url.hostname === 'localhost') &&
    url.port !== '' &&
    url.origin === origin
  )
}

function shortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max
}

/** The gateway address must be on the sender's own origin: a page cannot point the app elsewhere. */
function sameOriginAddress(value: unknown, origin: string): value is string {
  if (!shortString(value, MAX_URL)) return false
  try {
    return new URL(value).origin === origin
  } catch {
    return false
  }
}

/**
 * The message, when the app should act on it; undefined for anything else (other frames, other
 * origins, the app's own origin, other protocols, malformed fields).
 */
export function acceptPageMessage(
  event: IncomingMessage,
  frame: unknown,
  appOrigin: string,
): PageToAppMessage | undefined {
  if (frame === null || frame === undefined || event.source !== frame) return undefined
  // A bot page must never run on the app's origin; if one claims to, something is wrong.
  if (!isGatewayOrigin(event.origin) || event.origin === appOrigin) return undefined
  const data = event.data
  if (!isPageToAppMessage(data)) return undefined
  switch (data.type) {
    case 'page':
      if (!shortString(data.url, MAX_URL) || !shortString(data.title, MAX_TEXT)) return undefined
      if (!sameOriginAddress(data.frameUrl, event.origin)) return undefined
      return {
        tag: BRIDGE_TAG,
        type: 'page',
        url: data.url,
        title: data.title.trim(),
        frameUrl: data.frameUrl,
      }
    case 'leaving':
      if (!shortString(data.url, MAX_URL) || !LEAVING_HOWS.has(data.how)) return undefined
      return { tag: BRIDGE_TAG, type: 'leaving', url: data.url, how: data.how }
    case 'jssdk': {
      const { api, ok, errMsg, exchangeId } = data
      if (!shortString(api, MAX_TEXT) || typeof ok !== 'boolean') return undefined
      if (!shortString(errMsg, MAX_TEXT)) return undefined
      if (exchangeId !== undefined && !shortString(exchangeId, MAX_TEXT)) return undefined
      return {
        tag: BRIDGE_TAG,
        type: 'jssdk',
        api,
        ok,
        errMsg,
        ...(exchangeId !== undefined ? { exchangeId } : {}),
      }
    }
  }
}

export function commandMessage(command: AppToPageMessage['command']): AppToPageMessage {
  return { tag: BRIDGE_TAG, type: 'command', command }
}

/**
 * Where a command may go: the origin the page last spoke from, else the origin of the address the
 * frame was given. Never '*': a page that left for another site must not receive it.
 */
export function commandTarget(
  lastOrigin: string | undefined,
  frameUrl: string,
): string | undefined {
  if (lastOrigin && isGatewayOrigin(lastOrigin)) return lastOrigin
  try {
    const origin = new URL(frameUrl).origin
    return isGatewayOrigin(origin) ? origin : undefined
  } catch {
    return undefined
  }
}
