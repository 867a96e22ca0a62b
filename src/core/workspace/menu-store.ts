/**
 * menus/<accountId>.json: each account's menu as given to /cgi-bin/menu/create (protocol.md §10.5).
 * All menus are read at open (they are small) so get() needs no I/O; put() and remove() write
 * straight away, in order, and resolve once the file is on disk.
 */
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { notWritable, WorkspaceError } from './errors'
import type { WorkspaceProblem } from './errors'
import { ACCOUNT_ID_RULE, FILE_VERSION, isSafeAccountId, MENUS_DIR, menuFile } from './layout'
import { loadJsonFile } from './load-json-file'
import { saveJsonFile } from './save-json-file'
import { menuFileSchema } from './schemas/menu'
import type { StoredMenu } from './schemas/menu'

export interface MenuStore {
  /** A copy of the stored menu; undefined when the account has none (menu/get answers 46003). */
  get(accountId: string): StoredMenu | undefined
  /** Ids of the accounts that have a menu. */
  accountIds(): string[]
  /** Stores the menu/create body. Throws WorkspaceError 'invalid-value' or 'not-writable'. */
  put(accountId: string, menu: StoredMenu): Promise<void>
  /** Deletes the account's menu (menu/delete); resolves false when there was none. */
  remove(accountId: string): Promise<boolean>
  /** Waits for writes in progress. */
  flush(): Promise<void>
}

export async function loadMenus(
  root: string,
  nowMs: number,
): Promise<{ store: MenuStore; problems: WorkspaceProblem[] }> {
  const menus = new Map<string, StoredMenu>()
  const problems: WorkspaceProblem[] = []
  for (const name of await readdir(join(root, MENUS_DIR))) {
    // Only <id>.json: aside copies (x.corrupt-<time>.json), temp files and notes are not menus.
    const match = /^(.+)\.json$/.exec(name)
    const id = match?.[1]
    if (id === undefined || !isSafeAccountId(id)) continue
    const loaded = await loadJsonFile(root, menuFile(id), menuFileSchema, nowMs)
    if (loaded.status === 'ok') menus.set(id, loaded.value.menu)
    else if (loaded.status === 'bad') problems.push(loaded.problem)
  }
  return { store: createMenuStore(root, menus), problems }
}

function createMenuStore(root: string, menus: Map<string, StoredMenu>): MenuStore {
  let chain: Promise<unknown> = Promise.resolve()
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.catch(() => undefined).then(work)
    chain = next
    return next
  }
  const checkId = (accountId: string): void => {
    if (!isSafeAccountId(accountId)) {
      throw new WorkspaceError(
        'invalid-value',
        `not saved: menu account id ${JSON.stringify(accountId)} ${ACCOUNT_ID_RULE}`,
      )
    }
  }
  return {
    get: (accountId) => {
      const menu = menus.get(accountId)
      return menu === undefined ? undefined : structuredClone(menu)
    },
    accountIds: () => [...menus.keys()],
    put: (accountId, menu) =>
      enqueue(async () => {
        checkId(accountId)
        const data = { version: FILE_VERSION, menu: structuredClone(menu) }
        const saved = await saveJsonFile(root, menuFile(accountId), menuFileSchema, data)
        menus.set(accountId, saved.menu)
      }),
    remove: (accountId) =>
      enqueue(async () => {
        if (!menus.has(accountId)) return false
        const path = join(root, MENUS_DIR, `${accountId}.json`)
        try {
          await rm(path, { force: true })
        } catch (error) {
          throw notWritable(path, error)
        }
        menus.delete(accountId)
        return true
      }),
    flush: async () => {
      await chain.catch(() => undefined)
    },
  }
}
