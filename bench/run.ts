/**
 * `npm run bench`: the protocol core against raw baselines, then the push engine and the mock API
 * against load generators and bare servers, all measured in the same run. Loopback only, bounded
 * iterations and durations; prints figures and ratios, never asserts timings.
 * `npm run bench -- --protocol` runs only the first part (a few seconds).
 */
import { printTable, runCase } from './harness'
import { cryptoCases } from './protocol-cases'
import { runThroughput } from './run-engine'
import { xmlCases } from './xml-cases'

console.log(`mpsim benchmarks (node ${process.version}, ${new Date().toISOString()})\n`)
printTable([...cryptoCases, ...xmlCases].map((c) => runCase(c)))
if (!process.argv.includes('--protocol')) await runThroughput()
