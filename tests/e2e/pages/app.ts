/**
 * Page modules for the engine panels (phone, composer, inspector, settings): every locator and
 * action the specs use, by test id, so specs hold no selectors.
 */
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

export type Panel = 'chat' | 'inspector' | 'settings' | 'crypto-lab' | 'replay'

export class AppPage {
  readonly page: Page
  constructor(page: Page) {
    this.page = page
  }
  id(testId: string): Locator {
    return this.page.getByTestId(testId)
  }
  /**
   * Opens the app (URL with #token=…) and waits for the readiness marker, never for time; in
   * `lang` when given, else in the language the app picks.
   */
  async open(url: string, lang?: 'zh' | 'en'): Promise<void> {
    await this.page.setViewportSize({ width: 1400, height: 960 })
    await this.page.goto(url)
    await expect(this.id('app')).toHaveAttribute('data-app-state', 'ready')
    if (lang) await this.language(lang)
  }
  async go(panel: Panel): Promise<void> {
    await this.id(`nav-${panel}`).click()
    await expect(this.id(`nav-${panel}`)).toHaveAttribute('aria-current', 'page')
  }
  async language(lang: 'zh' | 'en'): Promise<void> {
    await this.id(`lang-switch-${lang}`).click()
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en')
  }
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `artifacts/screenshots/${name}.png` })
  }
}

export class PhonePage {
  readonly page: Page
  readonly input: Locator
  readonly title: Locator
  readonly menu: Locator
  readonly unfollowed: Locator
  constructor(page: Page) {
    this.page = page
    this.input = page.getByTestId('phone-input')
    this.title = page.getByTestId('phone-title')
    this.menu = page.getByTestId('phone-menu')
    this.unfollowed = page.getByTestId('phone-unfollowed')
  }
  bubbles(from: 'user' | 'bot' | 'system' | 'dev'): Locator {
    return this.page.locator(
      `[data-testid="phone-bubble"][data-from="${from}"]:not([data-pending])`,
    )
  }
  lastBot(): Locator {
    return this.bubbles('bot').last()
  }
  /**
   * Types and sends a text; resolves once the engine's exchange for it is on screen (the bubble
   * is no longer pending). The text should be unique in the chat; returns the exchange id.
   */
  async say(text: string): Promise<string> {
    await expect(this.page.getByTestId('phone')).toHaveAttribute('data-loaded', 'true')
    const same = this.bubbles('user').filter({ hasText: text })
    const before = await same.count()
    await this.input.fill(text)
    await this.page.getByTestId('phone-send').click()
    await expect(same).toHaveCount(before + 1)
    return (await same.last().getAttribute('data-exchange-id')) ?? ''
  }
  /** The bot's answer to one exchange. */
  reply(exchangeId: string): Locator {
    return this.page.locator(
      `[data-testid="phone-bubble"][data-exchange-id="${exchangeId}"]:not([data-from="user"])`,
    )
  }
  async plus(item: 'location' | 'image' | 'link' | 'voice' | 'video'): Promise<void> {
    await expect(this.page.getByTestId('phone')).toHaveAttribute('data-loaded', 'true')
    await this.page.getByTestId('phone-plus').click()
    await this.page.getByTestId(`phone-plus-${item}`).click()
  }
  user(openid: string): Locator {
    return this.page.getByTestId(`phone-user-${openid}`)
  }
  followToggle(): Locator {
    return this.page.getByTestId('phone-follow-toggle')
  }
  whyLink(): Locator {
    return this.page.getByTestId('phone-tip-why').last()
  }
}

export class InspectorPage {
  readonly page: Page
  readonly rows: Locator
  readonly detail: Locator
  readonly count: Locator
  readonly search: Locator
  readonly contentType: Locator
  constructor(page: Page) {
    this.page = page
    this.rows = page.getByTestId('inspector-row')
    this.detail = page.getByTestId('inspector-detail')
    this.count = page.getByTestId('inspector-count')
    this.search = page.getByTestId('inspector-search')
    this.contentType = page.getByTestId('inspector-header-content-type')
  }
  row(exchangeId: string): Locator {
    return this.page.locator(`[data-testid="inspector-row"][data-exchange-id="${exchangeId}"]`)
  }
  problems(): Locator {
    return this.page.getByTestId('inspector-problem')
  }
  signature(part: 'sorted' | 'joined' | 'digest' | 'match'): Locator {
    return this.page.getByTestId('inspector-signature').getByTestId(`inspector-signature-${part}`)
  }
  filter(which: 'user' | 'kind' | 'outcome'): Locator {
    return this.page.getByTestId(`inspector-filter-${which}`)
  }
}

export class SettingsPage {
  readonly page: Page
  readonly save: Locator
  readonly saved: Locator
  readonly verify: Locator
  readonly verifyResult: Locator
  constructor(page: Page) {
    this.page = page
    this.save = page.getByTestId('settings-save')
    this.saved = page.getByTestId('settings-saved')
    this.verify = page.getByTestId('settings-verify')
    this.verifyResult = page.getByTestId('settings-verify-result')
  }
  field(name: string): Locator {
    return this.page.getByTestId(`settings-account-${name}`)
  }
  error(name: string): Locator {
    return this.page.getByTestId(`settings-error-${name}`)
  }
}
