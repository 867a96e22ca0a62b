/**
 * Send → bubble latency: from the click on the phone's Send button to the bot's reply
 * bubble painted, in the real UI served by the core, against the sample bot, 100 sends. Baseline,
 * measured in the same page and run: the same push through the control API with fetch alone (no
 * React, no event stream) — the floor the UI adds its cost to. Goal: p50 ≤ 50 ms.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { startCore } from '../../src/core/start-core'
import { KEEP_NAMES_SHIM, launchChromium, percentile, RENDERER_DIR } from './browser'

const SENDS = 100
const BLOCK = 10

/** One UI send, timed inside the page: click → a new bot bubble → the next animation frame. */
async function uiSend(page: Page, text: string): Promise<number> {
  await page.getByTestId('phone-input').fill(text)
  return page.evaluate(async () => {
    const bots = () =>
      document.querySelectorAll('[data-testid="phone-bubble"][data-from="bot"]').length
    const before = bots()
    const send = document.querySelector<HTMLElement>('[data-testid="phone-send"]')
    if (!send) throw new Error('no phone-send button')
    const t0 = performance.now()
    send.click()
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no reply bubble within 10 s')), 10_000)
      const observer = new MutationObserver(() => {
        if (bots() > before) {
          observer.disconnect()
          clearTimeout(timer)
          resolve()
        }
      })
      observer.observe(document.body, { subtree: true, childList: true })
    })
    await new Promise((resolve) => requestAnimationFrame(resolve))
    return performance.now() - t0
  })
}

/** The same push without the UI: fetch to the control API, from the same page. */
function apiSend(page: Page, text: string): Promise<number> {
  return page.evaluate(async (content) => {
    const token = sessionStorage.getItem('mpsim.token') ?? ''
    const t0 = performance.now()
    const res = await fetch('/api/push', {
      method: 'POST',
      headers: { 'x-mpsim-token': token, 'content-type': 'application/json' },
      body: JSON.stringify({ typeId: 'text', values: { Content: content } }),
    })
    await res.json()
    return performance.now() - t0
  }, text)
}

export async function runSendLatency(): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.log(
      '\nsend → bubble latency: skipped (out/renderer missing; run `npm run build` first)',
    )
    return
  }
  const core = await startCore({
    host: 'node',
    version: 'bench',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
    rendererDir: RENDERER_DIR,
  })
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    await page.addInitScript(KEEP_NAMES_SHIM)
    await page.goto(core.uiUrl)
    await page.locator('[data-app-state="ready"]').waitFor()
    await page.getByTestId('phone-input').waitFor()
    // Warm-up: first renders, JIT, keep-alive connections.
    for (let i = 0; i < 5; i++) {
      await uiSend(page, `warm ${i}`)
      await apiSend(page, `warm ${i}`)
    }
    const ui: number[] = []
    const api: number[] = []
    // Alternate blocks so both see the same machine state.
    for (let block = 0; block < SENDS / BLOCK; block++) {
      for (let i = 0; i < BLOCK; i++) ui.push(await uiSend(page, `bench ${block}-${i}`))
      for (let i = 0; i < BLOCK; i++) api.push(await apiSend(page, `bench ${block}-${i}`))
    }
    const p50 = percentile(ui, 50)
    const p95 = percentile(ui, 95)
    const base50 = percentile(api, 50)
    const base95 = percentile(api, 95)
    console.log(`\nsend → bubble (phone UI, sample bot, ${SENDS} sends)`)
    console.log(
      `  UI    p50 ${p50.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   goal p50 <= 50 ms: ${p50 <= 50 ? 'met' : 'MISSED'}`,
    )
    console.log(
      `  API   p50 ${base50.toFixed(1)} ms   p95 ${base95.toFixed(1)} ms   (baseline: fetch /api/push)`,
    )
    console.log(
      `  ratio UI/API p50 ${(p50 / base50).toFixed(2)}x   p95 ${(p95 / base95).toFixed(2)}x`,
    )
  } finally {
    await browser.close()
    await core.stop()
  }
}
