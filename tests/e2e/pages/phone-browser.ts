/**
 * Page module of the phone browser (features/phone-browser): WeChat's in-app browser over the
 * chat. Every locator and action the specs use, by test id; waits are on states (the page the
 * bridge reported, the loading line done), never on time.
 */
import { expect } from '@playwright/test'
import type { FrameLocator, Locator, Page } from '@playwright/test'

export class PhoneBrowserPage {
  readonly page: Page
  readonly root: Locator
  readonly title: Locator
  readonly closeButton: Locator
  readonly more: Locator
  readonly back: Locator
  readonly forward: Locator
  readonly frameElement: Locator
  /** The page inside the phone (another origin: reached through Playwright's frame locator). */
  readonly frame: FrameLocator
  readonly sheet: Locator
  readonly address: Locator
  readonly reload: Locator
  readonly addressInput: Locator
  readonly error: Locator
  readonly errorHint: Locator
  readonly leaving: Locator
  /** The page's last wx.* verdict. */
  readonly jssdk: Locator
  /** The chat's ···, where an address can be typed when no page is open. */
  readonly chatMore: Locator

  constructor(page: Page) {
    this.page = page
    this.root = page.getByTestId('phone-browser')
    this.title = page.getByTestId('phone-browser-title')
    this.closeButton = page.getByTestId('phone-browser-close')
    this.more = page.getByTestId('phone-browser-more')
    this.back = page.getByTestId('phone-browser-back')
    this.forward = page.getByTestId('phone-browser-forward')
    this.frameElement = page.getByTestId('phone-browser-frame')
    this.frame = page.frameLocator('[data-testid="phone-browser-frame"]')
    this.sheet = page.getByTestId('phone-browser-sheet')
    this.address = page.getByTestId('phone-browser-address')
    this.reload = page.getByTestId('phone-browser-reload')
    this.addressInput = page.getByTestId('phone-browser-address-input')
    this.error = page.getByTestId('phone-browser-error')
    this.errorHint = page.getByTestId('phone-browser-error-hint')
    this.leaving = page.getByTestId('phone-browser-leaving')
    this.jssdk = page.getByTestId('phone-browser-jssdk')
    this.chatMore = page.getByTestId('phone-more')
  }

  /** Types an address in the chat's ··· sheet and opens it. */
  async openFromChat(url: string): Promise<void> {
    await this.chatMore.click()
    await expect(this.sheet).toBeVisible()
    await this.addressInput.fill(url)
    await this.page.getByTestId('phone-browser-address-open').click()
  }

  /** ··· → open another address, typed in the field that takes focus. */
  async openOther(url: string): Promise<void> {
    await this.more.click()
    await this.page.getByTestId('phone-browser-open-other').click()
    await expect(this.addressInput).toBeFocused()
    await this.addressInput.fill(url)
    await this.addressInput.press('Enter')
  }

  /** Opens the sample bot's OAuth guide and follows it up to WeChat's consent page. */
  async walkToConsent(guideUrl: string): Promise<void> {
    await this.openFromChat(guideUrl)
    await this.showing(guideUrl)
    await this.guideToConsent()
  }

  /** On the sample bot's OAuth guide: its snsapi_userinfo link, up to WeChat's consent page. */
  async guideToConsent(): Promise<void> {
    await this.frame.getByRole('link', { name: /snsapi_userinfo/ }).click()
    await expect(this.frame.getByTestId('oauth-consent')).toBeVisible()
    await this.showing(/\/connect\/oauth2\/authorize\?/)
  }

  /** Allows the consent; the sample bot's profile page then greets the user by nickname. */
  async allowConsent(nickname: string): Promise<void> {
    await this.frame.getByTestId('oauth-consent-allow').click()
    await expect(this.frame.getByTestId('profile-nickname')).toHaveText(nickname)
    await this.showing(/\/oauth\/profile/)
  }

  /** Waits until the bridge reported a page whose real address matches and its loading ended. */
  async showing(url: string | RegExp): Promise<void> {
    await expect(this.root).toHaveAttribute('data-url', url)
    await expect(this.root).toHaveAttribute('data-loading', 'false')
  }

  /** The walk the last open() started (its hops carry this id). */
  async walkId(): Promise<string> {
    return (await this.root.getAttribute('data-walk-id')) ?? ''
  }

  /** What `navigator.userAgent` says inside the page. */
  async userAgentInPage(): Promise<string> {
    return this.frame.locator('html').evaluate(() => navigator.userAgent)
  }

  /** Opens ··· and reads the real address it shows. */
  async addressOnDemand(): Promise<string> {
    await this.more.click()
    await expect(this.sheet).toBeVisible()
    const text = (await this.address.textContent()) ?? ''
    await this.page.keyboard.press('Escape')
    await expect(this.sheet).toHaveCount(0)
    return text
  }
}
