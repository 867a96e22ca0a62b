/**
 * `npm run bench`: the protocol core against raw baselines measured in the same run.
 * Loopback only, bounded iterations; prints ops/s and the ratio to the baseline.
 */
import { printTable, runCase } from './harness'
import { cryptoCases } from './protocol-cases'
import { xmlCases } from './xml-cases'

const results = [...cryptoCases, ...xmlCases].map((c) => runCase(c))
console.log(`mpsim protocol benchmarks (node ${process.version}, ${new Date().toISOString()})\n`)
printTable(results)
