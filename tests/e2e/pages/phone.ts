/**
 * Page module of the phone (features/phone): every locator and action the phone specs use, by
 * test id, so specs hold no selectors. Waits are on states (the chat loaded, a bubble no longer
 * pending), never on time.
 */
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

export type ChatFrom = 'user' | 'bot' | 'system' | 'dev'
export type PlusItem = 'location' | 'image' | 'link' | 'voice' | 'video'

export class PhonePage {
  readonly page: Page
  readonly root: Locator
  readonly chat: Locator
  readonly input: Locator
  readonly sendButton: Locator
  readonly title: Locator
  readonly menu: Locator
  readonly noMenuHint: Locator
  readonly unfollowed: Locator
  readonly followToggle: Locator
  readonly sendError: Locator
  readonly dialog: Locator

  constructor(page: Page) {
    this.page = page
    this.root = page.getByTestId('phone')
    this.chat = page.getByTestId('phone-chat')
    this.input = page.getByTestId('phone-input')
    this.sendButton = page.getByTestId('phone-send')
    this.title = page.getByTestId('phone-title')
    this.menu = page.getByTestId('phone-menu')
    this.noMenuHint = page.getByTestId('phone-no-menu')
    this.unfollowed = page.getByTestId('phone-unfollowed')
    this.followToggle = page.getByTestId('phone-follow-toggle')
    this.sendError = page.getByTestId('phone-send-error')
    this.dialog = page.getByTestId('phone-user-dialog')
  }

  async ready(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-loaded', 'true')
  }

  /** Chat items that are real (not a send still in flight). */
  bubbles(from: ChatFrom): Locator {
    return this.page.locator(
      `[data-testid="phone-bubble"][data-from="${from}"]:not([data-pending])`,
    )
  }
  lastBot(): Locator {
    return this.bubbles('bot').last()
  }
  /** The bubble itself inside a chat row (without the avatar). */
  content(row: Locator): Locator {
    return row.locator('.bubble')
  }
  pending(): Locator {
    return this.page.locator('[data-testid="phone-bubble"][data-pending]')
  }
  /** What the phone shows for one exchange's answer (not what the user sent, nor the event note). */
  reply(exchangeId: string): Locator {
    return this.page.locator(
      `[data-testid="phone-bubble"][data-exchange-id="${exchangeId}"]` +
        ':not([data-from="user"]):not([data-kind="event"])',
    )
  }

  /**
   * Types and sends a text (the Send button, or Enter); resolves once the engine's exchange for it
   * is on screen. The text should be unique in the chat; returns the exchange id.
   */
  async say(text: string, via: 'button' | 'enter' = 'button'): Promise<string> {
    await this.ready()
    const same = this.bubbles('user').filter({ hasText: text })
    const before = await same.count()
    await this.input.fill(text)
    if (via === 'enter') await this.input.press('Enter')
    else await this.sendButton.click()
    await expect(same).toHaveCount(before + 1)
    return (await same.last().getAttribute('data-exchange-id')) ?? ''
  }
  async plus(item: PlusItem): Promise<void> {
    await this.ready()
    await this.page.getByTestId('phone-plus').click()
    await this.page.getByTestId(`phone-plus-${item}`).click()
    // Photo, voice and video ask what to send (a file or mpsim's sample): the sample here.
    if (item === 'image' || item === 'voice' || item === 'video') {
      await this.page.getByTestId('phone-media-sample').click()
    }
  }
  /** Sends a file from the + panel's photo, voice or video entry. */
  async sendFile(
    item: 'image' | 'voice' | 'video',
    file: { name: string; mimeType: string; buffer: Buffer },
  ): Promise<void> {
    await this.ready()
    await this.page.getByTestId('phone-plus').click()
    await this.page.getByTestId(`phone-plus-${item}`).click()
    await this.page.getByTestId('phone-media-file').setInputFiles(file)
  }
  whyLink(): Locator {
    return this.page.getByTestId('phone-tip-why').last()
  }

  // ---- the custom menu ----
  menuButton(name: string): Locator {
    return this.page.getByTestId('phone-menu-button').filter({ hasText: name })
  }
  menuItem(name: string): Locator {
    return this.page.getByTestId('phone-menu-item').filter({ hasText: name })
  }
  keyboardSwitch(): Locator {
    return this.page.getByTestId('phone-menu-keyboard')
  }
  /** The input bar's way back to the menu (shown only when a menu exists). */
  menuSwitch(): Locator {
    return this.page.getByTestId('phone-input-menu')
  }

  // ---- users ----
  user(openid: string): Locator {
    return this.page.getByTestId(`phone-user-${openid}`)
  }
  async pickUser(openid: string): Promise<void> {
    await this.user(openid).click()
    await expect(this.user(openid)).toHaveAttribute('aria-selected', 'true')
  }
  addUser(): Locator {
    return this.page.getByTestId('phone-user-add')
  }
  editUser(): Locator {
    return this.page.getByTestId('phone-user-edit')
  }
  userField(name: 'nickname' | 'openid' | 'headimgurl' | 'city' | 'remark'): Locator {
    return this.page.getByTestId(`phone-user-field-${name}`)
  }
  userFieldError(name: string): Locator {
    return this.page.getByTestId(`phone-user-error-${name}`)
  }
  saveUser(): Locator {
    return this.page.getByTestId('phone-user-save')
  }
  followFromNotice(): Locator {
    return this.page.getByTestId('phone-unfollowed-follow')
  }
}
