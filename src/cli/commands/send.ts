/**
 * `mpsim send [url] --type T`: one message or event pushed as WeChat pushes it, the reply judged,
 * and what the user's phone would show, through the core's sendPush (core-link/): the same engine
 * as the app, so the push opens the customer-service window, records a follow and is logged.
 */
import type { Input } from '../../shared/control/contract'
import type { PushValues } from '../../shared/model/catalog-types'
import type { Exchange, PushExchange } from '../../shared/model/exchange'
import { UsageError } from '../flag-rules'
import { runOnCore } from '../core-link/run-command'
import type { LinkOptions } from '../core-link/connect'
import { EXIT } from '../exit-codes'
import { renderPushReport } from '../report/push-report'
import { styleFor } from '../report/style'
import { resolveTypeId } from '../resolve-type'

export interface SendOptions extends LinkOptions {
  type: string
  content?: string
  eventKey?: string
  field: string[]
  values?: string
  user?: string
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

function overridesOf(options: SendOptions): NonNullable<Input<'sendPush'>['overrides']> {
  return {
    ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
    ...(options.wrongSignature ? { wrongSignature: true } : {}),
    ...(options.staleSeconds === undefined ? {} : { staleSeconds: options.staleSeconds }),
    ...(options.previousKey ? { usePreviousKey: true } : {}),
  }
}

function asPush(exchange: Exchange): PushExchange {
  if (exchange.kind !== 'push') throw new Error(`sendPush answered a ${exchange.kind} exchange`)
  return exchange
}

/** 0 when WeChat would be satisfied; 3 when the bot never answered in time; 2 otherwise. */
export function pushExitCode(exchange: PushExchange): number {
  const verdict = exchange.verdict
  if (verdict?.outcome !== 'service-unavailable') return EXIT.ok
  return verdict.cause === 'reply-timeout' || verdict.cause === 'bot-unreachable'
    ? EXIT.unreachable
    : EXIT.refused
}

export async function send(url: string | undefined, options: SendOptions): Promise<number> {
  const typeId = resolveTypeId(options.type)
  const values = parseValues(options)
  const botUrl = url ?? options.target
  return runOnCore(options, botUrl === undefined, async ({ client, lang, setup }) => {
    const account = setup.accounts[0]
    if (options.previousKey && !account?.previousEncodingAesKey) {
      throw new UsageError(
        '--previous-key needs a previous EncodingAESKey in the workspace account',
      )
    }
    if (process.stderr.isTTY && !options.json) {
      // A person at a terminal sees what is happening during a slow bot's deadline.
      process.stderr.write(`… ${typeId} → ${botUrl ?? account?.botUrl ?? ''}\n`)
    }
    const answer = await client.call('sendPush', {
      typeId,
      values,
      overrides: overridesOf(options),
      ...(options.user === undefined ? {} : { openid: options.user }),
      ...(options.mode === undefined ? {} : { mode: options.mode }),
      ...(botUrl === undefined ? {} : { botUrl }),
      ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout }),
      ...(options.attempts === undefined ? {} : { attempts: options.attempts }),
    })
    const exchange = asPush(answer)
    if (options.json) {
      process.stdout.write(`${JSON.stringify(exchange)}\n`)
    } else {
      process.stdout.write(`${renderPushReport(exchange, lang, styleFor(process.stdout))}\n`)
    }
    return pushExitCode(exchange)
  })
}
