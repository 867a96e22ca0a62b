/**
 * Accessibility, as a newcomer meets the app: axe-core on every panel (Chat, Inspector with an
 * exchange open, Settings, Crypto lab, the OAuth steps, Replay, the Load panel) in both themes, with no
 * serious or critical violation; and a visible focus ring on every kind of focusable control.
 */
import { AxeBuilder } from '@axe-core/playwright'
import { appendFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { AppPage, PhonePage } from './pages/app'
import type { Panel } from './pages/app'

type Scheme = 'light' | 'dark'
type Checked = Panel | 'oauth' | 'replay' | 'load'
const PANELS: readonly Checked[] = [
  'chat',
  'inspector',
  'settings',
  'crypto-lab',
  'oauth',
  'replay',
  'load',
]

/** The serious and critical violations on the page, one line each: rule, impact, first targets. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze()
  // A11Y_DEBUG=<file>: every serious node with axe's data (colours, ratio) as JSON lines.
  if (process.env['A11Y_DEBUG'])
    appendFileSync(
      process.env['A11Y_DEBUG'],
      JSON.stringify(
        result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .flatMap((v) =>
            v.nodes.map((n) => ({
              id: v.id,
              target: n.target.join(' '),
              data: n.any[0]?.data as unknown,
              html: n.html.slice(0, 120),
            })),
          ),
      ) + '\n',
    )
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes
          .slice(0, 4)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    )
}

/** Waits until a panel shows its real content, not a spinner. */
async function settled(page: Page, panel: Checked): Promise<void> {
  const id = (testId: string) => page.getByTestId(testId)
  if (panel === 'chat') await expect(id('phone')).toHaveAttribute('data-loaded', 'true')
  if (panel === 'inspector') await expect(id('inspector-detail')).toBeVisible()
  if (panel === 'settings') await expect(id('settings-ports')).toBeVisible()
  if (panel === 'crypto-lab') {
    await expect(id('lab-signature-digest')).toBeVisible()
    await expect(id('lab-encrypt-output')).toBeVisible()
  }
  if (panel === 'oauth') await expect(id('oauth-clock-now')).toHaveAttribute('data-now-ms', /\d/)
  if (panel === 'replay') await expect(id('replay-suites')).toBeVisible()
  if (panel === 'load') await expect(id('load-panel')).toHaveAttribute('data-listed', 'true')
}

/** Opens a panel (the inspector on the given exchange) and waits for its content. */
async function openPanel(page: Page, panel: Checked, exchangeId: string): Promise<void> {
  await page.getByTestId(`nav-${panel}`).click()
  if (panel === 'inspector') {
    await page.locator(`[data-testid="inspector-row"][data-exchange-id="${exchangeId}"]`).click()
  }
  await settled(page, panel)
}

test.describe('Accessibility', () => {
  for (const scheme of ['light', 'dark'] as const satisfies readonly Scheme[]) {
    test(`axe: no serious or critical violation on any panel (${scheme})`, async ({
      page,
      core,
    }) => {
      const app = new AppPage(page)
      await page.emulateMedia({ colorScheme: scheme })
      await app.open(core.uiUrl)
      // An exchange to show in the inspector.
      const exchangeId = await new PhonePage(page).say(`a11y ${scheme}`)
      const found: string[] = []
      for (const lang of ['zh', 'en'] as const) {
        await app.language(lang)
        for (const panel of PANELS) {
          await openPanel(page, panel, exchangeId)
          for (const line of await violations(page)) found.push(`${lang} ${panel}: ${line}`)
        }
      }
      expect(found, found.join('\n')).toEqual([])
    })
  }
})

/** Tabs through the page; returns each focused control that shows neither an outline nor a ring. */
async function controlsWithoutRing(page: Page, steps: number): Promise<string[]> {
  const missing = new Set<string>()
  await page.getByTestId('app').click({ position: { x: 1, y: 1 } })
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab')
    const seen = await page.evaluate(() => {
      const el = document.activeElement
      if (!(el instanceof HTMLElement) || el === document.body) return null
      const style = getComputedStyle(el)
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
      // A form field (components/Field) rings the whole cell rather than the bare input.
      const field = el.closest('.field')
      const ringed =
        style.boxShadow !== 'none' ||
        (field !== null && getComputedStyle(field).boxShadow !== 'none')
      // Monaco draws its own focus border on the editor around its hidden textarea.
      const monaco = el.closest('.monaco-editor')?.classList.contains('focused') ?? false
      if (outlined || ringed || monaco) return ''
      const id =
        el.dataset['testid'] ?? el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30)
      return `${el.tagName.toLowerCase()}.${el.className} ${id ?? ''}`
    })
    if (seen) missing.add(seen)
  }
  return [...missing]
}

test.describe('Focus rings', () => {
  for (const scheme of ['light', 'dark'] as const satisfies readonly Scheme[]) {
    test(`every control reached by Tab shows a focus ring (${scheme})`, async ({ page, core }) => {
      const app = new AppPage(page)
      await page.emulateMedia({ colorScheme: scheme })
      await app.open(core.uiUrl)
      const exchangeId = await new PhonePage(page).say(`focus ${scheme}`)
      const found: string[] = []
      for (const panel of ['chat', 'inspector', 'settings', 'crypto-lab', 'oauth'] as const) {
        await openPanel(page, panel, exchangeId)
        for (const line of await controlsWithoutRing(page, 70)) found.push(`${panel}: ${line}`)
      }
      expect(found, found.join('\n')).toEqual([])
    })
  }
})
