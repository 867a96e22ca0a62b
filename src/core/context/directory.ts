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
  /**
   * Users who exist for a while only (a load run's simulated users, docs/load.md): the platform
   * finds them by openid like anyone else, but they are never listed, watched or saved.
   */
  private readonly transient = new Map<string, SimUser>()
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

  /** A user by openid, stored or transient. */
  user(openid: string): SimUser | undefined {
    return this.users.get(openid) ?? this.transient.get(openid)
  }

  /** Stores a user; a transient user stays transient (a follow during a load run is not saved). */
  putUser(user: SimUser): void {
    if (this.transient.has(user.openid) && !this.users.has(user.openid)) {
      this.transient.set(user.openid, user)
      return
    }
    this.users.set(user.openid, user)
    this.notify({ kind: 'user', openid: user.openid })
  }

  /**
   * Adds users for a while: user(openid) finds them (so user/info, custom/send and the engine
   * know them) but listUsers does not, watchers never hear of them and so nothing saves them.
   * Returns the function that removes them again. An openid already stored is left as it is.
   */
  addTransientUsers(users: readonly SimUser[]): () => void {
    const added = users.filter((u) => !this.users.has(u.openid) && !this.transient.has(u.openid))
    for (const u of added) this.transient.set(u.openid, u)
    return () => {
      for (const u of added) this.transient.delete(u.openid)
    }
  }

  /** Whether the openid is a load run's user (known for the run only, never listed). */
  isTransient(openid: string): boolean {
    return this.transient.has(openid) && !this.users.has(openid)
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
