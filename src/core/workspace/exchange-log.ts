/**
 * The exchange log: every Exchange, one JSON object per line, append-only (docs/design.md "The
 * Exchange record"), with the last N in memory for the inspector. Appends go to exchanges.ndjson
 * until it reaches the `logSegmentMB` setting; then it is renamed to a segment beside it and a new
 * one is begun (log-segments.ts), so no file grows without bound and nothing is ever deleted.
 * Appends never rewrite a file, so a crash can at worst cut off the line being written, which the
 * next open sets aside. A record appended again with the same id (an updated exchange) replaces
 * the earlier one in memory; on disk the later line wins on reload. docs/workspace.md "The
 * exchange log" says what is on disk when.
 *
 * Every line written is also added to the log's search index (exchange-index/), so search() and
 * exportMatches() cover the whole log since the last clear, not only the window.
 */
import { open, stat } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import type { Exchange } from '../../shared/model/exchange'
import type { ExchangeFilter } from '../../shared/model/exchange-summary'
import { errnoOf, notWritable, WorkspaceError } from './errors'
import type { WorkspaceProblem } from './errors'
import { LogIndex } from './exchange-index/log-index'
import { exportLog, findInLog, searchLog } from './exchange-index/search-log'
import type { LogSources } from './exchange-index/search-log'
import { viewOf } from './exchange-index/read-segment'
import { ExchangeWindow } from './exchange-window'
import { EXCHANGES_FILE } from './layout'
import { closeSegment, continuedSegments, SegmentStamps } from './log-segments'
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
  /** An exchange in the in-memory window (older ones: find()). */
  byId(id: string): Exchange | undefined
  /**
   * The newest `limit` exchanges of the whole log since the last clear that match the filter
   * (matchesExchange), oldest first. Waits for the index only as far back as it has to read.
   */
  search(filter: ExchangeFilter, limit: number): Promise<Exchange[]>
  /**
   * Every exchange of the log since the last clear that matches, oldest first, a batch at a time
   * (an export streams these: the log is never held whole). Starts once the index is complete.
   */
  exportMatches(filter: ExchangeFilter): AsyncGenerator<Exchange[]>
  /** The exchange with this id anywhere in the log since the last clear. */
  find(id: string): Promise<Exchange | undefined>
  /** Resolves once the search index covers every segment (for tests and the bench). */
  indexReady(): Promise<void>
  /**
   * Resolves once every exchange appended so far has been handed to the operating system (it then
   * survives the process being killed), whether or not the write succeeded: never rejects.
   */
  written(): Promise<void>
  /** Waits until every appended line is on disk; throws the WorkspaceError of a failed write. */
  flush(): Promise<void>
  /**
   * Starts an empty log. Nothing is deleted: the current file is renamed to
   * exchanges-<time>-cleared.ndjson beside it, and that name is returned (undefined when it was
   * empty). Start-up never reads back past a cleared segment.
   */
  clear(nowMs: number): Promise<string | undefined>
  close(): Promise<void>
}

export interface ExchangeLogOptions {
  /** Exchanges kept in memory. */
  readonly window: number
  /** Wall clock for segment and aside-file names. */
  readonly now: () => number
  /** The active segment's size limit, read before every batch (the setting may change). */
  readonly segmentBytes: () => number
  readonly report: (problem: WorkspaceProblem) => void
}

/** Opens the log: reads its end into the window (read-exchange-log.ts), then appends to it. */
export async function openExchangeLog(
  root: string,
  options: ExchangeLogOptions,
): Promise<{ log: ExchangeLog; problems: WorkspaceProblem[] }> {
  const memory = new ExchangeWindow(options.window)
  const reading = await readExchangeLog(root, memory, options.now())
  const active: ActiveFile = {
    size: reading.size,
    needsNewline: reading.needsNewline,
    stamps: new SegmentStamps(reading.segments),
  }
  const searched = continuedSegments(reading.segments).reverse()
  const index = new LogIndex(root, searched, () => active.size)
  const log = new ExchangeLogFile(root, memory, options, active, index)
  index.start()
  return { log, problems: reading.problems }
}

/** A batch being written: lines, their exchanges and byte lengths, index for index. */
interface Batch {
  readonly lines: readonly string[]
  readonly exchanges: readonly Exchange[]
  readonly sizes: readonly number[]
}

interface ActiveFile {
  /** Bytes in exchanges.ndjson. */
  size: number
  /** Set when the file ends without '\n': the next write starts with one. */
  needsNewline: boolean
  readonly stamps: SegmentStamps
}

/** Exchanges indexed between two turns of the event loop while a batch is written. */
const INDEX_SLICE = 256

class ExchangeLogFile implements ExchangeLog {
  private pending: string[] = []
  private pendingExchanges: Exchange[] = []
  /** The batch being written and indexed; its exchanges before `inFlightDone` are in the index. */
  private inFlight: Batch | undefined
  private inFlightDone = 0
  private writing: Promise<void> | undefined
  private failure: WorkspaceError | undefined
  private handle: FileHandle | undefined
  private closed = false
  /** After a rotation failed: bytes the file may grow past the limit before the next try. */
  private rotationGrace = 0
  /** Lines appended, and lines whose write has finished (or failed): written() waits on these. */
  private appended = 0
  private settled = 0
  private waiters: { readonly upTo: number; readonly resolve: () => void }[] = []
  private readonly path: string
  private readonly root: string
  private readonly memory: ExchangeWindow
  private readonly options: ExchangeLogOptions
  private readonly active: ActiveFile
  private readonly index: LogIndex

  constructor(
    root: string,
    memory: ExchangeWindow,
    options: ExchangeLogOptions,
    active: ActiveFile,
    index: LogIndex,
  ) {
    this.root = root
    this.path = join(root, EXCHANGES_FILE)
    this.memory = memory
    this.options = options
    this.active = active
    this.index = index
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
    this.pendingExchanges.push(exchange)
    this.appended += 1
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

  search(filter: ExchangeFilter, limit: number): Promise<Exchange[]> {
    return searchLog(this.sources(), filter, limit)
  }

  async *exportMatches(filter: ExchangeFilter): AsyncGenerator<Exchange[]> {
    // Taken once the index is whole, so the export is the log as it was at that moment.
    await this.index.whenReady()
    yield* exportLog(this.sources(), filter)
  }

  find(id: string): Promise<Exchange | undefined> {
    return findInLog(this.sources(), id)
  }

  indexReady(): Promise<void> {
    return this.index.whenReady()
  }

  /** What a search reads, as of now. */
  private sources(): LogSources {
    return {
      root: this.root,
      window: this.memory.recent(Number.POSITIVE_INFINITY),
      // Appended and not yet in the index (being written, or just written): read from memory.
      unindexed: (this.inFlight?.exchanges.slice(this.inFlightDone) ?? []).concat(
        this.pendingExchanges,
      ),
      segments: viewOf(this.index.newestFirst()),
    }
  }

  written(): Promise<void> {
    // Only the lines appended so far: under a steady stream of appends the writer is never idle,
    // and an answer waiting for that would wait for ever.
    const upTo = this.appended
    if (this.settled >= upTo) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push({ upTo, resolve }))
  }

  async flush(): Promise<void> {
    await this.written()
    const failure = this.failure
    this.failure = undefined
    if (failure) throw failure
  }

  async clear(nowMs: number): Promise<string | undefined> {
    await this.flush()
    // The archive needs the writer idle: an append may have started a batch after flush().
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
    await this.closeHandle()
    const size = await stat(this.path).then(
      (s) => s.size,
      () => 0,
    )
    if (size === 0) return undefined
    const name = await closeSegment(this.root, this.active.stamps, nowMs, 'cleared')
    this.index.cleared()
    this.active.size = 0
    this.active.needsNewline = false
    return name
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    try {
      await this.flush()
    } finally {
      await this.closeHandle()
      await this.index.close()
    }
  }

  /**
   * Writes queued lines in batches, whole lines only: one write per batch, split where the active
   * segment would pass its limit (a line longer than the limit gets a segment of its own).
   */
  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const lines = this.pending
      const exchanges = this.pendingExchanges
      this.pending = []
      this.pendingExchanges = []
      const sizes = new Array<number>(lines.length)
      this.inFlight = { lines, exchanges, sizes }
      this.inFlightDone = 0
      let from = 0
      let partBytes = 0
      for (let i = 0; i < lines.length; i += 1) {
        const bytes = Buffer.byteLength(lines[i] ?? '')
        sizes[i] = bytes
        const size = this.active.size + partBytes
        if (size > 0 && size + bytes > this.options.segmentBytes() + this.rotationGrace) {
          await this.writePart({ lines, exchanges, sizes }, from, i)
          from = i
          partBytes = 0
          await this.rotate()
        }
        partBytes += bytes
      }
      await this.writePart({ lines, exchanges, sizes }, from, lines.length)
      this.inFlight = undefined
    }
  }

  /** Writes lines [from, to) of a batch, then adds them to the index. */
  private async writePart(batch: Batch, from: number, to: number): Promise<void> {
    if (to <= from) return
    const start = await this.write(batch.lines.slice(from, to), batch.sizes, from)
    if (start !== undefined) {
      let offset = start
      for (let i = from; i < to; i += 1) {
        if (i > from && (i - from) % INDEX_SLICE === 0) await yieldToLoop()
        const exchange = batch.exchanges[i]
        const bytes = batch.sizes[i] ?? 0
        if (exchange !== undefined) this.index.addWritten(exchange, offset, bytes)
        offset += bytes
        this.inFlightDone = i + 1
      }
    }
    // Indexed now (or lost to a failed write: then only the window still lists them).
    this.inFlightDone = to
  }

  /** Appends the lines; returns the offset of the first one, or undefined when it failed. */
  private async write(
    lines: readonly string[],
    sizes: readonly number[],
    firstSize: number,
  ): Promise<number | undefined> {
    const prefix = this.active.needsNewline ? '\n' : ''
    const text = prefix + lines.join('')
    try {
      this.handle ??= await open(this.path, 'a')
      const start = this.active.size + prefix.length
      await this.handle.appendFile(text, 'utf8')
      let bytes = prefix.length
      for (let i = 0; i < lines.length; i += 1) bytes += sizes[firstSize + i] ?? 0
      this.active.needsNewline = false
      this.active.size += bytes
      return start
    } catch (error) {
      const failure = notWritable(this.path, error)
      this.failure = failure
      this.options.report({
        code: 'not-writable',
        severity: 'error',
        file: EXCHANGES_FILE,
        message: `${lines.length} exchange(s) were not written to ${EXCHANGES_FILE} (${errnoOf(error) ?? failure.message}); they are still shown until mpsim closes`,
      })
      return undefined
    } finally {
      this.settle(lines.length)
    }
  }

  /** Lines are written in the order appended: the first `settled` ones are done. */
  private settle(lines: number): void {
    this.settled += lines
    const ready = this.waiters.filter((w) => w.upTo <= this.settled)
    this.waiters = this.waiters.filter((w) => w.upTo > this.settled)
    for (const waiter of ready) waiter.resolve()
  }

  /** Closes the active segment; on failure keeps appending to it and tries again later. */
  private async rotate(): Promise<void> {
    try {
      await this.closeHandle()
      const name = await closeSegment(this.root, this.active.stamps, this.options.now(), 'rotated')
      this.index.rotated(name, this.active.size)
      this.active.size = 0
      this.active.needsNewline = false
      this.rotationGrace = 0
    } catch (error) {
      // Losing lines would be worse than a big file: grow by another segment's worth, then retry.
      this.rotationGrace += this.options.segmentBytes()
      this.options.report({
        code: 'not-writable',
        severity: 'warning',
        file: EXCHANGES_FILE,
        message: `${EXCHANGES_FILE} could not be closed as a segment (${errnoOf(error) ?? String(error)}); appends go on in it and closing it is tried again later`,
      })
    }
  }

  /**
   * Closes the active file after asking the OS to put it on the disk itself: once per segment or
   * per stop, so a closed segment survives a power cut (appends alone are only in the OS's cache).
   */
  private async closeHandle(): Promise<void> {
    const handle = this.handle
    this.handle = undefined
    if (handle === undefined) return
    try {
      await handle.datasync()
    } finally {
      await handle.close()
    }
  }
}
