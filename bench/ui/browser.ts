/**
 * The UI benchmarks' browser: the system Chromium (Debian's /usr/bin/chromium or CHROMIUM_PATH),
 * launched by Playwright exactly as the end-to-end tests launch it. Loopback only.
 */
import { chromium } from '@playwright/test'
import type { Browser } from '@playwright/test'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const RENDERER_DIR =
  process.env['MPSIM_RENDERER_DIR'] ?? fileURLToPath(new URL('../../out/renderer', import.meta.url))

export function launchChromium(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
  if (!existsSync(executablePath)) {
    throw new Error(
      `no Chromium at ${executablePath}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    )
  }
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
}

/**
 * tsx compiles with esbuild's keepNames, which wraps functions in a `__name` helper that does not
 * exist inside the page; functions passed to page.evaluate need it defined there.
 */
export const KEEP_NAMES_SHIM = { content: 'window.__name = (fn) => fn' }

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}
