/**
 * Accounts and simulated users in memory: the core's view of who exists (the platform answers
 * from it, the engine pushes as its users). The workspace store loads it at start and subscribes
 * to changes to persist them; tests build one directly.
 */
import type { Account } from '../../shared/model/account'
import type { SimUser } from '../../shared/model/sim-user'

export type DirectoryChange = { kind: 'account'; id: string } | { kind: 'user'; openid: string }

export class Directory {
  private readonly accounts = new Map<string, Account>()
  private readonly users = new Map<string, SimUser>()
  private readonly watchers = new Set<(change: DirectoryChange) => void>()

  constructor(accounts: readonly Account[] = [], users: readonly SimUser[] = []) {
    for (const a of accounts) this.accounts.set(a.id, a)
    for (const u of users) this.users.set(u.openid, u)
  }

  listAccounts(): Account[] {
    return [...this.accounts.values()]
  }

  account(id: string): Account | undefined {
    return this.accounts.get(id)
  }

  accountByAppId(appId: string): Account | undefined {
    return this.listAccounts().find((a) => a.appId === appId)
  }

  putAccount(account: Account): void {
    this.accounts.set(account.id, account)
    this.notify({ kind: 'account', id: account.id })
  }

  listUsers(accountId?: string): SimUser[] {
    const all = [...this.users.values()]
    return accountId === undefined ? all : all.filter((u) => u.accountId === accountId)
  }

  user(openid: string): SimUser | undefined {
    return this.users.get(openid)
  }

  putUser(user: SimUser): void {
    this.users.set(user.openid, user)
    this.notify({ kind: 'user', openid: user.openid })
  }

  /** Returns an unsubscribe function. */
  watch(watcher: (change: DirectoryChange) => void): () => void {
    this.watchers.add(watcher)
    return () => this.watchers.delete(watcher)
  }

  private notify(change: DirectoryChange): void {
    for (const w of this.watchers) w(change)
  }
}
