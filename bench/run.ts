/**
 * `npm run bench`: the protocol core against raw baselines, then the push engine and the mock API
 * against load generators and bare servers, all measured in the same run. Loopback only, bounded
 * iterations and durations; prints figures and ratios, never asserts timings.
 * Then bench/log-start.ts: opening a workspace with a 250 MB exchange log against a tiny and a
 * window-sized one. Then bench/replay-case.ts: 10,000 captured messages replayed as `mpsim replay`
 * does against autocannon sending as many pre-signed pushes, with peak RSS. Then bench/media-case.ts:
 * media/get and media/upload of a ~500 KB JPEG against bare Express 5 (about 40 s). Then bench/ui/run.ts: the UI (the built renderer in Chromium) — send → bubble latency and the
 * inspector's scroll (a separate entry: it is typed against the DOM, like the e2e tests).
 * `npm run bench -- --protocol` runs only the first part (a few seconds).
 */
import { spawnSync } from 'node:child_process'
import { printTable, runCase } from './harness'
import { cryptoCases } from './protocol-cases'
import { runThroughput } from './run-engine'
import { xmlCases } from './xml-cases'

console.log(`mpsim benchmarks (node ${process.version}, ${new Date().toISOString()})\n`)
printTable([...cryptoCases, ...xmlCases].map((c) => runCase(c)))
if (!process.argv.includes('--protocol')) {
  await runThroughput()
  spawnSync(process.execPath, ['--import', 'tsx', 'bench/log-start.ts'], { stdio: 'inherit' })
  spawnSync(process.execPath, ['--import', 'tsx', 'bench/log-search-case.ts'], { stdio: 'inherit' })
  // Its own process: the peak RSS it reports is the replay's alone.
  spawnSync(process.execPath, ['--import', 'tsx', 'bench/replay-case.ts'], { stdio: 'inherit' })
  spawnSync(process.execPath, ['--import', 'tsx', 'bench/media-case.ts'], { stdio: 'inherit' })
  spawnSync(process.execPath, ['--import', 'tsx', 'bench/ui/run.ts'], { stdio: 'inherit' })
}
