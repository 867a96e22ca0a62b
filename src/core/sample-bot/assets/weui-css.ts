/**
 * Where WeUI's official stylesheet is on disk. The bot serves it itself: WeChat's in-app browser
 * can load a CDN, but mpsim's pages must work offline and every request in the tests must stay on
 * 127.0.0.1. Resolved through Node's module resolution, so it follows wherever npm put `weui`.
 */
import { createRequire } from 'node:module'

export function resolveWeuiCss(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('weui/dist/style/weui.min.css')
  } catch {
    // Not installed: pages still work, unstyled; the route answers 404 with the reason.
    return undefined
  }
}
