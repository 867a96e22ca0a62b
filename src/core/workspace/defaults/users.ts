/**
 * The three simulated users a new workspace starts with: subscribed, with different sexes and
 * cities, so a bot that greets by name or by city has something to show. Profile text is in
 * Chinese or English the way /cgi-bin/user/info answers for lang=zh_CN or lang=en (protocol.md §10.2).
 */
import type { SimUser } from '../../../shared/model/sim-user'
import type { Random } from '../../runtime/random'

export type DefaultLocale = 'zh' | 'en'

interface Place {
  readonly nickname: string
  readonly province: string
  readonly city: string
  readonly country: string
}

interface Profile {
  readonly zh: Place
  readonly en: Place
  readonly sex: 0 | 1 | 2
  readonly subscribeScene: SimUser['subscribeScene']
  readonly subscribedDaysAgo: number
}

export const DEFAULT_PROFILES: readonly Profile[] = [
  {
    zh: { nickname: '张三', province: '广东', city: '深圳', country: '中国' },
    en: { nickname: 'Zhang San', province: 'Guangdong', city: 'Shenzhen', country: 'China' },
    sex: 1,
    subscribeScene: 'ADD_SCENE_QR_CODE',
    subscribedDaysAgo: 1,
  },
  {
    zh: { nickname: '李四', province: '北京', city: '海淀', country: '中国' },
    en: { nickname: 'Li Si', province: 'Beijing', city: 'Haidian', country: 'China' },
    sex: 2,
    subscribeScene: 'ADD_SCENE_SEARCH',
    subscribedDaysAgo: 7,
  },
  {
    zh: { nickname: '王五', province: '浙江', city: '杭州', country: '中国' },
    en: { nickname: 'Wang Wu', province: 'Zhejiang', city: 'Hangzhou', country: 'China' },
    sex: 0,
    subscribeScene: 'ADD_SCENE_PROFILE_CARD',
    subscribedDaysAgo: 30,
  },
]

export interface DefaultUsersInput {
  readonly accountId: string
  /** Loopback URL that serves placeholder avatars, e.g. `http://127.0.0.1:5175/avatar`. */
  readonly avatarBaseUrl: string
  /** @default 'zh' */
  readonly locale?: DefaultLocale
  /** Unix seconds used to date the subscriptions. */
  readonly nowSeconds: number
}

const OPENID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** protocol.md §1: 28 characters of [A-Za-z0-9_-], starting with `o` like every observed MP openid. */
export function randomOpenid(random: Random): string {
  let out = 'o'
  for (let i = 1; i < 28; i++) out += OPENID_ALPHABET.charAt(random.int(OPENID_ALPHABET.length))
  return out
}

export function defaultUsers(random: Random, input: DefaultUsersInput): SimUser[] {
  const locale = input.locale ?? 'zh'
  const base = input.avatarBaseUrl.replace(/\/+$/, '')
  return DEFAULT_PROFILES.map((profile) => {
    const openid = randomOpenid(random)
    const place = profile[locale]
    return {
      openid,
      accountId: input.accountId,
      nickname: place.nickname,
      sex: profile.sex,
      province: place.province,
      city: place.city,
      country: place.country,
      // Real headimgurls end in a size segment (/0 = 640 px, /46, /64, /96, /132) that bots
      // rewrite to pick a size (protocol.md §9.4); keep that shape so such code works here too.
      headimgurl: `${base}/${openid}/132`,
      language: locale === 'zh' ? 'zh_CN' : 'en',
      subscribed: true,
      subscribeTime: input.nowSeconds - profile.subscribedDaysAgo * 86_400,
      subscribeScene: profile.subscribeScene,
      qrScene: 0,
      qrSceneStr: '',
      remark: '',
      tagIds: [],
    }
  })
}
