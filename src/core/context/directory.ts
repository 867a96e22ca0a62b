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
  private overlay: (account: Account) => Account = (account) => account

  constructor(accounts: readonly Account[] = [], users: readonly SimUser[] = []) {
    for (const a of accounts) this.accounts.set(a.id, a)
    for (const u of users) this.users.set(u.openid, u)
  }

  /** The accounts as the core uses them: stored values with this run's overlay laid over. */
  listAccounts(): Account[] {
    return [...this.accounts.values()].map(this.overlay)
  }

  account(id: string): Account | undefined {
    const stored = this.accounts.get(id)
    return stored && this.overlay(stored)
  }

  /** The accounts as they are to be saved: without the overlay. */
  listStoredAccounts(): Account[] {
    return [...this.accounts.values()]
  }

  /**
   * Values laid over the stored accounts for this run only — command-line flags (`--token`,
   * `--target`), a sample bot that had to move to another port. Every reader sees them; the
   * workspace file never does, so a flag given once is not remembered by the next start.
   */
  setOverlay(overlay: (account: Account) => Account): void {
    this.overlay = overlay
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
