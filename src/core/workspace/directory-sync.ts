/**
 * Keeps accounts.json and users.json in step with the in-memory Directory: every change the
 * platform makes (a user subscribes, the settings screen edits an account) schedules an atomic
 * rewrite of the file it touched.
 */
import type { Directory, DirectoryChange } from '../platform/directory'
import { ACCOUNTS_FILE, FILE_VERSION, USERS_FILE } from './layout'
import { SaveQueue } from './save-queue'
import { saveJsonFile } from './save-json-file'
import { accountsFileSchema } from './schemas/accounts'
import { usersFileSchema } from './schemas/users'

export interface DirectorySync {
  /** Writes pending changes now; throws the WorkspaceError of a failed write. */
  flush(): Promise<void>
  /** Stops watching after a final flush. */
  stop(): Promise<void>
}

export function syncDirectory(
  directory: Directory,
  root: string,
  delayMs: number,
  onFailure: (file: string, error: unknown) => void,
): DirectorySync {
  const accounts = new SaveQueue(
    async () => {
      const data = { version: FILE_VERSION, accounts: directory.listAccounts() }
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
  const unwatch = directory.watch((change: DirectoryChange) => {
    switch (change.kind) {
      case 'account':
        accounts.schedule()
        break
      case 'user':
        users.schedule()
        break
    }
  })
  const flush = async (): Promise<void> => {
    const results = await Promise.allSettled([accounts.flush(), users.flush()])
    const failed = results.find((r) => r.status === 'rejected')
    if (failed) throw failed.reason
  }
  return {
    flush,
    stop: async () => {
      unwatch()
      await flush()
    },
  }
}
