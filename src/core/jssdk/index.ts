/**
 * The phone browser's JS-SDK (protocol.md §11, docs/phone-browser.md): the `jweixin` shim pages
 * load, WeChat's verdict on `wx.config`, and the answers to other `wx.*` calls. The gateway
 * (src/core/browser) serves script() for `res.wx.qq.com/open/js/jweixin-*.js`, passes the shim's
 * posts to config() and call(), and records each as a page exchange.
 *
 * @example
 * const jssdk = createJssdkService({ tickets: state.tickets, directory: ctx.directory, random: ctx.random })
 * const fact = jssdk.config({ pageUrl, frameUrl, appId, timestamp, nonceStr, signature, jsApiList })
 * // fact.errMsg === 'config:ok' | 'config:invalid signature' | 'config:invalid url domain' | …
 */
import type { Directory } from '../context/directory'
import type { TicketStore } from '../platform/state/tickets'
import { judgeJssdkConfig } from '../protocol/jssdk-config-verdict'
import type { Random } from '../runtime/random'
import { jsSafeDomains } from '../../shared/model/account'
import type { JssdkCallFact, JssdkConfigFact } from '../../shared/model/analysis'
import { JSSDK_CALL_DENIALS } from '../../shared/model/jssdk-codes'
import type { JssdkCallPermission } from '../../shared/model/jssdk-codes'
import { PHONE_SPOT } from '../../shared/model/phone-place'
import { answerCall, JSSDK_APIS, LISTENER_APIS } from './apis'
import type { Args, CallContext } from './apis'
import { LocalIdStore, PHONE_PHOTOS } from './phone-photos'
import { jweixinShim } from './shim-script'

export { JSSDK_ENDPOINT } from './shim-script'

export interface JssdkConfigInput {
  /** The page's real address (what the phone's user sees), `#fragment` and all. */
  readonly pageUrl: string
  /** The address the frame shows (`location.href`): the gateway's in browser mode. */
  readonly frameUrl: string
  readonly appId: string
  readonly timestamp: string
  readonly nonceStr: string
  readonly signature: string
  readonly jsApiList: readonly string[]
}

export interface JssdkCallInput {
  readonly api: string
  /** The call's arguments as the shim sent them (callbacks removed). */
  readonly args: unknown
  readonly pageUrl: string
  readonly accountId: string
  /** The user browsing. */
  readonly openid?: string
  /**
   * What the shim found before calling: the API left out of jsApiList, or wx.config not (yet)
   * successful. Refused calls are still sent so they are recorded. @default 'granted'
   */
  readonly permission?: JssdkCallPermission
}

export interface JssdkService {
  /** The jweixin shim (JavaScript) served for res.wx.qq.com/open/js/jweixin-*.js. */
  script(): string
  config(input: JssdkConfigInput): JssdkConfigFact
  call(input: JssdkCallInput): JssdkCallFact & { result: unknown }
}

export interface JssdkServiceDeps {
  readonly tickets: Pick<TicketStore, 'current' | 'peek' | 'previous'>
  readonly directory: Pick<Directory, 'accountByAppId'>
  /** For localIds and serverIds (the context's Random: a seeded run hands out the same ids). */
  readonly random: Random
}

export function createJssdkService(deps: JssdkServiceDeps): JssdkService {
  const script = jweixinShim(JSSDK_APIS, LISTENER_APIS)
  const context: CallContext = {
    random: deps.random,
    photos: PHONE_PHOTOS,
    localIds: new LocalIdStore(deps.random),
    place: { latitude: Number(PHONE_SPOT.lat), longitude: Number(PHONE_SPOT.lng) },
    known: new Set(JSSDK_APIS),
  }
  return {
    script: () => script,
    config(input) {
      const account = deps.directory.accountByAppId(input.appId)
      if (!account) return judgeJssdkConfig(input, undefined, undefined)
      // current() first: when the ticket in force has expired it is replaced, and the expired one
      // becomes previous() — the ticket a bot that cached too long signed with.
      const { ticket } = deps.tickets.current(account.id, 'jsapi')
      const tickets = {
        current: ticket,
        previous: deps.tickets.previous(account.id, 'jsapi'),
        wxCard: deps.tickets.peek(account.id, 'wx_card'),
      }
      const view = { jsDomains: jsSafeDomains(account), testAccount: account.testAccount }
      return judgeJssdkConfig(input, view, tickets)
    },
    call(input) {
      const args = argsOf(input.args)
      const permission = input.permission ?? 'granted'
      const answer =
        permission === 'granted'
          ? answerCall(input.api, args, context)
          : { ok: false as const, reason: JSSDK_CALL_DENIALS[permission] }
      const result = answer.ok
        ? { ...answer.fields, errMsg: `${input.api}:ok` }
        : { errMsg: failMessage(input.api, answer.reason, permission) }
      return {
        api: input.api,
        args: JSON.stringify(args),
        answer: JSON.stringify(result),
        ok: answer.ok,
        result,
      }
    },
  }
}

/** Denials read `<api>:permission denied` exactly (the doc's form); other failures `<api>:fail, why`. */
function failMessage(api: string, reason: string, permission: JssdkCallPermission): string {
  return permission === 'granted' ? `${api}:fail, ${reason}` : `${api}:${reason}`
}

function argsOf(value: unknown): Args {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Args) : {}
}
