/**
 * Finds an installed Electron binary without triggering electron's lazy download (which a plain
 * `require('electron')` or `_electron.launch()` without executablePath would start).
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { test } from '@playwright/test'

/** Said in the report for every Electron test skipped, with what would let it run. */
export const NO_ELECTRON_REASON =
  'Electron binary not installed (node_modules/electron/path.txt missing and ELECTRON_EXEC_PATH unset): ' +
  'this machine cannot download it; run `npm start` once on a laptop to install it, then `npm run test:e2e`.'

/**
 * The installed binary; where there is none, the calling spec file's tests are skipped with the
 * reason (call it at the top level of the file).
 */
export function electronBinaryOrSkip(): string {
  const bin = electronBinary()
  test.skip(bin === null, NO_ELECTRON_REASON)
  return bin ?? ''
}

export function electronBinary(): string | null {
  const fromEnv = process.env.ELECTRON_EXEC_PATH
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  let dir: string
  try {
    dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathTxt = join(dir, 'path.txt')
  if (!existsSync(pathTxt)) return null
  const exe = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim())
  return existsSync(exe) ? exe : null
}
