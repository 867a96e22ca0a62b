/**
 * Page module of the workspace-problem banner (top of the main area) and of the problem list in
 * Settings' workspace section: every locator and action workspace-problems.spec.ts uses, by test
 * id, so the spec holds no selectors.
 */
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

export class WorkspaceBannerPage {
  readonly page: Page
  readonly banner: Locator
  /** The always-present polite live region the banner appears in. */
  readonly region: Locator
  readonly title: Locator
  readonly lines: Locator
  readonly detailsToggle: Locator
  readonly details: Locator
  readonly issues: Locator
  readonly users: Locator
  readonly folder: Locator
  readonly openSettings: Locator
  readonly dismiss: Locator
  readonly main: Locator
  readonly settingsSection: Locator
  readonly settingsHeading: Locator
  readonly settingsLines: Locator

  constructor(page: Page) {
    this.page = page
    const id = (testId: string) => page.getByTestId(testId)
    this.banner = id('workspace-banner')
    this.region = page.locator('[aria-live="polite"]').filter({ has: this.banner })
    this.title = id('workspace-banner-title')
    this.lines = id('workspace-banner-line')
    this.detailsToggle = id('workspace-banner-details')
    this.details = this.banner.getByTestId('workspace-problem-details')
    this.issues = this.banner.getByTestId('workspace-problem-issue')
    this.users = this.banner.getByTestId('workspace-problem-users')
    this.folder = id('workspace-banner-folder')
    this.openSettings = id('workspace-banner-settings')
    this.dismiss = id('workspace-banner-dismiss')
    this.main = page.getByRole('main')
    this.settingsSection = id('settings-workspace')
    this.settingsHeading = this.settingsSection.getByRole('heading', { level: 2 }).first()
    this.settingsLines = id('settings-workspace-problem')
  }

  /** The words of the banner's n-th line, without its details. */
  text(n: number): Locator {
    return this.lines.nth(n).getByTestId('workspace-problem-text')
  }

  line(severity: 'error' | 'warning'): Locator {
    return this.page.locator(`[data-testid="workspace-banner-line"][data-severity="${severity}"]`)
  }

  async theme(choice: 'light' | 'dark'): Promise<void> {
    await this.page.getByTestId('theme-toggle').selectOption(choice)
    await expect(this.page.locator('body')).toHaveAttribute('data-weui-theme', choice)
  }

  /** The computed focus ring of an element (WeUI removes outlines; ours is a box-shadow). */
  async focusRing(locator: Locator): Promise<string> {
    return locator.evaluate((el) => getComputedStyle(el).boxShadow)
  }

  /** Reaches an element with the keyboard: Tab until it has the focus (at most `limit` presses). */
  async tabTo(locator: Locator, limit = 40): Promise<void> {
    for (let i = 0; i < limit; i += 1) {
      if (await locator.evaluate((el) => el === document.activeElement)) return
      await this.page.keyboard.press('Tab')
    }
    await expect(locator).toBeFocused()
  }

  /** The banner alone (a focus ring, say). */
  async screenshotBanner(name: string): Promise<void> {
    await this.banner.screenshot({ path: `artifacts/screenshots/${name}.png` })
  }

  async screenshot(name: string, size: { width: number; height: number }): Promise<void> {
    await this.page.setViewportSize(size)
    await this.page.screenshot({ path: `artifacts/screenshots/${name}.png` })
  }
}
