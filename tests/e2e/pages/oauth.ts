/**
 * Page module of the OAuth panel (features/oauth): the stepper beside the phone, its five steps,
 * the classic mistakes and the export. Every locator and action the specs use, by test id; waits
 * are on states (a step's status, a mistake's result), never on time.
 */
import { expect } from '@playwright/test'
import type { FrameLocator, Locator, Page } from '@playwright/test'

export type MistakeId =
  | 'code-reused'
  | 'code-expired'
  | 'domain-mismatch'
  | 'base-then-userinfo'
  | 'token-expired'
  | 'refused'
  | 'trailing-slash'

export class OauthPage {
  readonly page: Page
  readonly panel: Locator
  readonly start: Locator
  readonly entryUrl: Locator
  readonly walk: Locator
  readonly result: Locator
  readonly clockNow: Locator
  /** The page in the phone's WeChat browser (another origin). */
  readonly phone: FrameLocator

  constructor(page: Page) {
    this.page = page
    this.panel = page.getByTestId('oauth-panel')
    this.start = page.getByTestId('oauth-start')
    this.entryUrl = page.getByTestId('oauth-entry-url')
    this.walk = page.getByTestId('oauth-walk')
    this.result = page.getByTestId('oauth-mistake-result')
    this.clockNow = page.getByTestId('oauth-clock-now')
    this.phone = page.frameLocator('[data-testid="phone-browser-frame"]')
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-oauth').click()
    await expect(this.panel).toBeVisible()
  }

  step(n: 1 | 2 | 3 | 4 | 5): Locator {
    return this.page.getByTestId(`oauth-step-${n}`)
  }

  async expectStep(n: 1 | 2 | 3 | 4 | 5, status: string | RegExp): Promise<void> {
    await expect(this.step(n)).toHaveAttribute('data-status', status)
  }

  /** The requests a step lists that answered this errcode (0 = ok). */
  calls(n: 1 | 2 | 3 | 4 | 5, errcode: number): Locator {
    return this.step(n).locator(`[data-testid="oauth-exchange"][data-errcode="${errcode}"]`)
  }

  mode(which: 'follow' | 'play'): Locator {
    return this.page.getByTestId(`oauth-mode-${which}`)
  }

  /** Start, allow the consent: the whole authorization, every step done. */
  async walkThrough(): Promise<void> {
    await this.start.click()
    await this.consent('allow')
    await this.expectStep(5, 'done')
  }

  /** The consent page in the phone: Allow (允许) or Deny (拒绝). */
  async consent(decision: 'allow' | 'deny'): Promise<void> {
    const button = this.phone.getByTestId(`oauth-consent-${decision}`)
    await expect(button).toBeVisible()
    await button.click()
  }

  /**
   * When a running mistake asks the user to consent (no snsapi_userinfo token yet), answers in the
   * phone; otherwise waits for the result.
   */
  async consentIfAsked(decision: 'allow' | 'deny'): Promise<void> {
    const prompt = this.page.getByTestId('oauth-mistake-prompt').filter({ hasText: /./ })
    const asked = this.page.locator('[data-testid="oauth-mistake-result"] .oauth-prompt')
    const done = this.page.locator(
      '[data-testid="oauth-mistake-result"]:not([data-state="running"])',
    )
    await expect(asked.or(done)).toBeVisible()
    if (await asked.isVisible()) {
      await expect(prompt).toBeVisible()
      await this.consent(decision)
    }
  }

  /** Runs a classic mistake; resolves once its result is shown (done or failed). */
  async reproduce(id: MistakeId): Promise<void> {
    await this.page.getByTestId(`oauth-mistake-run-${id}`).click()
    await expect(this.result).toHaveAttribute('data-mistake', id)
  }

  async expectReproduced(id: MistakeId, timeout = 20_000): Promise<void> {
    await expect(this.result).toHaveAttribute('data-mistake', id)
    await expect(this.result).toHaveAttribute('data-state', 'done', { timeout })
    await expect(this.page.getByTestId('oauth-mistake-explanation')).toBeVisible()
  }
}
