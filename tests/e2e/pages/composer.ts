/**
 * Page module of the composer: every locator and action its spec uses, by test id. Monaco has no
 * test ids of its own: its text is read from the container's `data-value`, and the few of its
 * parts a user sees (the text area, underlines, the suggestion list) are named here only.
 */
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

export class ComposerPage {
  readonly page: Page
  readonly root: Locator
  readonly type: Locator
  readonly typeHelp: Locator
  readonly tabForm: Locator
  readonly tabXml: Locator
  /** Why a switch was refused (data-kind="error"), or what the form could not keep ("info"). */
  readonly tabNotice: Locator
  readonly xml: Locator
  readonly xmlProblems: Locator
  readonly options: Locator
  readonly mode: Locator
  readonly contentType: Locator
  readonly wrongSignature: Locator
  readonly stale: Locator
  readonly previousKey: Locator
  readonly send: Locator
  readonly result: Locator
  readonly openInspector: Locator

  constructor(page: Page) {
    this.page = page
    const id = (testId: string) => page.getByTestId(testId)
    this.root = id('composer')
    this.type = id('composer-type')
    this.typeHelp = id('composer-type-help')
    this.tabForm = id('composer-tab-form')
    this.tabXml = id('composer-tab-xml')
    this.tabNotice = id('composer-tab-error')
    this.xml = id('composer-xml')
    this.xmlProblems = id('composer-xml-problems')
    this.options = id('composer-options')
    this.mode = id('composer-mode')
    this.contentType = id('composer-content-type')
    this.wrongSignature = id('composer-wrong-signature')
    this.stale = id('composer-stale')
    this.previousKey = id('composer-previous-key')
    this.send = id('composer-send')
    this.result = id('composer-result')
    this.openInspector = id('composer-open-inspector')
  }

  /** A form input by its element path: `Content`, `SendLocationInfo.Location_X`… */
  field(path: string): Locator {
    return this.page.getByTestId(`composer-field-${path}`)
  }
  fieldError(path: string): Locator {
    return this.page.getByTestId(`composer-error-${path}`)
  }
  problem(index: number): Locator {
    return this.xmlProblems.locator('li').nth(index)
  }
  /** Monaco's underlines of the markers (its own class names: the visible squiggles). */
  squiggles(severity: 'error' | 'warning'): Locator {
    return this.xml.locator(`.squiggly-${severity}`)
  }

  /** Monaco's root element (its theme is a class: `vs` or `vs-dark`). */
  editorRoot(): Locator {
    return this.xml.locator('.monaco-editor')
  }
  /** The app theme, through the top bar's select (the composer's editor must follow it). */
  async theme(choice: 'light' | 'dark'): Promise<void> {
    await this.page.getByTestId('theme-toggle').selectOption(choice)
    await expect(this.page.locator('body')).toHaveAttribute('data-weui-theme', choice)
  }

  async openOptions(): Promise<void> {
    if ((await this.options.getAttribute('open')) === null) {
      await this.page.getByTestId('composer-options-toggle').click()
    }
    await expect(this.options).toHaveAttribute('open', '')
  }
  async toXml(): Promise<void> {
    await this.tabXml.click()
    await expect(this.tabXml).toHaveAttribute('aria-selected', 'true')
    await expect(this.xml).toHaveAttribute('data-ready', 'true')
    await this.linted()
  }
  async toForm(): Promise<void> {
    await this.tabForm.click()
  }
  /** Waits until the problem list shows the lint of the text now in the editor. */
  async linted(): Promise<void> {
    await expect(this.xmlProblems).toHaveAttribute('data-count', /\d+/)
  }
  /** Puts the caret in Monaco's text, as a click would. */
  async focusXml(): Promise<void> {
    await this.xml.locator('.monaco-editor .view-lines').click()
  }
  /** Replaces the XML in Monaco (select all, type) and waits for the lint of that text. */
  async typeXml(text: string): Promise<void> {
    await this.focusXml()
    await this.page.keyboard.press('ControlOrMeta+A')
    await this.page.keyboard.press('Delete')
    await this.page.keyboard.insertText(text)
    await expect(this.xml).toHaveAttribute('data-value', text)
    await this.linted()
  }
  /**
   * Types over one line of the XML, counted from the end (-1 = the line before `</xml>`), with
   * the keys a user would press, then waits for the lint of the new text.
   */
  async replaceLine(fromEnd: number, text: string): Promise<void> {
    await this.focusXml()
    await this.page.keyboard.press('ControlOrMeta+End')
    for (let i = 0; i < -fromEnd; i++) await this.page.keyboard.press('ArrowUp')
    await this.page.keyboard.press('Home')
    await this.page.keyboard.press('Shift+End')
    await this.page.keyboard.insertText(text)
    await expect(this.xml).toHaveAttribute('data-value', new RegExp(escapeRegExp(text)))
    await this.linted()
  }
  /** Monaco's suggestion list (completion of element names). */
  suggestion(label: string): Locator {
    return this.page.locator('.suggest-widget .monaco-list-row').filter({ hasText: label })
  }
  async sendWithShortcut(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Enter')
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
