/**
 * Customer-service (客服) accounts per official account (docs/api-messaging.md "Customer
 * service"): customservice/kfaccount/add|update|del|uploadheadimg and getkflist. At most 100 per
 * account [doc: "每个公众号最多添加100个客服账号"]. Kept in `<workspace>/kf/<accountId>.json`
 * (messaging-json-file.ts); every change resolves once it is on disk.
 */
import { AccountJsonBook, isNumber, isRecord, isString } from './messaging-json-file'

export const MAX_KF_ACCOUNTS = 100

export interface KfAccount {
  /** `prefix@公众号微信号`, e.g. test1@test [doc]. */
  readonly account: string
  readonly nickname: string
  /** 1001, 1002… [doc sample kf_id "1001"]. */
  readonly id: string
  readonly headImgUrl: string
}

interface KfFile {
  accounts: KfAccount[]
}

function parseKf(file: Record<string, unknown>): KfFile | undefined {
  if (!Array.isArray(file.accounts)) return undefined
  const accounts: KfAccount[] = []
  for (const v of file.accounts) {
    if (!isRecord(v)) return undefined
    const { account, nickname, id, headImgUrl } = v
    if (!isString(account) || !isString(nickname) || !isString(id) || !isString(headImgUrl)) {
      return undefined
    }
    if (!isNumber(Number(id))) return undefined
    accounts.push({ account, nickname, id, headImgUrl })
  }
  return { accounts: accounts.slice(0, MAX_KF_ACCOUNTS) }
}

export class KfBook {
  private readonly book: AccountJsonBook<KfFile>

  constructor(deps: { dir?: string } = {}) {
    this.book = new AccountJsonBook(deps.dir, 'kf', parseKf, () => ({ accounts: [] }))
  }

  list(accountId: string): KfAccount[] {
    return [...this.book.get(accountId).accounts]
  }

  find(accountId: string, account: string): KfAccount | undefined {
    return this.book.get(accountId).accounts.find((k) => k.account === account)
  }

  /** undefined when the account holds 100 already (the caller checked the name is free). */
  add(
    accountId: string,
    account: string,
    nickname: string,
  ): { kf: KfAccount; saved: Promise<void> } | undefined {
    const file = this.book.get(accountId)
    if (file.accounts.length >= MAX_KF_ACCOUNTS) return undefined
    const max = file.accounts.reduce((m, k) => Math.max(m, Number(k.id) - 1000), 0)
    const kf: KfAccount = { account, nickname, id: String(1001 + max), headImgUrl: '' }
    file.accounts = [...file.accounts, kf]
    return { kf, saved: this.book.save(accountId) }
  }

  /** Changes a kf account's nickname or head image URL; undefined when it does not exist. */
  update(
    accountId: string,
    account: string,
    change: Partial<Pick<KfAccount, 'nickname' | 'headImgUrl'>>,
  ): Promise<void> | undefined {
    const file = this.book.get(accountId)
    const at = file.accounts.findIndex((k) => k.account === account)
    const found = file.accounts[at]
    if (found === undefined) return undefined
    file.accounts = file.accounts.map((k, i) => (i === at ? { ...found, ...change } : k))
    return this.book.save(accountId)
  }

  /** undefined when the account has no such kf account. */
  remove(accountId: string, account: string): Promise<void> | undefined {
    const file = this.book.get(accountId)
    const kept = file.accounts.filter((k) => k.account !== account)
    if (kept.length === file.accounts.length) return undefined
    file.accounts = kept
    return this.book.save(accountId)
  }

  flush(): Promise<void> {
    return this.book.flush()
  }
}
