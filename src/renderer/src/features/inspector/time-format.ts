/**
 * Times as the inspector shows them. One formatter for the whole list (building an
 * Intl.DateTimeFormat per row per render is what makes long lists stutter).
 */
const CLOCK = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** HH:mm:ss in local time. */
export function clockTime(epochMs: number): string {
  return CLOCK.format(epochMs)
}

/** YYYY-MM-DD HH:mm:ss in local time. */
export function dateTime(epochMs: number): string {
  const d = new Date(epochMs)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${clockTime(epochMs)}`
}

/**
 * The simulated clock and the wall clock agree unless the user moved the simulated one (replays,
 * fast-forward); only then is the wall time worth a second look.
 */
export function wallDiffers(simTimeSeconds: number, wallMs: number | undefined): boolean {
  return wallMs !== undefined && Math.abs(simTimeSeconds * 1000 - wallMs) >= 2000
}
