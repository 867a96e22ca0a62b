/**
 * A JS-SDK service over a real Directory and TicketStore on a frozen clock, and a helper to sign
 * wx.config the way a bot does (protocol.md §11), for the service and shim tests.
 */
import { createHash } from 'node:crypto'
import { Directory } from '../../../src/core/context/directory'
import { createJssdkService } from '../../../src/core/jssdk'
import type { JssdkService } from '../../../src/core/jssdk'
import { TicketStore } from '../../../src/core/platform/state/tickets'
import { createSimClock } from '../../../src/core/runtime/clock'
import type { Clock } from '../../../src/core/runtime/clock'
import { seededRandom } from '../../../src/core/runtime/random'
import type { Account } from '../../../src/shared/model/account'

export const ACCOUNT: Account = {
  id: 'acc-jssdk',
  name: 'JS-SDK test',
  appId: 'wx0123456789abcdef',
  appSecret: 'a'.repeat(32),
  originalId: 'gh_0123456789ab',
  token: 'mpsimtoken',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  mode: 'plain',
  botUrl: 'http://127.0.0.1:5176/wechat',
  callbackDomain: '127.0.0.1:5176',
  ipWhitelist: [],
  testAccount: true,
}

export const PAGE = 'http://127.0.0.1:5176/jssdk?from=menu'
export const GATEWAY = 'http://127.0.0.1:40001/jssdk?from=menu'

export interface JssdkHarness {
  readonly service: JssdkService
  readonly tickets: TicketStore
  readonly directory: Directory
  readonly clock: Clock
  /** wx.config's values signed over `url` with the account's current jsapi_ticket. */
  signed(url: string, ticket?: string): ConfigValues
}

export interface ConfigValues {
  readonly appId: string
  readonly timestamp: string
  readonly nonceStr: string
  readonly signature: string
}

export function jssdkHarness(account: Account = ACCOUNT): JssdkHarness {
  const clock = createSimClock({ startMs: 1_714_112_445_000, frozen: true })
  const random = seededRandom('jssdk-test')
  const tickets = new TicketStore(clock, random)
  const directory = new Directory([account])
  const service = createJssdkService({ tickets, directory, random })
  return {
    service,
    tickets,
    directory,
    clock,
    signed(url, ticket = tickets.current(account.id, 'jsapi').ticket) {
      const timestamp = String(clock.nowSeconds())
      const nonceStr = 'Wm3WZYTPz0wzccnW'
      const string1 = `jsapi_ticket=${ticket}&noncestr=${nonceStr}&timestamp=${timestamp}&url=${url}`
      const signature = createHash('sha1').update(string1).digest('hex')
      return { appId: account.appId, timestamp, nonceStr, signature }
    },
  }
}
