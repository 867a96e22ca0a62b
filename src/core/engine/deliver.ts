/**
 * The push engine's delivery: one message or event from the catalogue, pushed to the bot as WeChat
 * pushes it, with the per-attempt deadline (WeChat's is 5 s) and WeChat's retries (same MsgId and
 * CreateTime, fresh timestamp/nonce), then judged with the passive-reply rules (protocol.md §7.3). The
 * whole delivery becomes one Exchange, published as `exchange` when it ends; while it runs the same
 * id is published as `exchangeProgress` (with `inProgress`) when it starts and after each attempt,
 * so a window watching sees three slow attempts grow rather than 15 s of nothing.
 */
import type { Account } from '../../shared/model/account'
import type { PushValues } from '../../shared/model/catalog-types'
import type { Attempt, PushAnalysis, PushExchange } from '../../shared/model/exchange'
import { WECHAT_PUSH_TIMEOUT_MS } from '../../shared/model/exchange'
import type { Verdict } from '../../shared/model/verdict'
import { buildPush } from '../protocol/catalog'
import { concludeInternalError, validateReply } from '../protocol/reply'
import type { ReplyCheckInput, ResponseFacts } from '../protocol/reply'
import { childText } from '../protocol/xml-node'
import type { Clock } from '../runtime/clock'
import type { EventBus } from '../runtime/event-bus'
import { randomAlnum, randomDigits } from '../runtime/random'
import type { Random } from '../runtime/random'
import { observeSideEffects } from './side-effects'
import { sendAttempt } from './http-attempt'
import { buildPushRequest } from './push-request'
import type { PushOverrides, PushRequest } from './push-request'

export type { PushAnalysis }

export interface EngineDeps {
  readonly clock: Clock
  readonly random: Random
  readonly bus: EventBus
  newExchangeId(): string
}

export interface DeliverySettings {
  /** Total deliveries including the first (protocol.md §7.3 default 3). */
  readonly attempts: number
  /** Per-attempt deadline (WeChat's: 5000 ms, protocol.md §7.3). */
  readonly timeoutMs: number
  /**
   * After a retried delivery, how long to keep counting the bot's customer-service sends for the
   * dedupe verdict (a slow bot's work for attempt 1 lands while attempt 2 runs, or just after).
   */
  readonly sideEffectGraceMs?: number
  /** Progress for a person watching (the CLI on a TTY): called before each attempt. */
  readonly onAttempt?: (index: number, total: number) => void
  /**
   * Whether to publish the delivery as `exchangeProgress` and `exchange` (default true). A load run
   * passes false for the pushes it does not sample: the Exchange is still built and returned, and
   * the bot's customer-service sends are still counted for the dedupe verdict.
   */
  readonly record?: boolean
}

export const DEFAULT_DELIVERY: DeliverySettings = {
  attempts: 3,
  timeoutMs: WECHAT_PUSH_TIMEOUT_MS,
}

export interface PushDelivery {
  readonly account: Account
  readonly openid: string
  /** Catalogue type id, e.g. 'text', 'event.CLICK'. */
  readonly typeId: string
  readonly values?: PushValues
  /** Send the account's mode unless told otherwise. */
  readonly mode?: Account['mode']
  readonly overrides?: PushOverrides
  /** Where to push; the account's bot URL by default. */
  readonly botUrl?: string
  /** Whether a reply's media id exists (docs/api-media.md); unchecked when absent. */
  readonly knownMedia?: (mediaId: string) => 'ok' | 'unknown' | 'expired'
}

function responseFacts(attempt: Attempt): ResponseFacts {
  if (attempt.error?.code === 'timeout') {
    return { body: '', timedOut: true, elapsedMs: attempt.durationMs }
  }
  if (attempt.error || !attempt.response) {
    return {
      body: '',
      elapsedMs: attempt.durationMs,
      networkError: attempt.error ?? { code: 'other', message: 'no response' },
    }
  }
  const contentType = attempt.response.headers.find(([n]) => n.toLowerCase() === 'content-type')
  return {
    status: attempt.response.status,
    body: attempt.response.body.text,
    elapsedMs: attempt.durationMs,
    ...(contentType ? { contentType: contentType[1] } : {}),
  }
}

/**
 * validateReply, and never an exception: the bot's answer is whatever it sent, and a push must not
 * vanish from the log because mpsim could not judge it (a hostile body, or a bug of ours). The
 * Exchange then records the attempt as received, with an internal-problem verdict.
 */
function judge(input: ReplyCheckInput): Verdict {
  try {
    return validateReply(input)
  } catch (error) {
    return concludeInternalError(error)
  }
}

/** Only an answered attempt ends the delivery: WeChat retries after a timeout or network failure. */
function answered(attempt: Attempt): boolean {
  return attempt.response !== undefined && attempt.error === undefined
}

export async function deliverPush(
  deps: EngineDeps,
  delivery: PushDelivery,
  settings: DeliverySettings = DEFAULT_DELIVERY,
): Promise<PushExchange> {
  const { account, openid } = delivery
  const mode = delivery.mode ?? account.mode
  const simTime = deps.clock.nowSeconds()
  const nodes = buildPush(delivery.typeId, delivery.values ?? {}, {
    toUserName: account.originalId,
    fromUserName: openid,
    now: simTime,
    random: deps.random,
  })
  const msgType = childText(nodes, 'MsgType') ?? ''
  const event = childText(nodes, 'Event')
  // One AES prefix for every attempt: retries carry the identical body (protocol.md §7.3).
  const aesRandom = Buffer.from(randomAlnum(deps.random, 16), 'latin1')
  const observer = observeSideEffects(deps.bus, account.id, openid)
  const total = Math.max(1, Math.floor(settings.attempts))
  const id = deps.newExchangeId()

  const attempts: Attempt[] = []
  const outcomes: Verdict['outcome'][] = []
  let verdict: Verdict | undefined
  const requestFor = (): PushRequest =>
    buildPushRequest({
      botUrl: delivery.botUrl ?? account.botUrl,
      mode,
      token: account.token,
      appId: account.appId,
      encodingAesKey: account.encodingAesKey,
      ...(account.previousEncodingAesKey
        ? { previousEncodingAesKey: account.previousEncodingAesKey }
        : {}),
      nodes,
      timestamp: String(deps.clock.nowSeconds()),
      nonce: randomDigits(deps.random, 9),
      aesRandom,
      ...(delivery.overrides ? { overrides: delivery.overrides } : {}),
    })
  let request = requestFor()
  const exchangeNow = (inProgress: boolean, analysisExtra: Partial<PushAnalysis> = {}) => {
    const analysis: PushAnalysis = {
      typeId: delivery.typeId,
      mode,
      msgType,
      ...(event === undefined ? {} : { event }),
      plainXml: request.plainXml,
      overrides: delivery.overrides ?? {},
      signature: request.signature,
      ...(request.msgSignature ? { msgSignature: request.msgSignature } : {}),
      ...(request.crypto ? { crypto: request.crypto } : {}),
      ...(request.keyUsed ? { keyUsed: request.keyUsed } : {}),
      attemptOutcomes: [...outcomes],
      timeoutMs: settings.timeoutMs,
      attemptsAllowed: total,
      ...analysisExtra,
    }
    const exchange: PushExchange = {
      id,
      kind: 'push',
      accountId: account.id,
      openid,
      title: delivery.typeId,
      simTime,
      attempts: [...attempts],
      ...(verdict ? { verdict } : {}),
      analysis,
      ...(inProgress ? { inProgress: true as const } : {}),
    }
    return exchange
  }
  const record = settings.record ?? true
  if (record) deps.bus.emit('exchangeProgress', exchangeNow(true))

  for (let index = 1; index <= total; index++) {
    settings.onAttempt?.(index, total)
    // Each attempt has its own timestamp and nonce, so its own signature (protocol.md §7.3).
    if (index > 1) request = requestFor()
    const sent = await sendAttempt({
      index,
      method: 'POST',
      url: request.url,
      headers: request.headers,
      body: request.body,
      timeoutMs: settings.timeoutMs,
    })
    const attempt: Attempt = {
      ...sent,
      signature: request.signature,
      ...(request.msgSignature ? { msgSignature: request.msgSignature } : {}),
    }
    attempts.push(attempt)
    verdict = judge({
      push: {
        toUserName: account.originalId,
        fromUserName: openid,
        msgType,
        ...(event === undefined ? {} : { event }),
        mode,
      },
      response: responseFacts(attempt),
      ...(mode === 'plain'
        ? {}
        : {
            crypto: {
              token: account.token,
              encodingAesKey: account.encodingAesKey,
              appId: account.appId,
              ...(account.previousEncodingAesKey
                ? { previousEncodingAesKey: account.previousEncodingAesKey }
                : {}),
            },
          }),
      finalAttempt: index === total,
      totalAttempts: total,
      deadlineMs: settings.timeoutMs,
      ...(delivery.knownMedia ? { knownMedia: delivery.knownMedia } : {}),
    })
    outcomes.push(verdict.outcome)
    if (answered(attempt)) break
    if (record && index < total) deps.bus.emit('exchangeProgress', exchangeNow(true))
  }
  if (!verdict) throw new Error('unreachable: at least one attempt is made')
  const final = verdict

  const dedupe = await observer.finish(
    attempts.length > 1 ? (settings.sideEffectGraceMs ?? 0) : 0,
    {
      attempts: attempts.length,
      visibleReply: final.outcome === 'reply',
    },
  )
  const exchange = exchangeNow(false, { dedupe })
  if (record) deps.bus.emit('exchange', exchange)
  if (final.outcome !== 'no-reply') {
    deps.bus.emit('phone', {
      accountId: account.id,
      openid,
      source: final.outcome === 'reply' ? 'passive-reply' : 'system-tip',
      msgType: final.phoneView.kind,
      payload: { ...final.phoneView },
      simTime: deps.clock.nowSeconds(),
      exchangeId: exchange.id,
    })
  }
  return exchange
}
