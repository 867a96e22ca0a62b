/**
 * `npm run bench` part 2: throughput of the push engine and the mock API against load generators
 * and bare servers, measured in the same run, loopback only, bounded durations, every child stopped.
 */
import { runApiCases } from './api-cases'
import { runEngineCases } from './engine-cases'
import type { RateResult } from './engine-cases'

/**
 * One line per ratio: the case's rate, the baseline measured in the same run with its own rate,
 * their ratio and the goal when there is one. Columns fit the longest names.
 */
export function printRates(results: readonly RateResult[]): void {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US')
  const nameWidth = Math.max(4, ...results.map((r) => r.name.length))
  const baselineWidth = Math.max(8, ...results.map((r) => r.baselineName.length))
  console.log(
    `\n${'case'.padEnd(nameWidth)}    req/s    ${'baseline'.padEnd(baselineWidth)}    req/s   ratio  goal`,
  )
  for (const r of results) {
    const ratio = r.rate / r.baselineRate
    const goal = r.goal === undefined ? '' : `${ratio >= r.goal ? 'met' : 'MISSED'} (>= ${r.goal}x)`
    console.log(
      `${r.name.padEnd(nameWidth)} ${fmt(r.rate).padStart(8)}    ${r.baselineName.padEnd(baselineWidth)} ${fmt(r.baselineRate).padStart(8)}   ${ratio.toFixed(2).padStart(5)}x  ${goal}`,
    )
  }
  console.log('(ratio = req/s of the case / req/s of its baseline, medians of interleaved rounds)')
}

export async function runThroughput(): Promise<void> {
  const options = { seconds: 3, rounds: 3, connections: 32 }
  printRates([...(await runEngineCases(options)), ...(await runApiCases(options))])
}
