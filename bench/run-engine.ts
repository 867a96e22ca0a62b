/**
 * `npm run bench` part 2: throughput of the push engine and the mock API against load generators
 * and bare servers, measured in the same run, loopback only, bounded durations, every child stopped.
 */
import { runApiCases } from './api-cases'
import { runEngineCases } from './engine-cases'
import type { RateResult } from './engine-cases'

export function printRates(results: readonly RateResult[]): void {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US')
  console.log(
    '\ncase                          req/s    baseline                              req/s   ratio  goal',
  )
  for (const r of results) {
    const ratio = r.rate / r.baselineRate
    const goal = r.goal === undefined ? '' : `${ratio >= r.goal ? 'met' : 'MISSED'} (>= ${r.goal}x)`
    console.log(
      `${r.name.padEnd(27)} ${fmt(r.rate).padStart(7)}    ${r.baselineName.padEnd(36)} ${fmt(r.baselineRate).padStart(7)}   ${ratio.toFixed(2)}x  ${goal}`,
    )
  }
}

export async function runThroughput(): Promise<void> {
  const options = { seconds: 3, rounds: 3, connections: 32 }
  printRates([...(await runEngineCases(options)), ...(await runApiCases(options))])
}
