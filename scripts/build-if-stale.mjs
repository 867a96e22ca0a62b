// `npm start`'s pre-step: builds the app only when something it is built from changed since the
// last build (a stamp in out/), so starting again is quick. `--force` (or MPSIM_BUILD=1) builds
// anyway. Sources are compared by modification time: a checkout or an edit makes them newer.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const STAMP = join('out', '.build-stamp')
const INPUTS = ['src', 'resources', 'package.json', 'package-lock.json', 'electron.vite.config.ts']
const OUTPUTS = [join('out', 'main', 'index.js'), join('out', 'main', 'cli.js')]

/** Newest modification time under `path` (a file or a folder), 0 when it does not exist. */
function newest(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = stat.mtimeMs
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)))
  return latest
}

function staleReason() {
  if (process.argv.includes('--force') || process.env.MPSIM_BUILD === '1') return 'asked for'
  if (!existsSync(STAMP) || OUTPUTS.some((file) => !existsSync(file))) return 'no build yet'
  const built = statSync(STAMP).mtimeMs
  const configs = readdirSync('.').filter((f) => /^tsconfig.*\.json$/.test(f))
  const changed = [...INPUTS, ...configs].find((input) => newest(input) > built)
  return changed === undefined ? null : `${changed} changed since the last build`
}

const reason = staleReason()
if (reason === null) {
  console.log('[mpsim] The build is up to date; starting without rebuilding.')
} else {
  console.log(`[mpsim] Building the app (${reason}).`)
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
  const result = spawnSync(npx, ['electron-vite', 'build'], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
  writeFileSync(STAMP, `${new Date().toISOString()}\n`)
}
