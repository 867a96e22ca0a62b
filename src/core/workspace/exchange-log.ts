/**
 * exchanges.ndjson: every Exchange, one JSON object per line, append-only (design.md "The Exchange
 * record"), with the last N in memory for the inspector. Appends never rewrite the file, so a
 * crash can at worst cut off the line being written, which the next open sets aside. A record
 * appended again with the same id (an updated exchange) replaces the earlier one in memory; on
 * disk the later line wins on reload.
 */
import { open, rename, stat } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Exchange } from '../../shared/model/exchange'
import { errnoOf, notWritable, WorkspaceError } from './errors'
import type { WorkspaceProblem } from './errors'
import { ExchangeWindow } from './exchange-window'
import { EXCHANGES_FILE } from './layout'
import { readExchangeLog } from './read-exchange-log'

export interface ExchangeLog {
  /**
   * Records an exchange: in memory at once, on disk shortly after (lines are batched). Disk
   * failures are reported as workspace problems and thrown by flush(), never from here, so a
   * recorder can call this without awaiting anything.
   */
  append(exchange: Exchange): void
  /** The last `limit` exchanges in the window, oldest first. @default the whole window */
  recent(limit?: number): Exchange[]
  /** An exchange in the in-memory window (older ones stay only in the file). */
  byId(id: string): Exchange | undefined
  /** Waits until every appended line is on disk; throws the WorkspaceError of a failed write. */
  flush(): Promise<void>
  /**
   * Starts an empty log. Nothing is deleted: the current file is renamed to
   * exchanges-<time>.ndjson beside it, and that name is returned (undefined when it was empty).
   */
  clear(nowMs: number): Promise<string | undefined>
  close(): Promise<void>
}

/** Opens the log: reads it into the window (read-exchange-log.ts), then appends to it. */
export async function openExchangeLog(
  root: string,
  window: number,
  nowMs: number,
  report: (problem: WorkspaceProblem) => void,
): Promise<{ log: ExchangeLog; problems: WorkspaceProblem[] }> {
  const path = join(root, EXCHANGES_FILE)
  const memory = new ExchangeWindow(window)
  const reading = await readExchangeLog(root, path, memory, nowMs)
  const log = new ExchangeLogFile(path, memory, reading.needsNewline, report)
  return { log, problems: reading.problems }
}

class ExchangeLogFile implements ExchangeLog {
  private pending: string[] = []
  private writing: Promise<void> | undefined
  private failure: WorkspaceError | undefined
  private handle: FileHandle | undefined
  private closed = false
  private readonly path: string
  private readonly memory: ExchangeWindow
  /** Set when the file ends without '\n': the next batch starts with one. */
  private needsNewline: boolean
  private readonly report: (problem: WorkspaceProblem) => void

  constructor(
    path: string,
    memory: ExchangeWindow,
    needsNewline: boolean,
    report: (problem: WorkspaceProblem) => void,
  ) {
    this.path = path
    this.memory = memory
    this.needsNewline = needsNewline
    this.report = report
  }

  append(exchange: Exchange): void {
    if (this.closed) throw new WorkspaceError('closed', 'the exchange log is closed')
    // Serialise first: a value JSON cannot hold (a BigInt, a cycle) is the caller's bug, and must
    // not reach the window without reaching the file.
    let line: string
    try {
      line = `${JSON.stringify(exchange)}\n`
    } catch (error) {
      throw new WorkspaceError(
        'invalid-value',
        `exchange ${exchange.id} cannot be written as JSON: ${error instanceof Error ? error.message : String(error)}`,
        { path: this.path },
        { cause: error },
      )
    }
    this.memory.remember(exchange)
    this.pending.push(line)
    this.writing ??= this.drain().finally(() => {
      this.writing = undefined
    })
  }

  recent(limit?: number): Exchange[] {
    return this.memory.recent(limit ?? Number.POSITIVE_INFINITY)
  }

  byId(id: string): Exchange | undefined {
    return this.memory.get(id)
  }

  async flush(): Promise<void> {
    while (this.writing) await this.writing
    const failure = this.failure
    this.failure = undefined
    if (failure) throw failure
  }

  async clear(nowMs: number): Promise<string | undefined> {
    await this.flush()
    // An append may have started a batch after flush() returned: wait for it too.
    while (this.writing) await this.writing
    this.memory.clear()
    // The clear holds the writer slot: exchanges recorded meanwhile wait in `pending` and go to
    // the new file, never to the one being archived (an open handle would follow the rename).
    const archiving = this.archive(nowMs)
    this.writing = archiving
      .then(
        () => this.drain(),
        () => this.drain(),
      )
      .finally(() => {
        this.writing = undefined
      })
    return archiving
  }

  private async archive(nowMs: number): Promise<string | undefined> {
    const handle = this.handle
    this.handle = undefined
    await handle?.close()
    const size = await stat(this.path).then(
      (s) => s.size,
      () => 0,
    )
    if (size === 0) return undefined
    const stamp = new Date(nowMs).toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')
    try {
      const archived = await freeArchivePath(this.path, stamp)
      // rename() replaces an existing file silently: freeArchivePath picked a name not in use.
      await rename(this.path, archived)
      this.needsNewline = false
      return basename(archived)
    } catch (error) {
      if (error instanceof WorkspaceError) throw error
      throw notWritable(this.path, error)
    }
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    try {
      await this.flush()
    } finally {
      await this.handle?.close()
      this.handle = undefined
    }
  }

  /** Writes queued lines in batches: one appendFile per batch, whole lines only. */
  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending
      this.pending = []
      const prefix = this.needsNewline ? '\n' : ''
      try {
        this.handle ??= await open(this.path, 'a')
        await this.handle.appendFile(prefix + batch.join(''), 'utf8')
        this.needsNewline = false
      } catch (error) {
        const failure = notWritable(this.path, error)
        this.failure = failure
        this.report({
          code: 'not-writable',
          severity: 'error',
          file: EXCHANGES_FILE,
          message: `${batch.length} exchange(s) were not written to ${EXCHANGES_FILE} (${errnoOf(error) ?? failure.message}); they are still shown until mpsim closes`,
        })
      }
    }
  }
}

/** Most archives one second may hold (clears are user actions: a few at most). */
const MAX_ARCHIVES_PER_SECOND = 1000

/**
 * exchanges-<stamp>.ndjson, or exchanges-<stamp>-2.ndjson … when a clear in the same second
 * already used the name: an archive is never overwritten.
 */
async function freeArchivePath(path: string, stamp: string): Promise<string> {
  const base = path.replace(/\.ndjson$/, '')
  for (let n = 1; n <= MAX_ARCHIVES_PER_SECOND; n += 1) {
    const candidate = `${base}-${stamp}${n === 1 ? '' : `-${n}`}.ndjson`
    const taken = await stat(candidate).then(
      () => true,
      (error: unknown) => errnoOf(error) !== 'ENOENT',
    )
    if (!taken) return candidate
  }
  throw new WorkspaceError(
    'not-writable',
    `more than ${MAX_ARCHIVES_PER_SECOND} archives of ${basename(path)} in one second`,
    { path },
  )
}
