// Makes sure Electron's binary is installed: electron >= 42 downloads it lazily and electron-vite
// does not trigger that download, so run electron's own installer. On a laptop this downloads the
// binary once; on a machine that cannot reach the download host it fails fast and says so.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

export function ensureElectron() {
  const require = createRequire(import.meta.url)
  let installer
  try {
    installer = require.resolve('electron/install.js')
  } catch {
    return { ok: false, why: 'the electron package is not installed (run npm install)' }
  }
  const r = spawnSync(process.execPath, [installer], {
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: 300_000,
  })
  if (r.status === 0) return { ok: true }
  const lines = String(r.stderr ?? '').split('\n')
  const why =
    lines.find((l) => /Error|fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED/.test(l))?.trim() ||
    `installer exited with ${r.status ?? r.signal}`
  return { ok: false, why }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = ensureElectron()
  if (!result.ok) {
    console.error(
      `[ensure-electron] The Electron binary is not installed and could not be downloaded (${result.why}).`,
    )
    console.error(
      '[ensure-electron] Use `npm start` (it falls back to browser mode) or `npm run web`.',
    )
    process.exit(1)
  }
}
