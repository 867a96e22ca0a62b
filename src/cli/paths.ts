/**
 * Where the built pieces sit. The CLI runs either bundled (out/main/cli.js) or from source
 * (src/cli/index.ts through tsx, see bin/mpsim.js); both find the project root by its package.json.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir
    dir = dirname(dir)
  }
  return process.cwd()
}

const ROOT = projectRoot()

/** The built renderer (`npm run build`); served by `mpsim serve` when present. */
export const RENDERER_DIR = join(ROOT, 'out', 'renderer')

export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version?: string
    }
    return pkg.version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}
