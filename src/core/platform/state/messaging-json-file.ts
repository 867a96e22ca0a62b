/**
 * One small JSON file per account under a workspace folder (templates/<accountId>.json), read
 * synchronously the first time an account is touched (the stores' constructors take no I/O) and
 * replaced atomically on every change, one write at a time in call order. No folder: nothing is
 * read or written (unit tests, in-memory platforms).
 */
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { isSafeAccountId } from '../../../shared/model/identifier-schemas'
import { writeFileAtomic } from '../../workspace/atomic-write'

export class AccountJsonFiles {
  private chain: Promise<unknown> = Promise.resolve()
  private readonly folder: string | undefined

  constructor(dir: string | undefined, folder: string) {
    this.folder = dir === undefined ? undefined : join(dir, folder)
  }

  /** The parsed file, or undefined when absent, unreadable or not JSON (the caller reseeds). */
  read(accountId: string): unknown {
    if (this.folder === undefined || !isSafeAccountId(accountId)) return undefined
    try {
      return JSON.parse(readFileSync(join(this.folder, `${accountId}.json`), 'utf8')) as unknown
    } catch {
      return undefined
    }
  }

  /** Queues the write; resolves once this value is on disk (errors are logged, not thrown). */
  write(accountId: string, value: unknown): Promise<void> {
    const folder = this.folder
    if (folder === undefined || !isSafeAccountId(accountId)) return Promise.resolve()
    const text = `${JSON.stringify(value, null, 2)}\n`
    const next = this.chain
      .catch(() => undefined)
      .then(async () => {
        await mkdir(folder, { recursive: true })
        await writeFileAtomic(join(folder, `${accountId}.json`), text)
      })
      .catch((error: unknown) => {
        console.error(`mpsim: could not save ${folder}/${accountId}.json:`, error)
      })
    this.chain = next
    return next
  }

  /** Waits for writes in progress. */
  flush(): Promise<void> {
    return this.chain.then(
      () => undefined,
      () => undefined,
    )
  }
}
