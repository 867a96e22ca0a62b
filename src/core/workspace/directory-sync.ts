/**
 * Keeps accounts.json and users.json in step with the in-memory Directory: every change the
 * platform makes (a user subscribes, the settings screen edits an account) schedules an atomic
 * rewrite of the file it touched. A command that changed the Directory waits for its file with
 * directorySaved() before it answers (docs/workspace.md "What is durable when").
 */
import type { Directory, DirectoryChange } from '../context/directory'
import { WorkspaceError } from './errors'
import { ACCOUNTS_FILE, FILE_VERSION, USERS_FILE } from './layout'
import { SaveQueue } from './save-queue'
import { saveJsonFile } from './save-json-file'
import { accountsFileSchema } from './schemas/accounts'
import { usersFileSchema } from './schemas/users'

export interface DirectorySync {
  /** Writes pending changes now; throws the WorkspaceError of a failed write. */
  flush(): Promise<void>
  /** Resolves once every change of this kind made so far is on disk; throws like flush(). */
  saved(kind: DirectoryChange['kind']): Promise<void>
  /** Stops watching after a final flush. */
  stop(): Promise<void>
}

/**
 * The sync of each watched Directory. Control commands hold the Workspace, and so its Directory,
 * but not the sync that openWorkspace made for it; this lets them wait for it without widening
 * the Workspace interface. Weak, so a closed workspace's Directory is not kept alive.
 */
const syncs = new WeakMap<Directory, DirectorySync>()

/**
 * Waits until the Directory's changes of `kind` ('account' or 'user') are on disk: call it after
 * changing the Directory and before acknowledging the change. Throws the WorkspaceError of a
 * failed write ('not-writable', 'invalid-value'), or 'closed' once the workspace is closed (the
 * change will never be saved).
 */
export function directorySaved(directory: Directory, kind: DirectoryChange['kind']): Promise<void> {
  const sync = syncs.get(directory)
  if (!sync) {
    return Promise.reject(
      new WorkspaceError('closed', 'the workspace is closed: this change was not saved'),
    )
  }
  return sync.saved(kind)
}

export function syncDirectory(
  directory: Directory,
  root: string,
  delayMs: number,
  onFailure: (file: string, error: unknown) => void,
): DirectorySync {
  const accounts = new SaveQueue(
    async () => {
      const data = { version: FILE_VERSION, accounts: directory.listStoredAccounts() }
      await saveJsonFile(root, ACCOUNTS_FILE, accountsFileSchema, data)
    },
    delayMs,
    (error) => onFailure(ACCOUNTS_FILE, error),
  )
  const users = new SaveQueue(
    async () => {
      const data = { version: FILE_VERSION, users: directory.listUsers() }
      await saveJsonFile(root, USERS_FILE, usersFileSchema, data)
    },
    delayMs,
    (error) => onFailure(USERS_FILE, error),
  )
  const queueOf = (kind: DirectoryChange['kind']): SaveQueue => {
    switch (kind) {
      case 'account':
        return accounts
      case 'user':
        return users
    }
  }
  const unwatch = directory.watch((change: DirectoryChange) => queueOf(change.kind).schedule())
  const flush = async (): Promise<void> => {
    const results = await Promise.allSettled([accounts.flush(), users.flush()])
    const failed = results.find((r) => r.status === 'rejected')
    if (failed) throw failed.reason
  }
  const sync: DirectorySync = {
    flush,
    saved: (kind) => queueOf(kind).flush(),
    stop: async () => {
      unwatch()
      syncs.delete(directory)
      await flush()
    },
  }
  syncs.set(directory, sync)
  return sync
}
