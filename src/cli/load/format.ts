/**
 * Numbers as the load report and the live line print them: counts with thousands separators,
 * latencies in ms below a second and in s above, rates without noise, shares as percentages.
 * Both languages write numbers the same way (1,234 · 12 ms · 1.5 s).
 */

export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US')
}

/** 12 ms, 850 ms, 1.24 s, 12.3 s. */
export function latency(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`
}

/** 200, 12.5, 0.25 — whole above 100, else up to two significant decimals. */
export function rate(perSecond: number): string {
  if (perSecond >= 100) return count(perSecond)
  return String(Number(perSecond.toFixed(perSecond >= 10 ? 1 : 2)))
}

/** 12%, 0.4%, <0.1%, 100%. */
export function share(part: number, whole: number): string {
  if (whole <= 0 || part <= 0) return '0%'
  const p = (part / whole) * 100
  if (p >= 99.95 && part < whole) return '99.9%'
  if (p < 0.1) return '<0.1%'
  return `${Number(p.toFixed(p >= 10 ? 0 : 1))}%`
}

/** Elapsed time of a run: 12.3 s, 2 min 05 s. */
export function elapsed(ms: number): string {
  const s = ms / 1000
  if (s < 60) return `${s.toFixed(1)} s`
  const whole = Math.floor(s)
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`
}

const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/

/** Columns a character takes on a terminal: CJK characters take two. */
export function charWidth(ch: string): number {
  return WIDE.test(ch) ? 2 : 1
}

/** Columns a text takes on a terminal. */
export function textWidth(text: string): number {
  let w = 0
  for (const ch of text) w += charWidth(ch)
  return w
}
