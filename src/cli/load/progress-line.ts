/**
 * The live line of `mpsim load` on stderr: elapsed, sent, the pace of the last full second,
 * p50/p95/p99 so far, outcomes and retries, redrawn in place from the core's loadProgress events
 * at most about twice a second. Only on a terminal, as replay's progress bar: a CI log or a pipe
 * gets the report alone.
 */
import type { LoadReport } from '../../shared/control/load-schemas'
import type { Lang } from '../../shared/explain/types'
import { charWidth, count, elapsed, latency, rate } from './format'
import { loadWords } from './words'

export interface ProgressLine {
  update(report: LoadReport): void
  /** Says the run is being stopped (after Ctrl+C), on the same line. */
  stopping(): void
  /** Erases the line, so the report starts on a clean one. */
  done(): void
}

export interface Planned {
  readonly durationMs?: number
  readonly messages?: number
}

const NONE: ProgressLine = {
  update: () => undefined,
  stopping: () => undefined,
  done: () => undefined,
}

const REDRAW_MS = 400

/** Completed pushes in the last full second, or the average while the first is still running. */
function currentRate(report: LoadReport): number {
  const seconds = report.perSecond
  const full = seconds.length >= 2 ? seconds[seconds.length - 2] : undefined
  return full === undefined ? report.throughput : full.completed
}

export function progressText(report: LoadReport, lang: Lang, planned: Planned): string {
  const p = loadWords(lang).progress
  const time =
    planned.durationMs === undefined
      ? elapsed(report.durationMs)
      : `${elapsed(report.durationMs)} / ${elapsed(planned.durationMs)}`
  const of = planned.messages === undefined ? undefined : count(planned.messages)
  const l = report.latencyMs
  const o = report.outcomes
  const parts = [
    time,
    p.sent(count(report.messages), of),
    p.perSecond(rate(currentRate(report))),
    `p50 ${latency(l.p50)}  p95 ${latency(l.p95)}  p99 ${latency(l.p99)}`,
    p.reply(count(o.reply)),
    p.noReply(count(o['no-reply'])),
    p.unavailable(count(o['service-unavailable'])),
    p.retries(count(report.retries)),
  ]
  return parts.join('  ')
}

/** Cuts to the terminal's width, so `\r` redraws one line rather than scrolling a wrapped one. */
function fit(text: string, columns: number | undefined): string {
  // A pseudo-terminal without a size reports 0 columns.
  const max = (columns !== undefined && columns > 0 ? columns : 120) - 1
  let out = ''
  let w = 0
  for (const ch of text) {
    const cw = charWidth(ch)
    if (w + cw > max) break
    out += ch
    w += cw
  }
  return out
}

export function progressLine(
  stream: NodeJS.WriteStream,
  lang: Lang,
  planned: Planned,
  env: NodeJS.ProcessEnv = process.env,
  now: () => number = Date.now,
): ProgressLine {
  if (stream.isTTY !== true || env.CI !== undefined) return NONE
  let drawn = false
  let last = 0
  let text = ''
  let prefix = ''
  const draw = () => {
    stream.write(`\r${fit(`${prefix}${text}`, stream.columns)}\u001b[K`)
    drawn = true
  }
  return {
    update: (report) => {
      text = progressText(report, lang, planned)
      const t = now()
      if (t - last < REDRAW_MS) return
      last = t
      draw()
    },
    stopping: () => {
      // First on the line, so a narrow terminal cuts the figures rather than this.
      prefix = `${loadWords(lang).progress.stopping}  `
      draw()
    },
    done: () => {
      if (drawn) stream.write('\r\u001b[K')
      drawn = false
    },
  }
}
