// `npm test`: every check CI runs, in order — format, lint, typecheck, unit + integration tests,
// build, end-to-end tests — then one plain closing line `N passed, N failed[, N skipped]` that
// counts every test case run (CI reads that line; it does not read vitest's or Playwright's).
// A failing check step (format, lint, typecheck, build) counts as one failed case. Exit 1 on any
// failure.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const REPORT_DIR = join('test-results', 'reports')
rmSync(REPORT_DIR, { recursive: true, force: true })
mkdirSync(REPORT_DIR, { recursive: true })

const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`)
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status === 0
}

function step(label, command, args) {
  const ok = run(label, command, args)
  if (ok) totals.passed += 1
  else {
    totals.failed += 1
    failures.push(label)
  }
  return ok
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

step('format', npx, ['prettier', '--check', '.'])
step('lint', npx, ['eslint', '--max-warnings', '0', '.'])
step('typecheck node', npx, ['tsc', '-p', 'tsconfig.node.json', '--noEmit'])
step('typecheck web', npx, ['tsc', '-p', 'tsconfig.web.json', '--noEmit'])
step('typecheck e2e', npx, ['tsc', '-p', 'tsconfig.e2e.json', '--noEmit'])

// Unit and integration tests (vitest); counted from its JSON report.
const vitestJson = join(REPORT_DIR, 'vitest.json')
const vitestOk = run('unit + integration (vitest)', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
])
const vitest = readJson(vitestJson)
if (vitest) {
  totals.passed += vitest.numPassedTests
  totals.failed += vitest.numFailedTests
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0)
  if (vitest.numFailedTests > 0 || !vitestOk) failures.push('vitest')
  if (!vitestOk && vitest.numFailedTests === 0) totals.failed += 1
} else {
  totals.failed += 1
  failures.push('vitest (no report)')
}

// The build, then the end-to-end tests against it (Playwright, system Chromium).
// Through npm start's pre-step (forced), so its stamp is written and a later `npm start` starts
// without building again.
if (step('build', process.execPath, ['scripts/build-if-stale.mjs', '--force'])) {
  const pwJson = join(REPORT_DIR, 'playwright.json')
  const pwOk = run('e2e (playwright)', npx, ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
  })
  const pw = existsSync(pwJson) ? readJson(pwJson) : null
  if (pw?.stats) {
    totals.passed += pw.stats.expected + (pw.stats.flaky ?? 0)
    totals.failed += pw.stats.unexpected
    totals.skipped += pw.stats.skipped
    if (pw.stats.unexpected > 0 || !pwOk) failures.push('playwright')
    if (!pwOk && pw.stats.unexpected === 0) totals.failed += 1
  } else {
    totals.failed += 1
    failures.push('playwright (no report)')
  }
} else {
  totals.failed += 1
  failures.push('e2e not run: the build failed')
}

console.log('')
if (failures.length > 0) console.log(`Failed: ${failures.join(', ')}`)
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`)
process.exit(totals.failed > 0 ? 1 : 0)
