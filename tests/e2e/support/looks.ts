/**
 * The looks a screenshot review covers: both laptop sizes, both themes (the top bar's toggle),
 * both languages, visited in that nesting so each size and theme is set once for two languages.
 */
import { expect } from '@playwright/test'
import type { Page } from '@playwright/test'
import type { AppPage } from '../pages/app'

export interface Look {
  readonly width: number
  readonly height: number
  readonly scheme: 'light' | 'dark'
  readonly lang: 'zh' | 'en'
}

export const LAPTOP_SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const

export async function forEachLook(
  page: Page,
  app: AppPage,
  visit: (look: Look) => Promise<void>,
): Promise<void> {
  for (const size of LAPTOP_SIZES) {
    await page.setViewportSize(size)
    for (const scheme of ['light', 'dark'] as const) {
      await page.getByTestId('theme-toggle').selectOption(scheme)
      await expect(page.locator('body')).toHaveAttribute('data-weui-theme', scheme)
      for (const lang of ['zh', 'en'] as const) {
        await app.language(lang)
        await visit({ ...size, scheme, lang })
      }
    }
  }
}
