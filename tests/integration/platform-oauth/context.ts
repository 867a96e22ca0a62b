/**
 * A PlatformContext for the OAuth tests: a frozen simulated clock (moves only with advance()), a
 * seeded Random, a fresh EventBus, a FaultTable, and a Directory with the account under test and
 * its two users, plus one other account (for "another app's code") with a user of its own.
 */
import { Directory } from '../../../src/core/context/directory'
import { FaultTable } from '../../../src/core/context/faults'
import type { PlatformContext } from '../../../src/core/context/platform-context'
import { createSimClock } from '../../../src/core/runtime/clock'
import { EventBus } from '../../../src/core/runtime/event-bus'
import { seededRandom } from '../../../src/core/runtime/random'
import type { Account } from '../../../src/shared/model/account'
import type { SimUser } from '../../../src/shared/model/sim-user'

export const START_MS = Date.UTC(2024, 3, 25, 2, 0, 0)

/** A formal service account: bare domain, no port allowed (protocol.md §9.2). */
export const ACCOUNT: Account = {
  id: 'acc-oauth',
  name: '模拟服务号 Demo',
  appId: 'wx2c2769f8efd9abc2',
  appSecret: '0123456789abcdef0123456789abcdef',
  originalId: 'gh_10f6c3c3ac5a',
  token: 'mpsimtoken',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  mode: 'plain',
  botUrl: 'http://bot.example/wechat',
  callbackDomain: 'bot.example',
  ipWhitelist: [],
  testAccount: false,
}

/** The same account as a 测试号 whose domain is IP:port (protocol.md §9.2). */
export const TEST_ACCOUNT_OVERRIDES: Partial<Account> = {
  callbackDomain: '127.0.0.1:5174',
  testAccount: true,
}

export const OTHER_ACCOUNT: Account = {
  ...ACCOUNT,
  id: 'acc-other',
  name: 'Other account',
  appId: 'wx0000000000000002',
  appSecret: 'ffffffffffffffffffffffffffffffff',
  originalId: 'gh_000000000002',
}

/** Follows, has a unionid and an avatar. */
export const ALICE = 'oAliceAAAAAAAAAAAAAAAAAAAAA1'
/** Does not follow, no unionid; a nickname that must be escaped. */
export const BOB = 'oBobBBBBBBBBBBBBBBBBBBBBBBB2'
/** The other account's user. */
export const CAROL = 'oCarolCCCCCCCCCCCCCCCCCCCCC3'

export const ALICE_UNIONID = 'oTpR9xAIiebFOc6p04tMTaLhviCQ'
export const ALICE_AVATAR = 'https://thirdwx.qlogo.cn/mmopen/g3MonUZtNHkdmzicIlibx6iaFqAc56vx/132'
export const BOB_NICKNAME = '<b>Bob</b> & "co"'

function simUser(openid: string, overrides: Partial<SimUser>): SimUser {
  return {
    openid,
    accountId: ACCOUNT.id,
    nickname: 'Tester',
    sex: 1,
    province: 'Guangdong',
    city: 'Shenzhen',
    country: 'China',
    headimgurl: '',
    language: 'zh_CN',
    subscribed: true,
    subscribeTime: Math.floor(START_MS / 1000),
    subscribeScene: 'ADD_SCENE_SEARCH',
    qrScene: 0,
    qrSceneStr: '',
    remark: '',
    tagIds: [],
    ...overrides,
  }
}

export const USERS: readonly SimUser[] = [
  simUser(ALICE, { nickname: '爱丽丝 Alice', unionid: ALICE_UNIONID, headimgurl: ALICE_AVATAR }),
  simUser(BOB, { nickname: BOB_NICKNAME, subscribed: false, subscribeTime: 0 }),
  simUser(CAROL, { accountId: OTHER_ACCOUNT.id, nickname: 'Carol' }),
]

export interface ContextOptions {
  readonly account?: Partial<Account>
  readonly users?: readonly SimUser[]
}

export function buildContext(options: ContextOptions = {}): PlatformContext {
  let exchanges = 0
  return {
    clock: createSimClock({ startMs: START_MS, frozen: true }),
    random: seededRandom('platform-oauth'),
    bus: new EventBus(),
    directory: new Directory(
      [{ ...ACCOUNT, ...options.account }, OTHER_ACCOUNT],
      options.users ?? USERS,
    ),
    faults: new FaultTable(),
    newExchangeId: () => `ex-${++exchanges}`,
  }
}
