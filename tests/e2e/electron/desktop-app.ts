/** The desktop app launched on this checkout, handed over once its window's renderer is ready. */
import { _electron, expect } from '@playwright/test'
import type { ElectronApplication, Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'

const PROJECT_DIR = fileURLToPath(new URL('../../..', import.meta.url))

export async function launchDesktopApp(
  bin: string,
): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await _electron.launch({ executablePath: bin, args: [PROJECT_DIR] })
  try {
    const page = await app.firstWindow()
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible({ timeout: 20_000 })
    return { app, page }
  } catch (error) {
    await app.close()
    throw error
  }
}
