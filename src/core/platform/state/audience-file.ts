/**
 * One small JSON file per account for the audience stores (tags/<account>.json,
 * conditional-menus/<account>.json): read once, synchronously, when the store is built (the files
 * are small and the platform needs them before its first answer), and replaced atomically on each
 * change, writes kept in order. A file that cannot be read or does not match its schema is
 * reported and ignored, never overwritten until the account changes again (docs/api-audience.md).
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { z } from 'zod'
import { writeFileAtomic } from '../../workspace/atomic-write'
import { isSafeAccountId } from '../../workspace/layout'

export class AccountFiles<T> {
  private readonly folder: string | undefined
  private readonly schema: z.ZodType<T>
  private chain: Promise<unknown> = Promise.resolve()

  /** `root` absent keeps everything in memory: save() resolves at once. */
  constructor(root: string | undefined, folderName: string, schema: z.ZodType<T>) {
    this.folder = root === undefined ? undefined : join(root, folderName)
    this.schema = schema
  }

  /** Every readable account file, by account id. */
  loadAll(): Map<string, T> {
    const found = new Map<string, T>()
    if (this.folder === undefined) return found
    let names: string[]
    try {
      names = readdirSync(this.folder)
    } catch {
      return found
    }
    for (const name of names) {
      const id = /^(.+)\.json$/.exec(name)?.[1]
      if (id === undefined || !isSafeAccountId(id)) continue
      try {
        const parsed = this.schema.safeParse(
          JSON.parse(readFileSync(join(this.folder, name), 'utf8')),
        )
        if (parsed.success) found.set(id, parsed.data)
        else console.warn(`mpsim: ${this.folder}/${name} ignored: ${parsed.error.message}`)
      } catch (error) {
        console.warn(`mpsim: ${this.folder}/${name} ignored: ${String(error)}`)
      }
    }
    return found
  }

  /** Writes the account's data (what `snapshot` returns when its turn comes), after earlier writes. */
  save(accountId: string, snapshot: () => T): Promise<void> {
    const folder = this.folder
    if (folder === undefined) return Promise.resolve()
    const next = this.chain
      .catch(() => undefined)
      .then(async () => {
        if (!isSafeAccountId(accountId)) throw new Error(`unsafe account id ${accountId}`)
        mkdirSync(folder, { recursive: true })
        const text = `${JSON.stringify(snapshot(), null, 2)}\n`
        await writeFileAtomic(join(folder, `${accountId}.json`), text)
      })
    this.chain = next
    return next
  }

  /** Resolves once every write asked for so far is done. */
  async flush(): Promise<void> {
    await this.chain.catch(() => undefined)
  }
}
