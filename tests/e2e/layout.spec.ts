/**
 * Layout at the sizes a newcomer's laptop has (1440×900 and 1024×700), in both languages and both
 * themes: the things one must reach to use a panel are on screen without scrolling the page.
 * Screenshots of every panel go to artifacts/screenshots/layout-<panel>-<lang>-<theme>-<width>.png.
 */
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { AppPage, PhonePage } from './pages/app'

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const

/** The element is fully inside the viewport as the page stands (no scrolling done). */
async function expectOnScreen(page: Page, locator: Locator): Promise<void> {
  const box = await locator.boundingBox()
  const view = page.viewportSize()
  expect(box, 'rendered').not.toBeNull()
  expect(view).not.toBeNull()
  if (!box || !view) return
  const where = `${JSON.stringify(box)} in ${view.width}×${view.height}`
  expect(box.x, where).toBeGreaterThanOrEqual(0)
  expect(box.y, where).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width, where).toBeLessThanOrEqual(view.width)
  expect(box.y + box.height, where).toBeLessThanOrEqual(view.height)
}

test.describe('Layout', () => {
  for (const size of SIZES) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${size.width}×${size.height} ${scheme}: chat and settings are usable without scrolling the page`, async ({
        page,
        core,
      }) => {
        const app = new AppPage(page)
        await page.emulateMedia({ colorScheme: scheme })
        await app.open(core.uiUrl)
        await page.setViewportSize(size)
        const phone = new PhonePage(page)
        for (const lang of ['zh', 'en'] as const) {
          await app.language(lang)
          await app.go('chat')
          await expect(page.getByTestId('phone')).toHaveAttribute('data-loaded', 'true')
          await page.evaluate(() => window.scrollTo(0, 0))
          await app.screenshot(`layout-chat-${lang}-${scheme}-${size.width}`)
          await expectOnScreen(page, phone.input)
          await expectOnScreen(
            page,
            page.getByTestId('phone-send').or(page.getByTestId('phone-plus')),
          )
          await expectOnScreen(page, page.getByTestId('composer-send'))

          // The inspector with that exchange open.
          const exchangeId = await phone.say(`layout ${lang} ${scheme} ${size.width}`)
          await app.go('inspector')
          await page
            .locator(`[data-testid="inspector-row"][data-exchange-id="${exchangeId}"]`)
            .click()
          await expect(page.getByTestId('inspector-detail')).toBeVisible()
          await app.screenshot(`layout-inspector-${lang}-${scheme}-${size.width}`)

          await app.go('settings')
          const key = page.getByTestId('settings-account-encodingAesKey')
          await key.scrollIntoViewIfNeeded()
          await app.screenshot(`layout-settings-${lang}-${scheme}-${size.width}`)
          // The whole key is readable: the input is at least as wide as its text.
          const fits = await key.evaluate(
            (el) => (el as HTMLInputElement).scrollWidth <= (el as HTMLInputElement).clientWidth,
          )
          expect(fits, 'EncodingAESKey fits its field').toBe(true)
          await expectOnScreen(page, key)
          await expectOnScreen(page, page.getByTestId('settings-rotate-key'))
          // Ports: the one in use now (this page's own port for the control API) under each field.
          const port = new URL(page.url()).port
          await expect(page.getByTestId('settings-port-control-now')).toContainText(`:${port}`)
          await expect(page.getByTestId('settings-port-platform-now')).toContainText(
            new URL(core.platformUrl).port,
          )
          const ports = page.getByTestId('settings-ports')
          await ports.scrollIntoViewIfNeeded()
          await app.screenshot(`layout-settings-ports-${lang}-${scheme}-${size.width}`)

          for (const panel of ['crypto-lab', 'oauth'] as const) {
            await page.getByTestId(`nav-${panel}`).click()
            await app.screenshot(`layout-${panel}-${lang}-${scheme}-${size.width}`)
          }
          // The crypto lab's FullStr byte bar (white text on coloured parts).
          await page.getByTestId('nav-crypto-lab').click()
          const fullStr = page.getByTestId('lab-fullstr').first()
          await fullStr.scrollIntoViewIfNeeded()
          await app.screenshot(`layout-crypto-lab-fullstr-${lang}-${scheme}-${size.width}`)
        }
      })
    }
  }
})
