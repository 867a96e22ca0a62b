/**
 * Latency distribution of a run, in an HDR histogram (hdr-histogram-js): fixed memory whatever
 * the number of pushes, percentiles within 0.1 % (three significant digits), instead of keeping
 * and sorting every sample. Values are kept in microseconds, reported in milliseconds.
 */
import { build } from 'hdr-histogram-js'
import type { Histogram } from 'hdr-histogram-js'

export interface LatencyFigures {
  readonly p50: number
  readonly p95: number
  readonly p99: number
  readonly max: number
  readonly mean: number
}

const EMPTY: LatencyFigures = { p50: 0, p95: 0, p99: 0, max: 0, mean: 0 }

/** Milliseconds to one decimal: finer than any bot's answer time matters. */
const ms = (micros: number): number => Math.round(micros / 100) / 10

export class Latency {
  private readonly histogram: Histogram = build({
    lowestDiscernibleValue: 1,
    // Grows by itself past this (a push stuck for hours); an hour covers any real run.
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 3,
  })
  private count = 0
  private sum = 0
  // Exact, not the bucket's upper edge: the slowest push is worth naming precisely.
  private maxMicros = 0

  record(latencyMs: number): void {
    const micros = Math.max(1, Math.round(latencyMs * 1000))
    this.histogram.recordValue(micros)
    this.count++
    this.sum += micros
    if (micros > this.maxMicros) this.maxMicros = micros
  }

  get size(): number {
    return this.count
  }

  figures(): LatencyFigures {
    if (this.count === 0) return EMPTY
    // A percentile is its bucket's upper edge, which may pass the largest value really seen.
    const at = (p: number) => ms(Math.min(this.histogram.getValueAtPercentile(p), this.maxMicros))
    return {
      p50: at(50),
      p95: at(95),
      p99: at(99),
      max: ms(this.maxMicros),
      mean: ms(this.sum / this.count),
    }
  }

  reset(): void {
    this.histogram.reset()
    this.count = 0
    this.sum = 0
    this.maxMicros = 0
  }
}
