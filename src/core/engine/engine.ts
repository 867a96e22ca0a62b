/**
 * The engine facade the control API, the CLI and the tests drive: deliver a push as a user,
 * verify a bot URL, scan a QR code, answer template sends with TEMPLATESENDJOBFINISH. It keeps
 * the platform's side in step with what the simulated user did (the customer-service window
 * opens when a user writes, clicks a menu or follows, protocol.md §10.3) and records every Exchange.
 */
import type { Account } from '../../shared/model/account'
import { MpsimError } from '../errors'
import type { PushValues } from '../../shared/model/catalog-types'
import type { PushExchange, VerifyExchange } from '../../shared/model/exchange'
import type { PlatformContext } from '../context/platform-context'
import type { MassSentJob, PublishedJob, TemplateSentJob } from '../platform/api/options'
import { MASS_HELPER_OPENID, massFinishedValues, publishFinishedValues } from './job-events'
import { scanQrCode } from '../platform/api/qr-scan'
import type { ScanOutcome } from '../platform/api/qr-scan'
import type { PlatformState } from '../platform/state'
import type { Random } from '../runtime/random'
import { WINDOW_MENU_TYPES } from '../platform/state/cs-window'
import type { WindowTrigger } from '../platform/state/cs-window'
import { deliverPush } from './deliver'
import type { DeliverySettings, EngineDeps, PushDelivery } from './deliver'
import type { PushOverrides } from './push-request'
import { verifyUrl } from './verify'
import type { VerifyResult } from './verify'
import { mediaLookup, userMediaValues } from './user-media'

export type EngineErrorCode = 'unknown-account' | 'unknown-user' | 'no-bot-url' | 'blacklisted'

export class EngineError extends MpsimError {
  readonly code: EngineErrorCode
  constructor(code: EngineErrorCode, message: string) {
    super(message)
    this.code = code
  }
}

export interface SendRequest {
  /** Defaults to the first account. */
  readonly accountId?: string
  /** Defaults to the account's first user. */
  readonly openid?: string
  readonly typeId: string
  readonly values?: PushValues
  readonly overrides?: PushOverrides
  readonly mode?: Account['mode']
  readonly botUrl?: string
  /** This push's deadline; the workspace setting when absent. */
  readonly timeoutMs?: number
  /** This push's attempts; the workspace setting when absent. */
  readonly attempts?: number
  /**
   * Where this push's nonces, AES prefix and generated MsgId come from; the core's when absent.
   * A replay under a seed passes its own per step, so its runs repeat whatever the core's state.
   */
  readonly random?: Random
  /**
   * Whether the exchange is written to the log and shown live; true when absent. A load run
   * records only a sample (docs/load.md "Sampling") and counts the rest from the returned exchange.
   */
  readonly record?: boolean
}

export interface EngineOptions {
  readonly ctx: PlatformContext
  readonly state: PlatformState
  readonly delivery: () => DeliverySettings
}

/** Which user action a push stands for, as far as the customer-service window cares. */
function windowTrigger(typeId: string): WindowTrigger | undefined {
  if (!typeId.startsWith('event.')) return 'message'
  const event = typeId.slice('event.'.length)
  if (event === 'subscribe') return 'follow'
  if (event === 'subscribe.qrscene' || event === 'SCAN') return 'scan'
  return WINDOW_MENU_TYPES.has(event.toLowerCase()) ? 'menu' : undefined
}

export class Engine {
  private readonly options: EngineOptions
  /** The simulated user holding the phone, per account (OAuth consent, the chat view). */
  private readonly phoneUsers = new Map<string, string>()

  constructor(options: EngineOptions) {
    this.options = options
  }

  private get ctx(): PlatformContext {
    return this.options.ctx
  }

  account(accountId?: string): Account {
    const account =
      accountId === undefined
        ? this.ctx.directory.listAccounts()[0]
        : this.ctx.directory.account(accountId)
    if (!account) {
      throw new EngineError('unknown-account', `no account ${accountId ?? '(none configured)'}`)
    }
    return account
  }

  /** The deadline and attempts a push gets when the command names none (workspace or flags). */
  deliverySettings(): DeliverySettings {
    return this.options.delivery()
  }

  /** The openid on the phone for this account: the one chosen, else the account's first user. */
  phoneUser(accountId: string): string | undefined {
    return this.phoneUsers.get(accountId) ?? this.ctx.directory.listUsers(accountId)[0]?.openid
  }

  setPhoneUser(accountId: string, openid: string): void {
    const user = this.ctx.directory.user(openid)
    if (!user || user.accountId !== accountId) {
      throw new EngineError('unknown-user', `${openid} is not a user of account ${accountId}`)
    }
    this.phoneUsers.set(accountId, openid)
  }

  async send(request: SendRequest): Promise<PushExchange> {
    const account = this.account(request.accountId)
    const openid = request.openid ?? this.phoneUser(account.id)
    if (!openid) {
      throw new EngineError(
        'unknown-user',
        `account ${account.id} has no simulated user: add one (the phone's "add user", or the ` +
          `putUser command with accountId "${account.id}"), or pass an openid of this account`,
      )
    }
    this.requireBotUrl(account, request.botUrl)
    const trigger = windowTrigger(request.typeId)
    // A blocked user's messages and menu taps never reach the bot (docs/api-audience.md); follow
    // and unfollow still do [unconfirmed].
    if (
      (trigger === 'message' || trigger === 'menu') &&
      this.options.state.audience.isBlacklisted(account.id, openid)
    ) {
      throw new EngineError(
        'blacklisted',
        `${openid} is on account ${account.id}'s blacklist (黑名单): WeChat does not pass their ` +
          `messages to the server; remove them with tags/members/batchunblacklist first`,
      )
    }
    // The user's action happens before WeChat pushes it: a bot may answer via custom/send at once.
    if (trigger) this.options.state.window.open(account.id, openid, trigger)
    this.followState(account.id, openid, request.typeId)
    // A photo, voice or video gets a MediaId media/get answers (docs/api-media.md).
    const media = this.options.state.media
    const values = await userMediaValues(media, account.id, request.typeId, request.values)
    const delivery: PushDelivery = {
      account,
      openid,
      typeId: request.typeId,
      ...(values ? { values } : {}),
      knownMedia: mediaLookup(media, account.id),
      ...(request.overrides ? { overrides: request.overrides } : {}),
      ...(request.mode ? { mode: request.mode } : {}),
      ...(request.botUrl ? { botUrl: request.botUrl } : {}),
    }
    const settings = this.options.delivery()
    const deps = request.random ? this.depsWith(request.random) : this.ctx
    const options: DeliverySettings = {
      ...settings,
      timeoutMs: request.timeoutMs ?? settings.timeoutMs,
      attempts: request.attempts ?? settings.attempts,
      ...(request.record === undefined ? {} : { record: request.record }),
    }
    return deliverPush(deps, delivery, options)
  }

  /**
   * The push values of a photo, voice clip or video the user sends (the sample shipped with
   * mpsim, stored as temporary media so media/get and PicUrl serve it); undefined for any other
   * type. A load run stores one per type and sends it with every such message, instead of filling
   * the media store with a copy per push.
   */
  async sampleMediaValues(accountId: string, typeId: string): Promise<PushValues | undefined> {
    return userMediaValues(this.options.state.media, accountId, typeId, undefined)
  }

  private depsWith(random: Random): EngineDeps {
    const ctx = this.ctx
    return { clock: ctx.clock, bus: ctx.bus, random, newExchangeId: () => ctx.newExchangeId() }
  }

  /**
   * An account may be saved without a server URL (nothing to push to yet); a push or a
   * verification then says so instead of failing on an empty URL.
   */
  private requireBotUrl(account: Account, given: string | undefined): void {
    if ((given ?? account.botUrl) !== '') return
    throw new EngineError(
      'no-bot-url',
      `account ${account.id} has no server URL (服务器地址): set it in Settings, or pass botUrl`,
    )
  }

  /** subscribe/unsubscribe change whether the user follows (user/info, template sends read it). */
  private followState(accountId: string, openid: string, typeId: string): void {
    const user = this.ctx.directory.user(openid)
    if (!user || user.accountId !== accountId) return
    if (typeId === 'event.subscribe' && !user.subscribed) {
      this.ctx.directory.putUser({
        ...user,
        subscribed: true,
        subscribeTime: this.ctx.clock.nowSeconds(),
        subscribeScene: 'ADD_SCENE_SEARCH',
      })
    } else if (typeId === 'event.unsubscribe' && user.subscribed) {
      this.ctx.directory.putUser({ ...user, subscribed: false })
    }
  }

  async verify(input: {
    accountId?: string
    botUrl?: string
    probe?: boolean
    timeoutMs?: number
  }): Promise<{
    result: VerifyResult
    exchange: VerifyExchange
  }> {
    const account = this.account(input.accountId)
    this.requireBotUrl(account, input.botUrl)
    const result = await verifyUrl({
      botUrl: input.botUrl ?? account.botUrl,
      token: account.token,
      now: () => this.ctx.clock.nowSeconds(),
      random: this.ctx.random,
      timeoutMs: input.timeoutMs ?? this.options.delivery().timeoutMs,
      probeForgedSignature: input.probe ?? false,
    })
    const exchange: VerifyExchange = {
      id: this.ctx.newExchangeId(),
      kind: 'verify',
      accountId: account.id,
      title: 'URL verification',
      simTime: this.ctx.clock.nowSeconds(),
      attempts: result.attempts,
      analysis: {
        verdict: result.verdict,
        signature: result.signature,
        echostr: result.echostr,
        timeoutMs: result.timeoutMs,
      },
    }
    this.ctx.bus.emit('exchange', exchange)
    return { result, exchange }
  }

  /** A simulated user scans a parametric QR code: WeChat pushes subscribe (qrscene) or SCAN. */
  async scan(
    ticket: string,
    openid: string,
  ): Promise<{ outcome: ScanOutcome; exchange?: PushExchange }> {
    const outcome = scanQrCode(this.ctx, this.options.state, ticket, openid)
    if (!outcome.ok) return { outcome }
    const typeId = outcome.event === 'SCAN' ? 'event.SCAN' : 'event.subscribe.qrscene'
    const account = this.account(outcome.accountId)
    const exchange = await deliverPush(
      this.ctx,
      {
        account,
        openid,
        typeId,
        values: { EventKey: outcome.eventKey, Ticket: outcome.ticket },
      },
      this.options.delivery(),
    )
    return { outcome, exchange }
  }

  /** WeChat tells the bot how a template message went (protocol.md §10.4). */
  async templateFinished(job: TemplateSentJob): Promise<PushExchange> {
    const account = this.account(job.accountId)
    return deliverPush(
      this.ctx,
      {
        account,
        openid: job.openid,
        typeId: 'event.TEMPLATESENDJOBFINISH',
        values: { MsgID: job.msgId, Status: job.status },
      },
      this.options.delivery(),
    )
  }

  /** WeChat tells the bot how a mass send went, with its real counts (docs/api-messaging.md). */
  async massFinished(job: MassSentJob): Promise<PushExchange> {
    return deliverPush(
      this.ctx,
      {
        account: this.account(job.accountId),
        openid: MASS_HELPER_OPENID,
        typeId: 'event.MASSSENDJOBFINISH',
        values: massFinishedValues(job),
      },
      this.options.delivery(),
    )
  }

  /** WeChat tells the bot a freepublish/submit job finished (docs/api-messaging.md). */
  async publishFinished(job: PublishedJob): Promise<PushExchange> {
    return deliverPush(
      this.ctx,
      {
        account: this.account(job.accountId),
        openid: MASS_HELPER_OPENID,
        typeId: 'event.PUBLISHJOBFINISH',
        values: publishFinishedValues(job),
      },
      this.options.delivery(),
    )
  }
}
