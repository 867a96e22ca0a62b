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
import type { Attempt, DedupeReport, PushAnalysis, PushExchange } from '../../shared/model/exchange'
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
import type { PushOverrides, PushRequest, PushRequestInput } from './push-request'

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
  const contentType = attempt.response.headers.find(
    ([n]) => n.length === 12 && n.toLowerCase() === 'content-type',
  )
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

/**
 * One delivery in progress: what stays the same across its attempts, and the record so far. A
 * class rather than closures so a load run's thousands of deliveries per second allocate little
 * beyond the record itself.
 */
class PushRun {
  readonly attempts: Attempt[] = []
  readonly outcomes: Verdict['outcome'][] = []
  verdict: Verdict | undefined
  request: PushRequest
  private readonly deps: EngineDeps
  private readonly delivery: PushDelivery
  private readonly id: string
  private readonly simTime: number
  private readonly timeoutMs: number
  private readonly total: number
  private readonly mode: Account['mode']
  private readonly msgType: string
  private readonly event: string | undefined
  /** The same for every attempt; only the timestamp and nonce change (protocol.md §7.3). */
  private readonly requestBase: Omit<PushRequestInput, 'timestamp' | 'nonce'>
  /** The same for every attempt's verdict but the response and whether it is the last. */
  private readonly judgeBase: Omit<ReplyCheckInput, 'response' | 'finalAttempt'>

  constructor(deps: EngineDeps, delivery: PushDelivery, settings: DeliverySettings) {
    const { account, openid, overrides } = delivery
    const mode = delivery.mode ?? account.mode
    this.deps = deps
    this.delivery = delivery
    this.mode = mode
    this.simTime = deps.clock.nowSeconds()
    this.timeoutMs = settings.timeoutMs
    this.total = Math.max(1, Math.floor(settings.attempts))
    const nodes = buildPush(delivery.typeId, delivery.values ?? {}, {
      toUserName: account.originalId,
      fromUserName: openid,
      now: this.simTime,
      random: deps.random,
    })
    this.msgType = childText(nodes, 'MsgType') ?? ''
    this.event = childText(nodes, 'Event')
    const previousKey = account.previousEncodingAesKey
      ? { previousEncodingAesKey: account.previousEncodingAesKey }
      : {}
    this.requestBase = {
      botUrl: delivery.botUrl ?? account.botUrl,
      mode,
      token: account.token,
      appId: account.appId,
      encodingAesKey: account.encodingAesKey,
      ...previousKey,
      nodes,
      // One AES prefix for every attempt: retries carry the identical body (protocol.md §7.3).
      aesRandom: Buffer.from(randomAlnum(deps.random, 16), 'latin1'),
      ...(overrides ? { overrides } : {}),
    }
    this.judgeBase = {
      push: {
        toUserName: account.originalId,
        fromUserName: openid,
        msgType: this.msgType,
        ...(this.event === undefined ? {} : { event: this.event }),
        mode,
      },
      ...(mode === 'plain'
        ? {}
        : {
            crypto: {
              token: account.token,
              encodingAesKey: account.encodingAesKey,
              appId: account.appId,
              ...previousKey,
            },
          }),
      totalAttempts: this.total,
      deadlineMs: this.timeoutMs,
      ...(delivery.knownMedia ? { knownMedia: delivery.knownMedia } : {}),
    }
    this.id = deps.newExchangeId()
    this.request = this.nextRequest()
  }

  /** Each attempt has its own timestamp and nonce, so its own signature (protocol.md §7.3). */
  nextRequest(): PushRequest {
    return buildPushRequest({
      ...this.requestBase,
      timestamp: String(this.deps.clock.nowSeconds()),
      nonce: randomDigits(this.deps.random, 9),
    })
  }

  /** Sends the current request, records the attempt and judges it; true when it was answered. */
  async attempt(index: number): Promise<boolean> {
    const { request } = this
    const attempt = await sendAttempt({
      index,
      method: 'POST',
      url: request.url,
      headers: request.headers,
      body: request.body,
      timeoutMs: this.timeoutMs,
      signature: request.signature,
      ...(request.msgSignature ? { msgSignature: request.msgSignature } : {}),
    })
    this.attempts.push(attempt)
    const verdict = judge({
      ...this.judgeBase,
      response: responseFacts(attempt),
      finalAttempt: index === this.total,
    })
    this.verdict = verdict
    this.outcomes.push(verdict.outcome)
    // An answer read after the deadline (the timer was due but the event loop was busy, as under
    // load) is judged a timeout: WeChat would have dropped the connection and tried again.
    return answered(attempt) && attempt.durationMs <= this.timeoutMs
  }

  exchange(inProgress: boolean, dedupe?: DedupeReport): PushExchange {
    const { request, verdict, delivery, event } = this
    return {
      id: this.id,
      kind: 'push',
      accountId: delivery.account.id,
      openid: delivery.openid,
      title: delivery.typeId,
      simTime: this.simTime,
      attempts: this.attempts.slice(),
      ...(verdict ? { verdict } : {}),
      analysis: {
        typeId: delivery.typeId,
        mode: this.mode,
        msgType: this.msgType,
        ...(event === undefined ? {} : { event }),
        plainXml: request.plainXml,
        overrides: delivery.overrides ?? {},
        signature: request.signature,
        ...(request.msgSignature ? { msgSignature: request.msgSignature } : {}),
        ...(request.crypto ? { crypto: request.crypto } : {}),
        ...(request.keyUsed ? { keyUsed: request.keyUsed } : {}),
        attemptOutcomes: this.outcomes.slice(),
        timeoutMs: this.timeoutMs,
        attemptsAllowed: this.total,
        ...(dedupe ? { dedupe } : {}),
      },
      ...(inProgress ? { inProgress: true as const } : {}),
    }
  }
}

export async function deliverPush(
  deps: EngineDeps,
  delivery: PushDelivery,
  settings: DeliverySettings = DEFAULT_DELIVERY,
): Promise<PushExchange> {
  const { account, openid } = delivery
  const { bus } = deps
  const record = settings.record ?? true
  // Built first: a push the catalogue refuses, or a bot URL that is not one, throws here, before
  // anything is watched.
  const run = new PushRun(deps, delivery, settings)
  const observer = observeSideEffects(bus, account.id, openid)
  const total = Math.max(1, Math.floor(settings.attempts))
  // Built only when someone watches the progress.
  if (record && bus.has('exchangeProgress')) bus.emit('exchangeProgress', run.exchange(true))

  for (let index = 1; index <= total; index++) {
    settings.onAttempt?.(index, total)
    if (index > 1) run.request = run.nextRequest()
    if (await run.attempt(index)) break
    if (record && index < total && bus.has('exchangeProgress')) {
      bus.emit('exchangeProgress', run.exchange(true))
    }
  }
  const final = run.verdict
  if (!final) throw new Error('unreachable: at least one attempt is made')

  const facts = { attempts: run.attempts.length, visibleReply: final.outcome === 'reply' }
  const graceMs = run.attempts.length > 1 ? (settings.sideEffectGraceMs ?? 0) : 0
  const dedupe = graceMs > 0 ? await observer.finish(graceMs, facts) : observer.finishNow(facts)
  const exchange = run.exchange(false, dedupe)
  if (record) bus.emit('exchange', exchange)
  if (final.outcome !== 'no-reply') {
    bus.emit('phone', {
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
