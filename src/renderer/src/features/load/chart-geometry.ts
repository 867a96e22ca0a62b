/**
 * Scales, ticks and paths for the Load panel's charts, drawn as plain SVG (a few dozen to a few
 * thousand points: no chart library needed). Latency is on a log scale, so a 2 ms bot and the
 * 5 s deadline fit on one axis and the deadline line is always drawn.
 */

export type Scale = (value: number) => number

export function linearScale(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0 || 1
  return (v) => r0 + ((v - d0) / span) * (r1 - r0)
}

/** Values at or below 0 sit on the bottom of the axis (a log scale has no 0). */
export function logScale(domain: [number, number], range: [number, number]): Scale {
  const l0 = Math.log10(domain[0])
  const l1 = Math.log10(domain[1])
  const inner = linearScale([l0, l1], range)
  return (v) => inner(Math.log10(Math.max(v, domain[0])))
}

/**
 * Latency domain in ms: from the decade under the lowest value (1 ms at most) to a round value
 * (1, 2, 5 × 10^n) over the highest, never under 10 s, so the 5 s deadline is always on the chart.
 */
export function latencyDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v))
  const min = positive.length > 0 ? Math.min(...positive) : 1
  const max = positive.length > 0 ? Math.max(...positive) : 1
  const lo = Math.min(1, 10 ** Math.floor(Math.log10(Math.max(min, 0.01))))
  return [lo, Math.max(10_000, niceMax(max))]
}

/**
 * The decades of a log domain (1, 10, 100, 1 000, 10 000 ms…), and its top when it is not a
 * decade and far enough above the last one for the two labels not to touch.
 */
export function decadeTicks(domain: [number, number]): number[] {
  const ticks: number[] = []
  for (let e = Math.round(Math.log10(domain[0])); 10 ** e <= domain[1] * 1.0001; e += 1) {
    ticks.push(10 ** e)
  }
  const top = ticks[ticks.length - 1] ?? domain[0]
  if (Math.log10(domain[1] / top) >= 0.5) ticks.push(domain[1])
  return ticks
}

/** A round top for a linear axis from 0 (1, 2, 5 × 10^n), at least `floor`. */
export function niceMax(value: number, floor = 1): number {
  const v = Math.max(value, floor)
  const power = 10 ** Math.floor(Math.log10(v))
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= v) return step * power
  return 10 * power
}

/** `count` + 1 evenly spaced ticks from 0 to a nice max. */
export function linearTicks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (max / count) * i)
}

/**
 * An SVG path through the points, broken where a point is missing (a second in which nothing
 * completed has no latency: the line stops rather than dropping to the axis).
 */
export function brokenPath(points: readonly ({ x: number; y: number } | undefined)[]): string {
  let d = ''
  let drawing = false
  for (const p of points) {
    if (!p) {
      drawing = false
      continue
    }
    d += `${drawing ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`
    drawing = true
  }
  return d
}

/** A latency tick's label: "1 ms", "100 ms", "1 s", "10 s". */
export function latencyTickLabel(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`
}

/** One second of the run, or several merged when the run has more seconds than the chart pixels. */
export interface ChartSecond {
  readonly t: number
  /** Seconds merged into this point (1 unless the run was long). */
  readonly span: number
  readonly offered: number
  readonly completed: number
  readonly p50: number
  readonly p95: number
  readonly p99: number
  readonly unavailable: number
  readonly retries: number
}

/**
 * At most `max` points: consecutive seconds merged, rates averaged, counts summed, and the worst
 * p95/p99 kept (a merged point must not hide a bad second).
 */
export function bucketSeconds(rows: readonly ChartSecond[], max: number): ChartSecond[] {
  if (rows.length <= max) return [...rows]
  const size = Math.ceil(rows.length / max)
  const out: ChartSecond[] = []
  for (let i = 0; i < rows.length; i += size) {
    const part = rows.slice(i, i + size)
    const done = part.filter((r) => r.completed > 0)
    const sum = (f: (r: ChartSecond) => number) => part.reduce((a, r) => a + f(r), 0)
    out.push({
      t: part[0]?.t ?? 0,
      span: sum((r) => r.span),
      offered: sum((r) => r.offered) / part.length,
      completed: sum((r) => r.completed) / part.length,
      p50: done.length > 0 ? done.reduce((a, r) => a + r.p50, 0) / done.length : 0,
      p95: Math.max(0, ...done.map((r) => r.p95)),
      p99: Math.max(0, ...done.map((r) => r.p99)),
      unavailable: sum((r) => r.unavailable),
      retries: sum((r) => r.retries),
    })
  }
  return out
}

/** A round step for time ticks so that about `count` fit: 1, 2, 5, 10, 15, 30, 60… seconds. */
export function timeStep(seconds: number, count = 6): number {
  const raw = seconds / count
  for (const step of [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600]) {
    if (step >= raw) return step
  }
  return 3600 * Math.ceil(raw / 3600)
}
