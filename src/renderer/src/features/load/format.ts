/** Figures of a load run as people read them: grouped digits, ms under a second, s above it. */

/** 1 234 / 1,234 in the UI language; at most `digits` decimals. */
export function formatCount(value: number, lang: string, digits = 0): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value)
}

/** A latency: "0.8 ms", "312 ms", "5.2 s" (units as the CLI prints them). */
export function formatMs(ms: number, lang: string): string {
  if (!Number.isFinite(ms)) return '—'
  if (ms >= 1000) return `${formatCount(ms / 1000, lang, ms >= 10_000 ? 0 : 1)} s`
  return `${formatCount(ms, lang, ms < 10 ? 1 : 0)} ms`
}

/** A rate: "20 msg/s", "0.5 msg/s". */
export function formatRate(perSecond: number, lang: string): string {
  return formatCount(perSecond, lang, perSecond < 10 ? 1 : 0)
}

/** Elapsed time: "12.3 s", "2 min 05 s". */
export function formatDuration(ms: number, lang: string): string {
  if (ms < 60_000) return `${formatCount(ms / 1000, lang, 1)} s`
  const total = Math.round(ms / 1000)
  const minutes = Math.floor(total / 60)
  const seconds = String(total % 60).padStart(2, '0')
  return `${minutes} min ${seconds} s`
}

/** A deadline in words: "5 s" / "5 秒", "800 ms" / "800 毫秒". */
export function formatDeadline(ms: number, lang: string): string {
  const zh = lang.startsWith('zh')
  if (ms >= 1000) return `${formatCount(ms / 1000, lang, 1)}${zh ? ' 秒' : ' s'}`
  return `${formatCount(ms, lang)}${zh ? ' 毫秒' : ' ms'}`
}
