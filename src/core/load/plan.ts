/**
 * A load run's input checked and completed (docs/load.md "The run"): exactly one of rate
 * (open model) and concurrency (closed model), at least one of duration and message count, a ramp
 * only on a rate and over a duration, catalogue types in the mix. Each refusal says what to change,
 * in English and Chinese.
 */
import type { StartLoadInput } from '../../shared/control/load-schemas'
import type { Account } from '../../shared/model/account'
import { LoadError } from './errors'
import type { MixEntry } from './mix'

export interface LoadPlan {
  readonly runId: string
  readonly accountId: string
  readonly botUrl: string
  readonly mode: Account['mode']
  readonly users: number
  readonly model: 'open' | 'closed'
  readonly rate?: number
  readonly rampTo?: number
  readonly concurrency?: number
  readonly durationMs?: number
  readonly messages?: number
  readonly mix: readonly MixEntry[]
  readonly seed?: string
  readonly timeoutMs: number
  readonly attempts: number
  readonly recordPerSecond: number
  readonly recordOneIn: number
}

export interface PlanFacts {
  readonly account: Account
  /** The deadline and attempts pushes get by default (workspace settings, CLI flags). */
  readonly delivery: { readonly timeoutMs: number; readonly attempts: number }
  readonly runId: string
  /** Whether a type id is in the catalogue, and the ids to suggest when it is not. */
  readonly knownType: (typeId: string) => boolean
  readonly typeIds: readonly string[]
}

export const DEFAULT_USERS = 100
export const DEFAULT_RECORD_PER_SECOND = 200
export const DEFAULT_RECORD_ONE_IN = 10

function refuse(english: string, chinese: string): never {
  throw new LoadError('invalid-input', `${english} / ${chinese}`)
}

export function planLoad(input: StartLoadInput, facts: PlanFacts): LoadPlan {
  const { account } = facts
  if ((input.rate === undefined) === (input.concurrency === undefined)) {
    refuse(
      'give exactly one of rate (messages per second, the open model) and concurrency (messages in flight, the closed model)',
      'rate（每秒消息数）与 concurrency（并发数）须且只能给出一个',
    )
  }
  if (input.durationMs === undefined && input.messages === undefined) {
    refuse(
      'give durationMs or messages (or both): the run needs to know when to end',
      '请给出 durationMs 或 messages（或两者），以确定何时结束',
    )
  }
  if (input.rampTo !== undefined && input.rate === undefined) {
    refuse(
      'rampTo ramps a rate: give rate with it (the closed model has no rate to ramp)',
      'rampTo 只能与 rate 一起使用',
    )
  }
  if (input.rampTo !== undefined && input.durationMs === undefined) {
    refuse(
      'rampTo climbs over the run’s duration: give durationMs with it',
      'rampTo 需要与 durationMs 一起使用：速率在整个时长内线性上升',
    )
  }
  const mix = input.mix ?? [{ typeId: 'text', weight: 1 }]
  const unknown = mix.filter((e) => !facts.knownType(e.typeId)).map((e) => e.typeId)
  if (unknown.length > 0) {
    refuse(
      `mix names ${unknown.map((t) => `"${t}"`).join(', ')}, not catalogue type ids; use some of: ${facts.typeIds.join(', ')}`,
      `消息组合中的 ${unknown.join('、')} 不是消息目录中的类型`,
    )
  }
  const botUrl = input.botUrl ?? account.botUrl
  if (botUrl === '') {
    refuse(
      `account ${account.id} has no server URL (服务器地址): set it in Settings, or pass botUrl`,
      `账号 ${account.id} 未设置服务器地址：请在设置中填写，或传入 botUrl`,
    )
  }
  return {
    runId: input.runId ?? facts.runId,
    accountId: account.id,
    botUrl,
    mode: input.mode ?? account.mode,
    users: input.users ?? DEFAULT_USERS,
    model: input.rate === undefined ? 'closed' : 'open',
    ...(input.rate === undefined ? {} : { rate: input.rate }),
    ...(input.rampTo === undefined ? {} : { rampTo: input.rampTo }),
    ...(input.concurrency === undefined ? {} : { concurrency: input.concurrency }),
    ...(input.durationMs === undefined ? {} : { durationMs: input.durationMs }),
    ...(input.messages === undefined ? {} : { messages: input.messages }),
    mix,
    ...(input.seed === undefined ? {} : { seed: input.seed }),
    timeoutMs: input.timeoutMs ?? facts.delivery.timeoutMs,
    attempts: input.attempts ?? facts.delivery.attempts,
    recordPerSecond: input.recordPerSecond ?? DEFAULT_RECORD_PER_SECOND,
    recordOneIn: input.recordOneIn ?? DEFAULT_RECORD_ONE_IN,
  }
}
