/**
 * A small benchmark harness: each case runs against its baseline in alternating rounds (so both
 * see the same machine state), a bounded number of iterations per round, and reports the median
 * ops/s of each and their ratio. Figures are ratios against a baseline measured in the same run,
 * never absolute timing assertions.
 */
import { performance } from 'node:perf_hooks'

export interface BenchCase {
  name: string
  /** What the baseline is, for the printed table. */
  baselineName: string
  run: () => unknown
  baseline: () => unknown
  /** Goal for ours/baseline, if the issue sets one. */
  goal?: number
}

export interface BenchResult {
  name: string
  baselineName: string
  opsPerSec: number
  baselineOpsPerSec: number
  ratio: number
  goal?: number
}

let sink: unknown

function opsPerSecond(fn: () => unknown, iterations: number): number {
  const start = performance.now()
  for (let i = 0; i < iterations; i++) sink = fn()
  const ms = performance.now() - start
  return (iterations / ms) * 1000
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

export function runCase(c: BenchCase, rounds = 7, iterations = 5000): BenchResult {
  // Warm-up so the JIT has compiled both paths before measuring.
  opsPerSecond(c.run, iterations / 5)
  opsPerSecond(c.baseline, iterations / 5)
  const ours: number[] = []
  const base: number[] = []
  for (let r = 0; r < rounds; r++) {
    ours.push(opsPerSecond(c.run, iterations))
    base.push(opsPerSecond(c.baseline, iterations))
  }
  void sink
  const opsPerSec = median(ours)
  const baselineOpsPerSec = median(base)
  return {
    name: c.name,
    baselineName: c.baselineName,
    opsPerSec,
    baselineOpsPerSec,
    ratio: opsPerSec / baselineOpsPerSec,
    goal: c.goal,
  }
}

export function printTable(results: readonly BenchResult[]): void {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US')
  console.log(
    'case                  ops/s       baseline                          ops/s       ratio  goal',
  )
  for (const r of results) {
    const goal =
      r.goal === undefined ? '' : `${r.ratio >= r.goal ? 'met' : 'MISSED'} (>= ${r.goal}x)`
    console.log(
      `${r.name.padEnd(20)} ${fmt(r.opsPerSec).padStart(10)}   ${r.baselineName.padEnd(32)} ${fmt(r.baselineOpsPerSec).padStart(10)}   ${r.ratio.toFixed(2)}x  ${goal}`,
    )
  }
}
