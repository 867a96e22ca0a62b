/**
 * Electron smoke test: the real desktop window opens on the core's URL, the renderer becomes ready,
 * and the security settings hold. Runs where an Electron binary is installed; elsewhere it is
 * reported as skipped with the reason (machines that cannot download Electron's binary).
 */
import { expect, test } from '@playwright/test'
import { launchDesktopApp } from './desktop-app'
import { electronBinaryOrSkip } from './electron-binary'

const bin = electronBinaryOrSkip()

test('the desktop window opens the app with secure settings', async () => {
  const { app, page } = await launchDesktopApp(bin)
  try {
    // contextBridge.exposeInMainWorld throws unless contextIsolation is on, so window.mpsim
    // existing proves isolation; only the DesktopApi is exposed, and Node is unreachable.
    const exposed = await page.evaluate(() =>
      Object.keys((window as { mpsim?: object }).mpsim ?? {}),
    )
    expect(exposed).toEqual(['bootstrap'])
    const nodeGlobals = await page.evaluate(() => [
      typeof (globalThis as { require?: unknown }).require,
      typeof (globalThis as { process?: unknown }).process,
    ])
    expect(nodeGlobals).toEqual(['undefined', 'undefined'])
    // window.open is denied.
    expect(await page.evaluate(() => window.open('https://example.invalid/') === null)).toBe(true)
    // Sandboxed, isolated renderer: the OS process metrics say so where the OS reports it.
    const sandboxed = await app.evaluate(({ app: electronApp }) =>
      electronApp
        .getAppMetrics()
        .filter((m) => m.type === 'Tab')
        .map((m) => m.sandboxed),
    )
    for (const flag of sandboxed) expect(flag ?? true).toBe(true)
    // Navigation away from the app is blocked: the page stays on the core's origin.
    const origin = new URL(page.url()).origin
    await page.evaluate(() => {
      window.location.href = 'https://example.invalid/'
    })
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible()
    expect(new URL(page.url()).origin).toBe(origin)
    // A message round trip through the phone: the sample bot answers.
    await page.getByTestId('phone-input').fill('hello')
    await page.getByTestId('phone-send').click()
    await expect(page.locator('[data-testid="phone-bubble"][data-from="bot"]').last()).toBeVisible({
      timeout: 10_000,
    })
  } finally {
    await app.close()
  }
})
