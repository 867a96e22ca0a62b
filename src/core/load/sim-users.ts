/**
 * The run's simulated users (docs/load.md "The run"): N people, each with an openid drawn from the
 * run's seed and a follow state. They exist on the account while the run lasts — the bot can call
 * user/info or custom/send for them — but are never listed or saved (Directory's transient users).
 *
 * Follow state keeps the traffic possible: only followers write to an account, so a user who does
 * not follow sends event.subscribe first; a follower does not follow again, so a drawn subscribe
 * goes to someone who does not follow yet. When the mix has a follow event, every user starts
 * outside and their first message is that follow; otherwise everyone already follows.
 */
import type { SimUser } from '../../shared/model/sim-user'
import type { Random } from '../runtime/random'
import type { Mix } from './mix'

/** Events that make a user follow (a plain subscribe, or through a parametric QR code). */
const FOLLOW_TYPES: ReadonlySet<string> = new Set(['event.subscribe', 'event.subscribe.qrscene'])
const UNFOLLOW_TYPE = 'event.unsubscribe'

const OPENID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** protocol.md §1: 28 characters of [A-Za-z0-9_-], starting with `o`. */
function openidFrom(random: Random): string {
  let out = 'o'
  for (let i = 1; i < 28; i++) out += OPENID_ALPHABET.charAt(random.int(OPENID_ALPHABET.length))
  return out
}

export interface UserMessage {
  readonly index: number
  readonly openid: string
  readonly typeId: string
}

export interface SimUsers {
  readonly all: readonly SimUser[]
  /**
   * The next message: a user drawn at random and a type from the mix, fixed to fit their follow
   * state; the follow state changes at once (the user acts before WeChat pushes).
   */
  next(random: Random): UserMessage
  /** The user as the directory should now hold them (after a follow or unfollow). */
  current(index: number): SimUser
}

export interface SimUsersInput {
  readonly count: number
  readonly accountId: string
  readonly mix: Mix
  /** Seeds the openids (a run with the same seed has the same users). */
  readonly random: Random
  /** Simulated Unix seconds, to date the follows. */
  readonly nowSeconds: () => number
}

export function createSimUsers(input: SimUsersInput): SimUsers {
  const { mix } = input
  const followTypes = mix.entries.map((e) => e.typeId).filter((t) => FOLLOW_TYPES.has(t))
  const startFollowing = followTypes.length === 0
  const now = input.nowSeconds()
  const users: SimUser[] = Array.from({ length: input.count }, (_, i) => ({
    openid: openidFrom(input.random),
    accountId: input.accountId,
    nickname: `压测用户${i + 1}`,
    sex: 0,
    province: '',
    city: '',
    country: '中国',
    headimgurl: '',
    language: 'zh_CN',
    subscribed: startFollowing,
    subscribeTime: startFollowing ? now : 0,
    subscribeScene: startFollowing ? 'ADD_SCENE_SEARCH' : 'ADD_SCENE_OTHERS',
    qrScene: 0,
    qrSceneStr: '',
    remark: '',
    tagIds: [],
  }))
  // Users who do not follow, so a drawn follow event finds one quickly.
  const outside = new Set<number>(startFollowing ? [] : users.map((_, i) => i))

  const setFollowing = (index: number, typeId: string, following: boolean): void => {
    const user = users[index]
    if (!user) return
    users[index] = following
      ? {
          ...user,
          subscribed: true,
          subscribeTime: input.nowSeconds(),
          subscribeScene:
            typeId === 'event.subscribe.qrscene' ? 'ADD_SCENE_QR_CODE' : 'ADD_SCENE_SEARCH',
        }
      : { ...user, subscribed: false }
    if (following) outside.delete(index)
    else outside.add(index)
  }

  const fit = (index: number, drawn: string, random: Random): UserMessage => {
    let user = index
    let typeId = drawn
    if (outside.has(user) && !FOLLOW_TYPES.has(typeId)) {
      // Only a follower can write: this user follows first.
      typeId = followTypes[0] ?? 'event.subscribe'
    } else if (!outside.has(user) && FOLLOW_TYPES.has(typeId)) {
      const newcomer = outside.values().next()
      if (!newcomer.done) user = newcomer.value
      else typeId = mix.drawAmong(random, (t) => !FOLLOW_TYPES.has(t)) ?? typeId
    }
    if (FOLLOW_TYPES.has(typeId)) setFollowing(user, typeId, true)
    else if (typeId === UNFOLLOW_TYPE) setFollowing(user, typeId, false)
    return { index: user, openid: users[user]?.openid ?? '', typeId }
  }

  return {
    all: users,
    next: (random) => fit(random.int(users.length), mix.draw(random), random),
    current: (index) => {
      const user = users[index]
      if (!user) throw new RangeError(`no simulated user ${index}`)
      return user
    },
  }
}
