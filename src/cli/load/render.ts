/**
 * The load report as a developer reads it: one sentence first — did the bot hold the rate under
 * WeChat's rules, and if not, how many users saw 该公众号暂时无法提供服务 and why — then the figures
 * (throughput, latency, outcomes, causes, retries, duplicates, the breaking rate of a ramp, what
 * was recorded) and what to do next. No internal codes; the words are in words-en.ts / words-zh.ts.
 */
import type { LoadReport } from '../../shared/control/load-schemas'
import type { Lang } from '../../shared/explain/types'
import type { Style } from '../report/style'
import { assess } from './assess'
import type { Assessment } from './assess'
import { count, elapsed, latency, rate, share, textWidth } from './format'
import { loadWords } from './words'
import type { Facts, LoadWords, Pace } from './words'

export interface RenderContext {
  /** The per-attempt deadline the run used (--timeout, else the workspace's; WeChat's 5 s). */
  readonly deadlineMs: number
  /** Deliveries per message (--attempts, else the workspace's; WeChat's 3). @default 3 */
  readonly attempts?: number
  /** The run was stopped by this command's Ctrl+C (else, when stopped, from the app or the API). */
  readonly stoppedByYou?: boolean
  /**
   * The bot URL as the command was given it, for the commands suggested next; undefined when none
   * was given (the account's bot). @default the report's botUrl
   */
  readonly url?: string | undefined
}

const CAUSES = ['timeout', 'httpError', 'network', 'badReply'] as const

/**
 * Past this p99 of start lag (a message started after its scheduled time), mpsim's own machine
 * limited the run enough to say so: a fifth of a second is noise for a bot, not for a schedule.
 */
const GENERATOR_LAG_MS = 200

function paceOf(report: LoadReport): Pace {
  const kind = report.model === 'closed' ? 'closed' : report.rampTo === undefined ? 'rate' : 'ramp'
  return {
    kind,
    rate: rate(report.rate ?? report.throughput),
    rampTo: rate(report.rampTo ?? 0),
    concurrency: count(report.concurrency ?? 0),
    throughput: rate(report.throughput),
  }
}

function causesText(report: LoadReport, words: LoadWords): string {
  return CAUSES.filter((c) => report.unavailable[c] > 0)
    .map((c) => words.causeShort[c](count(report.unavailable[c])))
    .join(words.comma)
}

function factsOf(report: LoadReport, words: LoadWords, deadlineMs: number): Facts {
  const answered = report.outcomes.reply + report.outcomes['no-reply']
  return {
    pace: paceOf(report),
    deadline: words.deadline(deadlineMs),
    botUrl: report.botUrl,
    messages: count(report.messages),
    completed: count(report.completed),
    answeredShare: share(answered, report.completed),
    p99: latency(report.latencyMs.p99),
    retries: count(report.retries),
    usersAffected: count(report.usersAffected),
    users: count(report.users),
    usersShare: share(report.usersAffected, report.users),
    causes: causesText(report, words),
  }
}

function headline(verdict: Assessment, facts: Facts, words: LoadWords, stopped: boolean): string {
  switch (verdict) {
    case 'kept-up':
      return words.headline.keptUp(facts)
    case 'slow':
      return words.headline.slow(facts)
    case 'unavailable':
      return words.headline.unavailable(facts)
    case 'unreachable':
      return words.headline.unreachable(facts)
    case 'empty':
      return words.headline.empty(stopped)
  }
}

/**
 * The command to run next, as the user typed theirs: with the URL they gave, or none (the
 * account's bot — a sample bot started for one command listens on a port that is gone after it).
 */
function loadCommand(url: string | undefined, flags: string): string {
  return url === undefined ? `mpsim load ${flags}` : `mpsim load ${url} ${flags}`
}

const cap = (n: number) => Math.min(100_000, Math.round(n))

function advice(
  report: LoadReport,
  verdict: Assessment,
  words: LoadWords,
  d: string,
  url: string | undefined,
): string[] {
  const a = words.advice
  const out: string[] = []
  if (verdict === 'unreachable') return [a.unreachable(report.botUrl)]
  const { timeout, httpError, network, badReply } = report.unavailable
  if (timeout > 0 || report.lateReplies > 0 || verdict === 'slow') out.push(a.answerFast(d))
  if (httpError > 0) out.push(a.httpErrors)
  if (network > 0) out.push(a.network)
  if (badReply > 0) out.push(a.badReply)
  if (report.duplicates > 0) out.push(a.duplicates)
  if (report.breakingRate !== undefined) out.push(a.belowBreaking(rate(report.breakingRate)))
  if (verdict === 'kept-up') {
    const start = report.rate ?? report.throughput
    if (report.model === 'closed') {
      out.push(a.closed(loadCommand(url, `--rate ${cap(Math.max(1, report.throughput))}`)))
    } else if (report.rampTo === undefined) {
      out.push(a.ramp(loadCommand(url, `--rate ${cap(start)} --ramp ${cap(start * 4)}`)))
    } else if (report.breakingRate === undefined) {
      const higher = `--rate ${cap(start)} --ramp ${cap(report.rampTo * 4)}`
      out.push(a.rampHigher(rate(report.rampTo), loadCommand(url, higher)))
    }
  }
  if (report.status === 'stopped') out.push(a.stopped)
  return out
}

/** A label and its lines, the lines aligned after the widest label. */
function block(
  label: string,
  style: Style,
  lines: readonly string[],
  labelWidth: number,
): string[] {
  const pad = ' '.repeat(Math.max(1, labelWidth - textWidth(label)))
  const indent = ' '.repeat(labelWidth + 2)
  return lines.map((line, i) =>
    i === 0 ? `  ${style.dim(label)}${pad}${line}` : `${indent}${line}`,
  )
}

function figures(
  report: LoadReport,
  words: LoadWords,
  d: string,
  attempts: number,
): [string, string[]][] {
  const l = words.label
  const rows: [string, string[]][] = [
    [
      l.run,
      [
        words.run(
          words.pace(paceOf(report)),
          count(report.users),
          words.mode[report.mode],
          report.botUrl,
        ),
      ],
    ],
    [
      l.throughput,
      [
        words.throughput(
          rate(report.throughput),
          count(report.messages),
          count(report.completed),
          elapsed(report.durationMs),
        ),
      ],
    ],
  ]
  const types = Object.entries(report.types ?? {}).sort((a, b) => b[1] - a[1])
  if (types.length > 1) {
    rows.push([l.mix, [types.map(([typeId, n]) => `${typeId} ${count(n)}`).join(' · ')]])
  }
  if ((report.notStarted ?? 0) > 0)
    rows.push([l.notStarted, [words.notStarted(count(report.notStarted ?? 0))]])
  const lag = report.startLagMs?.p99 ?? 0
  if (lag > GENERATOR_LAG_MS) rows.push([l.generator, [words.startLag(latency(lag))]])
  if (report.completed === 0) return rows
  const lat = report.latencyMs
  rows.push([
    l.latency,
    [words.latency(latency(lat.p50), latency(lat.p95), latency(lat.p99), latency(lat.max))],
  ])
  const o = report.outcomes
  rows.push([
    l.outcomes,
    [words.outcomes(count(o.reply), count(o['no-reply']), count(o['service-unavailable']))],
  ])
  const causes = CAUSES.filter((c) => report.unavailable[c] > 0)
  if (causes.length > 0) {
    rows.push([
      l.causes,
      causes.map((c) => `• ${words.causeLong[c](count(report.unavailable[c]), d)}`),
    ])
  }
  rows.push([
    l.retries,
    [
      report.retries > 0
        ? words.retries(count(report.retries), d, count(report.lateReplies), String(attempts))
        : words.noRetries(d),
    ],
  ])
  rows.push([
    l.duplicates,
    [
      report.duplicates > 0
        ? words.duplicates(count(report.duplicates))
        : words.noDuplicates(report.retries > 0),
    ],
  ])
  if (report.rampTo !== undefined) {
    rows.push([
      l.breaking,
      [
        report.breakingRate === undefined
          ? words.heldRamp(rate(report.rampTo), d)
          : words.breaking(rate(report.breakingRate), d),
      ],
    ])
  }
  rows.push([
    l.recorded,
    [
      report.recorded >= report.completed
        ? words.recordedAll(count(report.recorded))
        : words.recordedSample(count(report.recorded), count(report.completed)),
    ],
  ])
  return rows
}

export function renderLoadReport(
  report: LoadReport,
  lang: Lang,
  style: Style,
  context: RenderContext,
): string {
  const words = loadWords(lang)
  const d = words.deadline(context.deadlineMs)
  const verdict = assess(report, context.deadlineMs)
  const lines: string[] = []
  if (report.status === 'stopped') {
    const t = elapsed(report.durationMs)
    lines.push(style.warn(context.stoppedByYou ? words.stoppedByYou(t) : words.stoppedElsewhere(t)))
  }
  if (report.status === 'failed') lines.push(style.bad(words.failed(report.error ?? '?')))
  const first = headline(
    verdict,
    factsOf(report, words, context.deadlineMs),
    words,
    report.status === 'stopped',
  )
  const painted =
    verdict === 'kept-up'
      ? style.ok(first)
      : verdict === 'empty'
        ? style.warn(first)
        : style.bad(first)
  lines.push(style.bold(painted), '')
  const rows = figures(report, words, d, context.attempts ?? 3)
  const labelWidth = Math.max(...rows.map(([label]) => textWidth(label))) + 2
  for (const [label, values] of rows) lines.push(...block(label, style, values, labelWidth))
  const next = advice(report, verdict, words, d, 'url' in context ? context.url : report.botUrl)
  if (next.length > 0) {
    lines.push('', style.bold(words.label.next))
    for (const item of next) lines.push(`  • ${item}`)
  }
  return lines.join('\n')
}
