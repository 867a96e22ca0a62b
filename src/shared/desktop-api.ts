/**
 * The only API the Electron preload exposes to the renderer (as `window.mpsim`). Everything else
 * goes through the control API, identically in Electron and in a browser.
 */
export interface DesktopBootstrap {
  /** The control API's per-launch token. */
  token: string
  /** The control API's base URL (the page's own origin, except under `npm run dev`). */
  baseUrl: string
}

export interface DesktopApi {
  bootstrap(): Promise<DesktopBootstrap>
}

export const DESKTOP_CHANNELS = {
  bootstrap: 'desktop:bootstrap',
} as const satisfies Record<keyof DesktopApi, string>
