/**
 * `mpsim load`'s own flags, as commander hands them over (strings), turned into the control API's
 * StartLoadInput (docs/load.md "The command"): each value read by units.ts / mix.ts, then the
 * rules between flags. Defaults: an open model at 50 msg/s — a pace a bot on a laptop should
 * hold, and high enough that a slow handler shows — for 30 s.
 */
import type { StartLoadInput } from '../../shared/control/load-schemas'
import type { LinkOptions } from '../core-link/connect'
import { UsageError } from '../flag-rules'
import { parseMix } from './mix'
import { parseDuration, parseRate, parseWhole } from './units'

export const DEFAULT_RATE = 50
export const DEFAULT_DURATION_MS = 30_000

export interface LoadOptions extends LinkOptions {
  users?: string
  rate?: string
  concurrency?: string
  ramp?: string
  duration?: string
  messages?: string
  mix?: string
  recordPerSecond?: string
  out?: string
  /** Per-attempt deadline and deliveries (parsed by options.ts, as for `send`). */
  timeout?: number
  attempts?: number
}

function checkUrl(url: string): string {
  let parsed: URL | undefined
  try {
    parsed = new URL(url)
  } catch {
    parsed = undefined
  }
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new UsageError(
      `"${url}" is not a bot URL: write it in full, e.g. http://127.0.0.1:8000/wechat\n` +
        `  "${url}" 不是机器人的 URL，请写完整，例如 http://127.0.0.1:8000/wechat`,
    )
  }
  return url
}

/** The open or closed model, with the flags' rules between them. */
function modelOf(options: LoadOptions): Pick<StartLoadInput, 'rate' | 'concurrency' | 'rampTo'> {
  if (options.rate !== undefined && options.concurrency !== undefined) {
    throw new UsageError(
      '--rate and --concurrency are two ways to load a bot: a fixed arrival rate (open model), or C messages in flight (closed model). Give one.\n' +
        '  --rate 与 --concurrency 只能给一个：前者按固定速率发送（开放模型），后者保持 C 条消息同时在途（封闭模型）',
    )
  }
  if (options.concurrency !== undefined) {
    if (options.ramp !== undefined) {
      throw new UsageError(
        '--ramp climbs the arrival rate, so it goes with --rate, not --concurrency\n' +
          '  --ramp 提升的是发送速率，只能与 --rate 一起用，不能与 --concurrency 一起用',
      )
    }
    return { concurrency: parseWhole(options.concurrency, '--concurrency', 1, 10_000) }
  }
  const rate = options.rate === undefined ? DEFAULT_RATE : parseRate(options.rate)
  if (options.ramp === undefined) return { rate }
  const rampTo = parseRate(options.ramp, '--ramp')
  if (rampTo <= rate) {
    const from = options.rate === undefined ? `${rate} (the default --rate)` : String(rate)
    throw new UsageError(
      `--ramp ${rampTo} must be above the starting rate ${from}: the rate climbs from --rate to --ramp, e.g. --rate 20 --ramp 400\n` +
        `  --ramp 应大于起始速率 ${rate}：速率从 --rate 线性升到 --ramp，例如 --rate 20 --ramp 400`,
    )
  }
  return { rate, rampTo }
}

/** When the run ends: --duration, --messages, both (whichever first), or 30 s. */
function endOf(options: LoadOptions): Pick<StartLoadInput, 'durationMs' | 'messages'> {
  const messages =
    options.messages === undefined
      ? undefined
      : parseWhole(options.messages, '--messages', 1, 100_000_000)
  const durationMs =
    options.duration === undefined
      ? messages === undefined
        ? DEFAULT_DURATION_MS
        : undefined
      : parseDuration(options.duration)
  return {
    ...(durationMs === undefined ? {} : { durationMs }),
    ...(messages === undefined ? {} : { messages }),
  }
}

/** The run asked for; throws UsageError for the first flag that is wrong. */
export function loadInputOf(
  url: string | undefined,
  options: LoadOptions,
  runId: string,
): StartLoadInput & { runId: string } {
  const botUrl = url ?? options.target
  const model = modelOf(options)
  const end = endOf(options)
  if (model.rampTo !== undefined && end.durationMs === undefined) {
    throw new UsageError(
      "--ramp climbs over the run's duration: give --duration with it (with --messages alone the run has no length to climb over)\n" +
        '  --ramp 需要 --duration：速率在整个时长内线性上升（只给 --messages 时没有时长）',
    )
  }
  return {
    runId,
    ...(botUrl === undefined ? {} : { botUrl: checkUrl(botUrl) }),
    ...(options.mode === undefined ? {} : { mode: options.mode }),
    ...(options.users === undefined
      ? {}
      : { users: parseWhole(options.users, '--users', 1, 100_000) }),
    ...model,
    ...end,
    ...(options.mix === undefined ? {} : { mix: parseMix(options.mix) }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout }),
    ...(options.attempts === undefined ? {} : { attempts: options.attempts }),
    ...(options.recordPerSecond === undefined
      ? {}
      : {
          recordPerSecond: parseWhole(options.recordPerSecond, '--record-per-second', 0, 1_000_000),
        }),
  }
}

/** The options the core link sees: --seed seeds the run, so it does not stop attaching. */
export function linkOptionsOf(options: LoadOptions): LinkOptions {
  return { ...options, seed: undefined }
}
