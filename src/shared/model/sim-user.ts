/**
 * A simulated WeChat user of one account (openid is per user per account, protocol.md §1).
 * Profile fields follow /sns/userinfo and /cgi-bin/user/info (protocol.md §9.4, §10.2).
 */
export type Sex = 0 | 1 | 2

export interface SimUser {
  /** 28 chars [A-Za-z0-9_-], starts with `o`. */
  readonly openid: string
  /** Account (Account.id) this openid belongs to. */
  readonly accountId: string
  readonly unionid?: string
  readonly nickname: string
  readonly sex: Sex
  readonly province: string
  readonly city: string
  readonly country: string
  readonly headimgurl: string
  /** zh_CN, zh_TW or en. */
  readonly language: string
  readonly subscribed: boolean
  /** Unix seconds on the simulated clock; 0 when never subscribed. */
  readonly subscribeTime: number
  /** ADD_SCENE_* (protocol.md §10.2). */
  readonly subscribeScene: string
  readonly qrScene: number
  readonly qrSceneStr: string
  readonly remark: string
  readonly tagIds: readonly number[]
}
