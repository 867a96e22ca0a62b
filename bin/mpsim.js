#!/usr/bin/env node
// `npx mpsim …`: from a clone (sources and dev dependencies present) run the TypeScript sources
// through tsx, so the CLI always matches the code with no build step after `npm install`; from a
// packaged install run the bundle that `npm run build` produced (out/main/cli.js).
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const source = fileURLToPath(new URL('../src/cli/index.ts', import.meta.url))
const require = createRequire(import.meta.url)

function hasTsx() {
  try {
    require.resolve('tsx/esm/api')
    return true
  } catch {
    return false
  }
}

if (existsSync(source) && hasTsx()) {
  const { tsImport } = await import('tsx/esm/api')
  await tsImport(source, import.meta.url)
} else {
  await import('../out/main/cli.js')
}
