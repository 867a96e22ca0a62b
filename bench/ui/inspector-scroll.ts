/**
 * The inspector's list with 100 000 exchanges: the real ExchangeList in Chromium,
 * scrolled with the mouse wheel; long tasks (> 50 ms, the browser's own Long Tasks API) and the
 * longest gap between frames are recorded. Baseline in the same run: the same virtualiser drawing
 * one plain line per row — the floor any virtual list pays. Goal: no task > 50 ms while scrolling.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import type { Page } from '@playwright/test'
import { build } from 'vite'
import { KEEP_NAMES_SHIM, launchChromium } from './browser'

const PAGES = fileURLToPath(new URL('./pages', import.meta.url))
const COUNT = 100_000
const WHEELS = 120

interface ScrollFigures {
  readonly longTasks: number
  readonly longestTaskMs: number
  readonly longestFrameMs: number
  readonly mountMs: number
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
}

async function serve(dir: string) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    const file = join(dir, path === '/' ? 'index.html' : path)
    readFile(file).then(
      (data) => {
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
        res.end(data)
      },
      () => {
        res.writeHead(404)
        res.end()
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

async function measure(page: Page, url: string): Promise<ScrollFigures> {
  await page.addInitScript(KEEP_NAMES_SHIM)
  await page.addInitScript(() => {
    const w = window as unknown as { __long: number[]; __frames: number[] }
    w.__long = []
    w.__frames = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__long.push(entry.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
  const started = Date.now()
  await page.goto(url)
  await page.locator('[data-testid="inspector-list"] [style*="translateY"]').first().waitFor()
  const mountMs = Date.now() - started
  // Only what happens while scrolling counts: forget the mount's tasks, then record frames.
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __frames: number[] }
    w.__long = []
    let last = performance.now()
    const tick = (now: number) => {
      w.__frames.push(now - last)
      last = now
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  const box = await page.getByTestId('inspector-list').boundingBox()
  await page.mouse.move((box?.x ?? 0) + 100, (box?.y ?? 0) + 200)
  for (let i = 0; i < WHEELS; i += 1) {
    await page.mouse.wheel(0, i < WHEELS / 2 ? 2400 : -1700)
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))))
  }
  const figures = await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __frames: number[] }
    return { long: w.__long, frames: w.__frames.slice(1) }
  })
  return {
    longTasks: figures.long.length,
    longestTaskMs: Math.max(0, ...figures.long),
    longestFrameMs: Math.max(0, ...figures.frames),
    mountMs,
  }
}

export async function runInspectorScroll(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'mpsim-bench-ui-'))
  try {
    await build({
      root: PAGES,
      base: './',
      logLevel: 'error',
      plugins: [react()],
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 8000 },
    })
    const server = await serve(outDir)
    const browser = await launchChromium()
    try {
      const ours = await measure(await browser.newPage(), `${server.url}/?n=${COUNT}`)
      const floor = await measure(await browser.newPage(), `${server.url}/?n=${COUNT}&list=floor`)
      console.log(
        `\ninspector list, ${COUNT.toLocaleString('en-US')} exchanges, ${WHEELS} wheel scrolls`,
      )
      console.log(
        `  inspector  long tasks ${ours.longTasks}  longest task ${ours.longestTaskMs.toFixed(0)} ms  longest frame ${ours.longestFrameMs.toFixed(1)} ms  (mount ${ours.mountMs} ms)`,
      )
      console.log(
        `  floor      long tasks ${floor.longTasks}  longest task ${floor.longestTaskMs.toFixed(0)} ms  longest frame ${floor.longestFrameMs.toFixed(1)} ms  (plain virtual list)`,
      )
      console.log(
        `  ratio longest frame ${(ours.longestFrameMs / floor.longestFrameMs).toFixed(2)}x   goal no task > 50 ms: ${ours.longTasks === 0 ? 'met' : 'MISSED'}`,
      )
    } finally {
      await browser.close()
      await server.close()
    }
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}
