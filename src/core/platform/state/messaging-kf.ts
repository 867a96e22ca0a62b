/**
 * Customer-service (客服) accounts per official account (docs/api-messaging.md "Customer
 * service"): customservice/kfaccount/add|update|del|uploadheadimg and getkflist. At most 100 per
 * account [doc: "每个公众号最多添加100个客服账号"]. In memory: a restart forgets them, as the
 * simulated users' sessions are forgotten too.
 */

export const MAX_KF_ACCOUNTS = 100

export interface KfAccount {
  /** `prefix@公众号微信号`, e.g. test1@test [doc]. */
  readonly account: string
  nickname: string
  /** 1001, 1002… [doc sample kf_id "1001"]. */
  readonly id: string
  headImgUrl: string
}

export class KfBook {
  private readonly accounts = new Map<string, KfAccount[]>()

  list(accountId: string): KfAccount[] {
    return [...(this.accounts.get(accountId) ?? [])]
  }

  find(accountId: string, account: string): KfAccount | undefined {
    return this.accounts.get(accountId)?.find((k) => k.account === account)
  }

  /** false when the account holds 100 already (the caller checked the name is free). */
  add(accountId: string, account: string, nickname: string): KfAccount | undefined {
    const list = this.accounts.get(accountId) ?? []
    if (list.length >= MAX_KF_ACCOUNTS) return undefined
    const id = String(1001 + list.reduce((max, k) => Math.max(max, Number(k.id) - 1000), 0))
    const kf: KfAccount = { account, nickname, id, headImgUrl: '' }
    this.accounts.set(accountId, [...list, kf])
    return kf
  }

  remove(accountId: string, account: string): boolean {
    const list = this.accounts.get(accountId) ?? []
    const kept = list.filter((k) => k.account !== account)
    this.accounts.set(accountId, kept)
    return kept.length !== list.length
  }
}
