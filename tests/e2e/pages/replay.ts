/**
 * Page module of the Replay panel: every locator and action its spec uses, by test id, so the
 * spec holds no selectors.
 */
import { expect } from '@playwright/test'
import type { Download, Locator, Page } from '@playwright/test'

export class ReplayPage {
  readonly page: Page
  readonly panel: Locator
  readonly editor: Locator
  readonly run: Locator
  readonly results: Locator
  readonly report: Locator
  readonly fileInput: Locator
  constructor(page: Page) {
    this.page = page
    const id = (testId: string) => page.getByTestId(testId)
    this.panel = id('replay-panel')
    this.editor = id('replay-editor')
    this.run = id('replay-run')
    this.results = id('replay-result')
    this.report = id('replay-import-report')
    this.fileInput = id('replay-import-input')
  }
  id(testId: string): Locator {
    return this.page.getByTestId(testId)
  }
  step(index: number): Locator {
    return this.page.locator(`[data-testid="replay-step"][data-index="${index}"]`)
  }
  result(index: number): Locator {
    return this.page.locator(`[data-testid="replay-result"][data-index="${index}"]`)
  }
  /** Runs the open suite (saving it first when edited) and waits for the results. */
  async runSuite(): Promise<void> {
    await this.id('replay-editor-run').click()
    await expect(this.run).toHaveAttribute('data-status', 'done')
  }
  /** Adds a reply-field assertion to a step: element, how and value. */
  async expectField(step: number, element: string, value: string): Promise<void> {
    await this.step(step).getByTestId('replay-field-add').click()
    const row = this.step(step).getByTestId('replay-field').last()
    await row.getByTestId('replay-field-element').fill(element)
    await row.getByTestId('replay-field-value').fill(value)
  }
  /** A step's list action (up, down, copy, remove) pressed from the keyboard. */
  async stepAction(step: number, action: 'up' | 'down' | 'copy' | 'remove'): Promise<void> {
    const button = this.step(step).getByTestId(`replay-step-${action}`)
    await button.focus()
    await this.page.keyboard.press('Enter')
  }
  /** Runs the open suite and returns what the panel asked the control API to run. */
  async runSuiteWithInput(): Promise<Record<string, unknown>> {
    const [request] = await Promise.all([
      this.page.waitForRequest((r) => r.url().endsWith('/api/replay/run') && r.method() === 'POST'),
      this.runSuite(),
    ])
    return request.postDataJSON() as Record<string, unknown>
  }
  async download(testId: string): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.id(testId).click(),
    ])
    return download
  }
}
