/**
 * A PlatformContext for tests: a frozen simulated clock (moves only with advance()), a seeded
 * Random, a fresh EventBus, a Directory with one account and a few users, an empty FaultTable.
 */
import { createSimClock } from '../../../src/core/runtime/clock'
import { EventBus } from '../../../src/core/runtime/event-bus'
import { seededRandom } from '../../../src/core/runtime/random'
import { Directory } from '../../../src/core/context/directory'
import { FaultTable } from '../../../src/core/context/faults'
import type { PlatformContext } from '../../../src/core/context/platform-context'
import type { Account } from '../../../src/shared/model/account'
import type { SimUser } from '../../../src/shared/model/sim-user'

/** 2024-04-25 10:00 in Beijing: far from a quota day boundary. */
export const START_MS = Date.UTC(2024, 3, 25, 2, 0, 0)

export const ACCOUNT: Account = {
  id: 'acc-1',
  name: 'mpsim test account',
  appId: 'wx2c2769f8efd9abc2',
  appSecret: '0123456789abcdef0123456789abcdef',
  originalId: 'gh_10f6c3c3ac5a',
  token: 'mpsimtoken',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  mode: 'plain',
  botUrl: 'http://127.0.0.1:9/wechat',
  callbackDomain: '127.0.0.1',
  ipWhitelist: [],
  testAccount: false,
}

export const OTHER_ACCOUNT: Account = {
  ...ACCOUNT,
  id: 'acc-2',
  appId: 'wx0000000000000002',
  appSecret: 'ffffffffffffffffffffffffffffffff',
  originalId: 'gh_000000000002',
}

/** Follows since START. */
export const FOLLOWER = 'oyORnuP8q7ou2gfYjqLzSIWZf0rs'
/** Never followed. */
export const STRANGER = 'oStrangerxxxxxxxxxxxxxxxxxx1'
/** Followed once, then left. */
export const LEAVER = 'oLeaverxxxxxxxxxxxxxxxxxxxx1'
/** A follower of the other account. */
export const OTHERS_USER = 'oOtherAccountUserxxxxxxxxxx1'

export function simUser(openid: string, overrides: Partial<SimUser> = {}): SimUser {
  return {
    openid,
    accountId: ACCOUNT.id,
    nickname: 'Tester',
    sex: 0,
    province: '',
    city: '',
    country: '',
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

export const DEFAULT_USERS: readonly SimUser[] = [
  simUser(FOLLOWER, { unionid: 'oTpR9xAIiebFOc6p04tMTaLhviCQ', tagIds: [128, 2] }),
  simUser(STRANGER, { subscribed: false, subscribeTime: 0, subscribeScene: '' }),
  simUser(LEAVER, { subscribed: false }),
  simUser(OTHERS_USER, { accountId: OTHER_ACCOUNT.id }),
]

export interface ContextOptions {
  account?: Partial<Account>
  users?: readonly SimUser[]
  seed?: string
}

export function buildContext(options: ContextOptions = {}): PlatformContext {
  let exchanges = 0
  return {
    clock: createSimClock({ startMs: START_MS, frozen: true }),
    random: seededRandom(options.seed ?? 'platform-api'),
    bus: new EventBus(),
    directory: new Directory(
      [{ ...ACCOUNT, ...options.account }, OTHER_ACCOUNT],
      options.users ?? DEFAULT_USERS,
    ),
    faults: new FaultTable(),
    newExchangeId: () => `ex-${++exchanges}`,
  }
}
