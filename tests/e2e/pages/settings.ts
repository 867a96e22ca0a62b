/**
 * Page module of the Settings panel (and the theme switch in the top bar): every locator and
 * action settings.spec.ts uses, by test id, so the spec holds no selectors.
 */
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

export type AccountField =
  | 'name'
  | 'appId'
  | 'appSecret'
  | 'originalId'
  | 'token'
  | 'encodingAesKey'
  | 'botUrl'
  | 'callbackDomain'
  | 'ipWhitelist'

export class SettingsPage {
  readonly page: Page
  readonly root: Locator
  readonly save: Locator
  readonly saved: Locator
  readonly notSaved: Locator
  readonly unsaved: Locator
  readonly undo: Locator
  readonly generateKey: Locator
  readonly rotateKey: Locator
  readonly previousKey: Locator
  readonly mode: Locator
  readonly verify: Locator
  readonly verifyResult: Locator
  readonly verifyInspect: Locator
  readonly language: Locator
  readonly theme: Locator
  readonly topBarTheme: Locator
  readonly workspaceDir: Locator
  readonly workspaceSave: Locator
  readonly workspaceMessage: Locator
  readonly addAccount: Locator
  readonly accountPick: Locator
  /** The dot on the sidebar's Settings item while an account has unsaved edits. */
  readonly navUnsaved: Locator
  readonly title: Locator

  constructor(page: Page) {
    this.page = page
    const id = (testId: string) => page.getByTestId(testId)
    this.root = id('settings')
    this.save = id('settings-save')
    this.saved = id('settings-saved')
    this.notSaved = id('settings-not-saved')
    this.unsaved = id('settings-unsaved')
    this.undo = id('settings-undo')
    this.generateKey = id('settings-generate-key')
    this.rotateKey = id('settings-rotate-key')
    this.previousKey = id('settings-previous-key')
    this.mode = id('settings-account-mode')
    this.verify = id('settings-verify')
    this.verifyResult = id('settings-verify-result')
    this.verifyInspect = id('settings-verify-inspect')
    this.language = id('settings-language')
    this.theme = id('settings-theme')
    this.topBarTheme = id('theme-toggle')
    this.workspaceDir = id('settings-workspace-dir')
    this.workspaceSave = id('settings-workspace-save')
    this.workspaceMessage = id('settings-workspace-message')
    this.addAccount = id('settings-add-account')
    this.accountPick = id('settings-account-pick')
    this.navUnsaved = id('nav-settings-unsaved')
    this.title = this.root.getByRole('heading', { level: 1 })
  }

  field(name: AccountField): Locator {
    return this.page.getByTestId(`settings-account-${name}`)
  }

  error(name: AccountField): Locator {
    return this.page.getByTestId(`settings-error-${name}`)
  }

  /** The theme as applied: WeUI's own switch on <body data-weui-theme>. */
  appliedTheme(): Locator {
    return this.page.locator('body')
  }

  /** <html>: carries lang (the UI language) and data-theme. */
  documentRoot(): Locator {
    return this.page.locator('html')
  }

  /** Fills a field and waits until the form shows it as changed. */
  async edit(name: AccountField, value: string): Promise<void> {
    await this.field(name).fill(value)
    await expect(this.unsaved).toBeVisible()
  }

  /** Plays the operating system switching between light and dark. */
  async systemScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.page.emulateMedia({ colorScheme: scheme })
  }

  /** A screenshot of the whole Settings page, below the fold too. */
  async screenshotFull(name: string): Promise<void> {
    await this.root.screenshot({ path: `artifacts/screenshots/${name}.png` })
  }

  /** The computed focus ring of an element (WeUI removes outlines; ours is a box-shadow). */
  async focusRing(locator: Locator): Promise<string> {
    return locator.evaluate((el) => getComputedStyle(el).boxShadow)
  }
}
