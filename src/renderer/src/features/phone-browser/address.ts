/** Small readings of an address for the phone browser's screen (pure; unit-tested). */

/**
 * True when the text does not start with a scheme (`127.0.0.1:3000/oauth`, `example.com`): the
 * core refuses it, and the screen adds the one hint that fixes it. WeChat opens only web
 * addresses, and a link in a message needs its `http://` to be a link at all.
 */
export function lacksScheme(text: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(text.trim())
}

/** `host[:port]` of an address, for "provided by …" and as a title when the page has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/**
 * A click the phone browser should take: the plain primary click (or Enter) on a link. A click
 * with Ctrl, ⌘, Shift or Alt, or the middle button, keeps the system browser's meaning (new tab,
 * new window, download): a developer may want the page in a desktop browser with its devtools, and
 * taking that gesture away would surprise them. WeChat has no such gestures, so nothing is lost.
 */
export function isPlainClick(event: {
  button: number
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey
}
