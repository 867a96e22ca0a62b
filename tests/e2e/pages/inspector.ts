/**
 * Page module of the inspector: every locator and action its spec uses, by test id,
 * so the spec holds no selectors.
 */
import { expect } from '@playwright/test'
import type { Download, Locator, Page } from '@playwright/test'
import { AppPage } from './app'

export type SignaturePart = 'parts' | 'sorted' | 'joined' | 'digest' | 'sent' | 'match'

export class InspectorPage {
  readonly page: Page
  readonly root: Locator
  readonly list: Locator
  readonly rows: Locator
  readonly detail: Locator
  readonly empty: Locator
  readonly count: Locator
  readonly search: Locator
  readonly notice: Locator
  readonly contentType: Locator
  readonly query: Locator
  readonly timeline: Locator
  readonly verdict: Locator
  readonly summaryOutcome: Locator
  readonly envelope: Locator
  readonly copyCurl: Locator
  readonly requestLine: Locator
  readonly requestBody: Locator
  readonly responseBody: Locator
  readonly splitter: Locator
  readonly filteredOut: Locator
  constructor(page: Page) {
    this.page = page
    const id = (testId: string) => page.getByTestId(testId)
    this.root = id('inspector')
    this.list = id('inspector-list')
    this.rows = id('inspector-row')
    this.detail = id('inspector-detail')
    this.empty = id('inspector-empty')
    this.count = id('inspector-count')
    this.search = id('inspector-search')
    this.notice = id('inspector-notice')
    this.contentType = id('inspector-header-content-type')
    this.query = id('inspector-query')
    this.timeline = id('inspector-timeline')
    this.verdict = id('inspector-verdict')
    this.summaryOutcome = id('inspector-summary-outcome')
    this.envelope = id('inspector-envelope')
    this.copyCurl = id('inspector-copy-curl')
    this.requestLine = id('inspector-request-line')
    this.requestBody = id('inspector-request-body')
    this.responseBody = id('inspector-response-body')
    this.splitter = id('inspector-splitter')
    this.filteredOut = id('inspector-filtered-out')
  }
  row(exchangeId: string): Locator {
    return this.page.locator(`[data-testid="inspector-row"][data-exchange-id="${exchangeId}"]`)
  }
  /** Clicks the exchange's row and waits until the detail shows it. */
  async open(exchangeId: string): Promise<void> {
    await this.row(exchangeId).click()
    await expect(this.detail).toHaveAttribute('data-exchange-id', exchangeId)
  }
  attempt(n: number): Locator {
    return this.page.getByTestId(`inspector-attempt-${n}`)
  }
  attemptTab(n: number): Locator {
    return this.page.getByTestId(`inspector-attempt-tab-${n}`)
  }
  problems(): Locator {
    return this.page.getByTestId('inspector-problem')
  }
  /** A step of the `signature` breakdown, or of `msg_signature` with `msg`. */
  signature(part: SignaturePart, msg = false): Locator {
    const root = msg ? 'inspector-msg-signature' : 'inspector-signature'
    return this.page.getByTestId(root).getByTestId(`${root}-${part}`)
  }
  envelopePart(part: 'encrypt' | 'inner' | 'received'): Locator {
    return this.page.getByTestId(`inspector-envelope-${part}`)
  }
  filter(which: 'user' | 'kind' | 'outcome' | 'walk'): Locator {
    return this.page.getByTestId(`inspector-filter-${which}`)
  }
  /**
   * Types a search and waits until the list reflects it (the filter applies after a debounce),
   * then, when given, for the number of exchanges shown.
   */
  async searchFor(text: string, shown?: number): Promise<void> {
    await this.search.fill(text)
    await expect(this.count).toHaveAttribute('data-query', text)
    if (shown !== undefined) await expect(this.count).toHaveAttribute('data-shown', String(shown))
  }
  /** Empties the search and waits until every exchange is listed again. */
  async clearSearch(): Promise<void> {
    await this.searchFor('')
    await expect
      .poll(
        async () =>
          (await this.count.getAttribute('data-shown')) ===
          (await this.count.getAttribute('data-total')),
      )
      .toBe(true)
  }
  /** An attribute of every row in view (data-kind, data-outcome…). */
  rowValues(attribute: string): Promise<(string | null)[]> {
    return this.rows.evaluateAll(
      (rows, name) => rows.map((row) => row.getAttribute(name)),
      attribute,
    )
  }
  problemFacts(): Locator {
    return this.page.getByTestId('inspector-problem-facts')
  }
  problem(code: string): Locator {
    return this.page.locator(`[data-testid="inspector-problem"][data-code="${code}"]`)
  }
  /** One labelled fact of a problem card (its key is the engine's, for the test only). */
  problemFact(code: string, key: string): Locator {
    return this.problem(code).locator(`[data-fact="${key}"]`)
  }
  problemFix(code: string): Locator {
    return this.problem(code).getByTestId('inspector-problem-fix')
  }
  problemSpec(code: string): Locator {
    return this.problem(code).getByTestId('inspector-problem-spec')
  }
  /** The sorted values of a signature, each with the name of the input it came from. */
  sortedItems(msg = false): Locator {
    const root = msg ? 'inspector-msg-signature' : 'inspector-signature'
    return this.page.getByTestId(root).getByTestId(`${root}-sorted-item`)
  }
  /** The characters of a sent signature that differ from the worked-out one. */
  mismatch(which: 'signature' | 'msg-signature'): Locator {
    return this.page.getByTestId(`inspector-${which}-sent`).locator('mark')
  }
  /** The verdict's card for a code (a finding, an errcode `errcode-40163`, `outcome-denied`…). */
  card(code: string): Locator {
    return this.problem(code)
  }
  cardTitle(code: string): Locator {
    return this.problem(code).getByTestId('inspector-problem-title')
  }
  section(which: 'flow' | 'summary' | 'verdict' | 'timeline'): Locator {
    return this.page.getByTestId(
      which === 'summary' ? 'inspector-summary' : `inspector-${which}-section`,
    )
  }
  /** A fact of the summary by the test id of its value (page-address, duration…). */
  summaryValue(name: string): Locator {
    return this.page.getByTestId(`inspector-${name}`)
  }
  /** The hops of the shown exchange's walk, in the order shown. */
  flowHops(): Locator {
    return this.page.getByTestId('inspector-flow-hop')
  }
  flowAction(which: 'list' | 'stepper'): Locator {
    return this.page.getByTestId(`inspector-flow-${which}`)
  }
  /** Above the list when it shows one walk. */
  listFlow(): Locator {
    return this.page.getByTestId('inspector-list-flow')
  }
  jssdk(part: 'string1' | 'expected' | 'given' | 'match' | 'url' | 'domain' | 'errmsg'): Locator {
    return this.page.getByTestId(
      part === 'domain' ? 'inspector-jssdk-domain' : `inspector-jssdk-${part}`,
    )
  }
  async darkTheme(): Promise<void> {
    await this.page.getByTestId('theme-toggle').selectOption('dark')
    await expect(this.page.locator('body')).toHaveAttribute('data-weui-theme', 'dark')
  }
  /** Clicks a download button and returns the file the page saved. */
  async download(button: 'export-json' | 'export-xml' | 'export-list'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`inspector-${button}`).click(),
    ])
    return download
  }
  async clear(confirm: boolean): Promise<void> {
    await this.page.getByTestId('inspector-clear').click()
    const dialog = this.page.getByTestId('inspector-clear-dialog')
    await expect(dialog).toBeVisible()
    await this.page.getByTestId(`inspector-clear-dialog-${confirm ? 'confirm' : 'cancel'}`).click()
    await expect(dialog).toBeHidden()
  }
}

/** The app opened in `lang` on the inspector panel. */
export async function openInspector(page: Page, url: string, lang: 'zh' | 'en' = 'en') {
  const app = new AppPage(page)
  await app.open(url, lang)
  await app.go('inspector')
  return { app, inspector: new InspectorPage(page) }
}
