/**
 * Page module of the Load panel: every locator and action its spec uses, by test id, so the spec
 * holds no selectors.
 */
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

export class LoadPage {
  readonly page: Page
  readonly panel: Locator
  readonly start: Locator
  readonly stop: Locator
  readonly run: Locator
  readonly verdict: Locator
  readonly chart: Locator
  readonly summary: Locator
  constructor(page: Page) {
    this.page = page
    const id = (testId: string) => page.getByTestId(testId)
    this.panel = id('load-panel')
    this.start = id('load-start')
    this.stop = id('load-stop')
    this.run = id('load-run')
    this.verdict = id('load-verdict')
    this.chart = id('load-chart')
    this.summary = id('load-form-summary')
  }
  id(testId: string): Locator {
    return this.page.getByTestId(testId)
  }
  /** A form field by name: users, rate, rampTo, concurrency, duration, messages, seed, botUrl. */
  field(name: string): Locator {
    return this.id(`load-${name}`)
  }
  problem(name: string): Locator {
    return this.id(`load-problem-${name}`)
  }
  /** The run shown, when its status is this one. */
  runIn(status: 'running' | 'finished' | 'stopped' | 'failed'): Locator {
    return this.page.locator(`[data-testid="load-run"][data-status="${status}"]`)
  }
  figure(name: string): Locator {
    return this.id(`load-figure-${name}`)
  }
  /** A figure's number (the tile's data-value). */
  async value(name: string): Promise<number> {
    return Number(await this.figure(name).getAttribute('data-value'))
  }
  /** Opens the panel and waits for the core's list of runs to have answered. */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-load').click()
    await expect(this.panel).toHaveAttribute('data-listed', 'true')
  }
  /** Fills the fields given (others keep their values). */
  async fill(values: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.field(name).fill(value)
  }
}
