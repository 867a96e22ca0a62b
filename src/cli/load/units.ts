/**
 * The values `mpsim load` reads as a person writes them: durations (`30s`, `2m`, `500ms`, `1m30s`)
 * and rates (`200`, `200/s`, `6000/min`). A few lines rather than a dependency: the units are
 * five, and the errors must name the flag and its bounds — the control API's (load-schemas), so a
 * value the core would refuse is refused here first.
 */
import { UsageError } from '../flag-rules'

const DURATION_UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
}

/** StartLoadInput.durationMs bounds. */
export const DURATION_MIN_MS = 100
export const DURATION_MAX_MS = 24 * 3_600_000

/** A rate or ramp target, in messages per second (StartLoadInput.rate bounds). */
export const RATE_MAX = 100_000

/**
 * `30s`, `2m`, `500ms`, `1h`, `1m30s`; a bare number is seconds, as autocannon's `-d` reads it.
 * Throws UsageError naming `flag`.
 */
export function parseDuration(value: string, flag = '--duration'): number {
  const text = value.trim().toLowerCase()
  let ms: number
  if (/^\d+(\.\d+)?$/.test(text)) {
    ms = Number(text) * 1000
  } else {
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|min|s|m|h)/g)]
    const joined = parts.map((p) => p[0]).join('')
    if (parts.length === 0 || joined !== text) {
      throw new UsageError(
        `${flag} "${value}" is not a duration: write 30s, 2m, 500ms or 1m30s\n` +
          `  ${flag} 应为时长，例如 30s、2m、500ms、1m30s`,
      )
    }
    ms = parts.reduce((sum, p) => sum + Number(p[1]) * (DURATION_UNITS[p[2] ?? 's'] ?? 1000), 0)
  }
  ms = Math.round(ms)
  if (ms < DURATION_MIN_MS || ms > DURATION_MAX_MS) {
    throw new UsageError(
      `${flag} "${value}" is out of range: from 100ms to 24h\n  ${flag} 的范围是 100ms 到 24h`,
    )
  }
  return ms
}

const PER: Record<string, number> = { s: 1, sec: 1, m: 1 / 60, min: 1 / 60 }

/** `200`, `200/s`, `12.5/s`, `6000/min` → messages per second. Throws UsageError naming `flag`. */
export function parseRate(value: string, flag = '--rate'): number {
  const match = /^(\d+(?:\.\d+)?)\s*(?:\/\s*(s|sec|m|min))?$/i.exec(value.trim())
  const rate = match ? Number(match[1]) * (PER[(match[2] ?? 's').toLowerCase()] ?? 1) : NaN
  if (!match || !(rate > 0) || rate > RATE_MAX) {
    throw new UsageError(
      `${flag} "${value}" is not a rate: messages per second above 0 and up to ${RATE_MAX}, e.g. ${flag} 200 or ${flag} 200/s\n` +
        `  ${flag} 应为每秒消息数（大于 0，最多 ${RATE_MAX}），例如 ${flag} 200`,
    )
  }
  return rate
}

/** A whole number from `min` to `max`, e.g. --users, --messages. Throws UsageError naming `flag`. */
export function parseWhole(value: string, flag: string, min: number, max: number): number {
  const n = Number(value.replaceAll('_', ''))
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(
      `${flag} "${value}" must be a whole number from ${min} to ${max}\n` +
        `  ${flag} 应为 ${min} 到 ${max} 之间的整数`,
    )
  }
  return n
}
