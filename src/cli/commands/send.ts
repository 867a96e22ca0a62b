/**
 * `mpsim send [url] --type T`: one message or event pushed as WeChat pushes it, the reply judged,
 * and what the user's phone would show.
 */
import { deliverPush } from '../../core/engine/deliver'
import type { PushOverrides } from '../../core/engine/push-request'
import { createSimClock } from '../../core/runtime/clock'
import { SEEDED_CLOCK_START_MS } from '../../core/runtime/services'
import { EventBus } from '../../core/runtime/event-bus'
import type { PushValues } from '../../shared/model/catalog-types'
import { UsageError, openAccountContext } from '../account-context'
import { EXIT } from '../exit-codes'
import type { CommonOptions } from '../options'
import { pickLang } from '../report/lang'
import { renderPushReport } from '../report/push-report'
import { styleFor } from '../report/style'
import { warnWorkspaceProblems } from '../report/workspace-problems'
import { resolveTypeId } from '../resolve-type'

export interface SendOptions extends CommonOptions {
  type: string
  content?: string
  eventKey?: string
  field: string[]
  values?: string
  user?: string
  attempts?: number
  timeout?: number
  contentType?: string
  wrongSignature: boolean
  staleSeconds?: number
  previousKey: boolean
}

function parseValues(options: SendOptions): PushValues {
  let values: Record<string, unknown> = {}
  if (options.values !== undefined) {
    try {
      values = JSON.parse(options.values) as Record<string, unknown>
    } catch (error) {
      throw new UsageError(
        `--values must be a JSON object, e.g. '{"EventKey":"V1001"}': ${(error as Error).message}`,
      )
    }
    if (typeof values !== 'object' || values === null || Array.isArray(values)) {
      throw new UsageError('--values must be a JSON object of element names to values')
    }
  }
  for (const pair of options.field) {
    const eq = pair.indexOf('=')
    if (eq <= 0) throw new UsageError(`--field takes Name=Value, got "${pair}"`)
    values[pair.slice(0, eq)] = pair.slice(eq + 1)
  }
  if (options.content !== undefined) values.Content = options.content
  if (options.eventKey !== undefined) values.EventKey = options.eventKey
  return values as PushValues
}

function overridesOf(options: SendOptions): PushOverrides {
  return {
    ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
    ...(options.wrongSignature ? { wrongSignature: true } : {}),
    ...(options.staleSeconds === undefined ? {} : { staleSeconds: options.staleSeconds }),
    ...(options.previousKey ? { usePreviousKey: true } : {}),
  }
}

export async function send(url: string | undefined, options: SendOptions): Promise<number> {
  const typeId = resolveTypeId(options.type)
  const values = parseValues(options)
  const context = await openAccountContext(options)
  warnWorkspaceProblems(context.workspace.problems, pickLang(options.lang))
  try {
    const openid = options.user ?? context.users[0]?.openid
    if (!openid) throw new UsageError('no simulated user: pass --user <openid>')
    if (options.previousKey && !context.account.previousEncodingAesKey) {
      throw new UsageError(
        '--previous-key needs a previous EncodingAESKey in the workspace account',
      )
    }
    let n = 0
    const exchange = await deliverPush(
      {
        // --seed: a frozen clock, so the whole push (CreateTime, timestamp) is reproducible.
        clock:
          options.seed === undefined
            ? createSimClock()
            : createSimClock({ startMs: SEEDED_CLOCK_START_MS, frozen: true }),
        random: context.random,
        bus: new EventBus(),
        newExchangeId: () => `cli-${Date.now().toString(36)}-${++n}`,
      },
      {
        account: context.account,
        openid,
        typeId,
        values,
        botUrl: url ?? context.account.botUrl,
        overrides: overridesOf(options),
      },
      {
        attempts: options.attempts ?? context.settings.push.attempts,
        timeoutMs: options.timeout ?? context.settings.push.timeoutMs,
        // Progress only for a person at a terminal; pipes and CI logs get the report alone.
        ...(process.stderr.isTTY && !options.json
          ? {
              onAttempt: (index: number, total: number) => {
                process.stderr.write(
                  `… ${typeId} → ${url ?? context.account.botUrl} (${index}/${total})\n`,
                )
              },
            }
          : {}),
      },
    )
    if (options.json) {
      process.stdout.write(`${JSON.stringify(exchange)}\n`)
    } else {
      process.stdout.write(
        `${renderPushReport(exchange, pickLang(options.lang), styleFor(process.stdout))}\n`,
      )
    }
    const verdict = exchange.verdict
    if (verdict?.outcome !== 'service-unavailable') return EXIT.ok
    return verdict.cause === 'reply-timeout' || verdict.cause === 'bot-unreachable'
      ? EXIT.unreachable
      : EXIT.refused
  } finally {
    await context.workspace.close()
  }
}
