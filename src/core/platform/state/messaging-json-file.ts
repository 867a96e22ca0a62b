/**
 * One small JSON file per account under a workspace folder (templates/, kf/, drafts/, publish/,
 * mass/ `<accountId>.json`, docs/api-messaging.md "What is kept where"), read synchronously the
 * first time an account is touched (the stores' constructors take no I/O) and replaced atomically
 * on every change, one write at a time in call order. No folder: nothing is read or written (unit
 * tests, in-memory platforms).
 *
 * A file that is not JSON, is not the shape its store expects, carries another `version`, or
 * cannot be read is never overwritten: it is moved aside (`<id>.corrupt-<UTC stamp>.json`, as
 * src/core/workspace/quarantine.ts names it) before the account's next write, a line says so on
 * the console, and the account starts empty. If it cannot even be moved aside, the account stays
 * in memory only for this run.
 */
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { isSafeAccountId } from '../../../shared/model/identifier-schemas'
import { writeFileAtomic } from '../../workspace/atomic-write'
import { moveAside } from '../../workspace/quarantine'

/** The `version` every messaging file carries; another one is treated as unreadable. */
export const MESSAGING_FILE_VERSION = 1

/** Turns a file's parsed JSON into the store's value; undefined when it does not fit. */
export type FileParser<T> = (raw: Record<string, unknown>) => T | undefined

export class AccountJsonFiles {
  private chain: Promise<unknown> = Promise.resolve()
  private readonly folder: string | undefined
  private readonly name: string
  /** Accounts whose bad file could not be moved aside: never written this run. */
  private readonly blocked = new Set<string>()

  constructor(dir: string | undefined, folder: string) {
    this.folder = dir === undefined ? undefined : join(dir, folder)
    this.name = folder
  }

  /**
   * The account's file through `parse`; undefined when there is no folder or no file (start
   * empty, no message), and also when the file is bad — then it is moved aside first.
   */
  read<T>(accountId: string, parse: FileParser<T>): T | undefined {
    if (this.folder === undefined || !isSafeAccountId(accountId)) return undefined
    const path = join(this.folder, `${accountId}.json`)
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      this.quarantine(accountId, path, `cannot be read (${describe(error)})`)
      return undefined
    }
    let raw: unknown
    try {
      raw = JSON.parse(text) as unknown
    } catch (error) {
      this.quarantine(accountId, path, `is not valid JSON (${describe(error)})`)
      return undefined
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      this.quarantine(accountId, path, 'is not a JSON object')
      return undefined
    }
    const file = raw as Record<string, unknown>
    if (file.version !== MESSAGING_FILE_VERSION) {
      const newer = typeof file.version === 'number' && file.version > MESSAGING_FILE_VERSION
      this.quarantine(
        accountId,
        path,
        `has version ${JSON.stringify(file.version)}, expected ${MESSAGING_FILE_VERSION}${newer ? ' (a newer mpsim wrote it)' : ''}`,
      )
      return undefined
    }
    const value = parse(file)
    if (value === undefined) this.quarantine(accountId, path, 'does not have the expected fields')
    return value
  }

  /** Queues the write; resolves once this value is on disk (errors are logged, not thrown). */
  write(accountId: string, value: object): Promise<void> {
    const folder = this.folder
    if (folder === undefined || !isSafeAccountId(accountId)) return Promise.resolve()
    const text = `${JSON.stringify({ version: MESSAGING_FILE_VERSION, ...value }, null, 2)}\n`
    return this.enqueue(async () => {
      if (this.blocked.has(accountId)) return
      await mkdir(folder, { recursive: true })
      await writeFileAtomic(join(folder, `${accountId}.json`), text)
    }, `could not save ${this.name}/${accountId}.json`)
  }

  /** Waits for writes (and moves aside) in progress. */
  flush(): Promise<void> {
    return this.chain.then(
      () => undefined,
      () => undefined,
    )
  }

  private quarantine(accountId: string, path: string, reason: string): void {
    const file = `${this.name}/${accountId}.json`
    console.warn(`mpsim: ${file} ${reason}; moving it aside, the account starts empty`)
    void this.enqueue(async () => {
      try {
        const movedTo = await moveAside(path, Date.now())
        console.warn(`mpsim: ${file} was moved to ${movedTo}`)
      } catch (error) {
        this.blocked.add(accountId)
        console.error(
          `mpsim: ${file} could not be moved aside (${describe(error)}); changes to this account are kept in memory only`,
        )
      }
    }, `could not move ${file} aside`)
  }

  private enqueue(step: () => Promise<void>, failure: string): Promise<void> {
    const next = this.chain
      .catch(() => undefined)
      .then(step)
      .catch((error: unknown) => {
        console.error(`mpsim: ${failure}:`, error)
      })
    this.chain = next
    return next
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** A lazily loaded per-account value kept in `<dir>/<folder>/<accountId>.json`. */
export class AccountJsonBook<T extends object> {
  private readonly values = new Map<string, T>()
  private readonly files: AccountJsonFiles
  private readonly parse: FileParser<T>
  private readonly empty: () => T

  constructor(dir: string | undefined, folder: string, parse: FileParser<T>, empty: () => T) {
    this.files = new AccountJsonFiles(dir, folder)
    this.parse = parse
    this.empty = empty
  }

  /** The account's value, read from its file the first time. */
  get(accountId: string): T {
    let value = this.values.get(accountId)
    if (value === undefined) {
      value = this.files.read(accountId, this.parse) ?? this.empty()
      this.values.set(accountId, value)
    }
    return value
  }

  /** Every account touched so far. */
  loaded(): IterableIterator<[string, T]> {
    return this.values.entries()
  }

  /** Writes the account's current value; resolves once it is on disk. */
  save(accountId: string, snapshot: (value: T) => object = (v) => v): Promise<void> {
    return this.files.write(accountId, snapshot(this.get(accountId)))
  }

  flush(): Promise<void> {
    return this.files.flush()
  }
}

/** Small checks for the parsers. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
export const isString = (v: unknown): v is string => typeof v === 'string'
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
