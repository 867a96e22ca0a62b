/**
 * Where the control API token comes from: the one place that knows the two hosts differ
 * (docs/architecture.md "One engine, several hosts").
 * - Electron: the preload exposes `window.mpsim.bootstrap()`.
 * - Browser mode: `mpsim serve` / `npm start` print `http://127.0.0.1:<port>/#token=…`. A fragment is
 *   never sent to a server, so the token does not land in access logs; it is moved to
 *   sessionStorage (survives a reload of this tab, dies with it) and removed from the address bar.
 */
import type { DesktopApi } from '../../../shared/desktop-api'

declare global {
  interface Window {
    /** Present only inside the Electron shell (src/preload); absent in a plain browser. */
    mpsim?: DesktopApi
  }
}

const STORAGE_KEY = 'mpsim.token'

export type TokenSource = 'desktop' | 'fragment' | 'session'

export interface BootstrapToken {
  token: string
  source: TokenSource
}

/** Thrown when no host offered a token; the UI explains how to open the app with one. */
export class BootstrapError extends Error {
  readonly reason: 'no-token' | 'desktop-failed'
  constructor(reason: 'no-token' | 'desktop-failed', message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'BootstrapError'
    this.reason = reason
  }
}

export async function loadToken(): Promise<BootstrapToken> {
  const desktop = window.mpsim
  if (desktop) {
    try {
      const { token } = await desktop.bootstrap()
      return { token, source: 'desktop' }
    } catch (cause) {
      throw new BootstrapError('desktop-failed', 'the Electron shell gave no token', { cause })
    }
  }
  // A fresh fragment wins over a stored token: the core may have restarted with a new one.
  const fromFragment = takeFragmentToken()
  if (fromFragment) {
    sessionStorage.setItem(STORAGE_KEY, fromFragment)
    return { token: fromFragment, source: 'fragment' }
  }
  const stored = sessionStorage.getItem(STORAGE_KEY)
  if (stored) return { token: stored, source: 'session' }
  throw new BootstrapError('no-token', 'no #token= in the address and none stored for this tab')
}

/** Forgets a token the core refused, so the next visit asks for a fresh URL instead of looping. */
export function forgetToken(): void {
  sessionStorage.removeItem(STORAGE_KEY)
}

/** Reads `token` from the fragment and rewrites the address bar without it (no reload). */
function takeFragmentToken(): string | null {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''))
  const token = params.get('token')
  if (!token) return null
  params.delete('token')
  const rest = params.toString()
  const { pathname, search } = window.location
  window.history.replaceState(
    window.history.state,
    '',
    `${pathname}${search}${rest ? `#${rest}` : ''}`,
  )
  return token
}
