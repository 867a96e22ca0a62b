/** Where the built pieces sit relative to the bundled CLI (out/main/cli.js). */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url))

export function packageVersion(): string {
  try {
    const pkg = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'),
    ) as { version?: string }
    return pkg.version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}
