/**
 * E2E fixtures: each worker starts its own core in-process on port 0, serving the built renderer
 * (out/renderer), so workers never share ports or data. Every page also gets a request guard:
 * any request that leaves 127.0.0.1 fails the test (no CDN, no telemetry).
 */
import { test as base, expect } from '@playwright/test'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { startCore } from '../../src/core/start-core'
import type { RunningCore } from '../../src/core/start-core'

// MPSIM_RENDERER_DIR lets parallel builds (e.g. `electron-vite build --outDir <a temporary folder>`) be tested
// side by side without overwriting each other's out/.
const RENDERER_DIR =
  process.env['MPSIM_RENDERER_DIR'] ?? fileURLToPath(new URL('../../out/renderer', import.meta.url))

interface WorkerFixtures {
  core: RunningCore
}

export const test = base.extend<{ offLoopback: string[]; firstUserOnPhone: void }, WorkerFixtures>({
  core: [
    // Playwright requires the destructuring pattern even when no fixture is used.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (!existsSync(RENDERER_DIR)) throw new Error('out/renderer is missing: run `npm run build`')
      const core = await startCore({
        host: 'node',
        version: 'e2e',
        controlPort: 0,
        platformPort: 0,
        botPort: 0,
        rendererDir: RENDERER_DIR,
      })
      await use(core)
      await core.stop()
    },
    { scope: 'worker' },
  ],
  // The worker's core outlives each test, and the app opens on the core's phone user: every test
  // starts with each account's first user holding the phone, whoever an earlier test left there.
  firstUserOnPhone: [
    async ({ core }, use) => {
      for (const account of core.workspace.directory.listAccounts()) {
        const [first] = core.workspace.directory.listUsers(account.id)
        if (first) core.engine.setPhoneUser(account.id, first.openid)
      }
      await use()
    },
    { auto: true },
  ],
  offLoopback: [
    async ({ page }, use) => {
      const offLoopback: string[] = []
      page.on('request', (request) => {
        const url = new URL(request.url())
        const local = ['127.0.0.1', 'localhost'].includes(url.hostname)
        if (!local && !['data:', 'blob:', 'about:'].includes(url.protocol)) {
          offLoopback.push(request.url())
        }
      })
      await use(offLoopback)
      expect(offLoopback, 'requests that left 127.0.0.1').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
