/**
 * Browser mode's window: Chromium (or Chrome) in app mode when a display and a browser exist.
 * Returns why it did not open one, so the caller can say so instead of failing silently.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
]

export type OpenResult = { opened: true; browser: string } | { opened: false; reason: string }

export function openAppWindow(url: string): OpenResult {
  const hasDisplay =
    process.platform === 'darwin' ||
    process.platform === 'win32' ||
    Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  if (!hasDisplay) return { opened: false, reason: 'no display (DISPLAY/WAYLAND_DISPLAY unset)' }
  const browser = CANDIDATES.find((p): p is string => Boolean(p) && existsSync(p as string))
  if (!browser) return { opened: false, reason: 'no Chromium or Chrome found (set CHROMIUM_PATH)' }
  const profile = mkdtempSync(join(tmpdir(), 'mpsim-browser-'))
  const child = spawn(
    browser,
    [
      `--app=${url}`,
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--disable-background-networking',
    ],
    { stdio: 'ignore', detached: true },
  )
  child.on('error', () => undefined)
  child.unref()
  return { opened: true, browser }
}
