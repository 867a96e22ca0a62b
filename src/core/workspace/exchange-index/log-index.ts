/**
 * The search index of the whole exchange log since the last clear (docs/workspace.md "Searching
 * the whole log"): one SegmentIndex per segment, kept up to date as lines are written.
 *
 * Opening a workspace does not wait for it. In the background, the active segment comes first
 * (its checkpoint from the last stop, then the lines written after it), then the closed segments
 * newest first (their index files, or the segment read again when the file is missing or does not
 * match). A search waits only for the segments it reaches, newest first, so the common case (the
 * newest matches fill the page) answers while older segments are still being read.
 *
 * Closed segments never change, so their index file is written once, when the segment closes;
 * the active segment's is written as a checkpoint when the log closes.
 */
import { mkdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Exchange } from '../../../shared/model/exchange'
import { EXCHANGE_INDEX_DIR, EXCHANGES_FILE, exchangeIndexFile } from '../layout'
import type { ClosedSegment } from '../log-segments'
import { removeStaleTempFiles } from '../stale-temp-files'
import { indexFile } from './build-segment'
import { BLOOM_WORDS } from './grams'
import { bitSlice, SegmentIndex } from './segment-index'
import { encodeSidecar, fingerprintOf, loadSidecar, sameFingerprint, saveSidecar } from './sidecar'

/** One segment's index and whether a search can use it yet. */
export class SegmentHandle {
  index: SegmentIndex
  state: 'pending' | 'ready' | 'dropped' = 'pending'
  /** Resolves when the index is complete, or the segment was dropped (a clear, a close). */
  readonly ready: Promise<void>
  /** Set when the segment is closed: the size of its file, which will not change. */
  finalSize: number | undefined
  private resolve: () => void = () => undefined

  constructor(index: SegmentIndex, finalSize?: number) {
    this.index = index
    this.finalSize = finalSize
    this.ready = new Promise((resolve) => {
      this.resolve = resolve
    })
  }

  settle(state: 'ready' | 'dropped'): void {
    if (this.state !== 'pending') return
    this.state = state
    this.resolve()
  }
}

export class LogIndex {
  /** Closed segments after the last clear, oldest first. */
  private closed: SegmentHandle[]
  private active: SegmentHandle
  /** Bumped by clear and close: background work of an older generation stops. */
  private generation = 0
  private background: Promise<void> = Promise.resolve()
  private readonly saves = new Set<Promise<void>>()
  /** Bytes the active segment's checkpoint covered when it was loaded. */
  private checkpointCovered = 0
  private readonly root: string
  private readonly activeSize: () => number

  /**
   * `segments`: the closed segments after the last clear, oldest first; `activeSize`: the bytes
   * of exchanges.ndjson written so far (the writer's count: a write in flight is not read).
   */
  constructor(root: string, segments: readonly ClosedSegment[], activeSize: () => number) {
    this.root = root
    this.activeSize = activeSize
    this.closed = segments.map((s) => new SegmentHandle(new SegmentIndex(s.name)))
    this.active = new SegmentHandle(new SegmentIndex(EXCHANGES_FILE))
  }

  /** Starts loading and building in the background. */
  start(): void {
    const generation = this.generation
    // Taken now: a rotation before the work begins must not swap the segment being prepared.
    const active = this.active
    this.background = this.prepare(active, generation).catch(() => {
      // An index that cannot be built leaves its segments pending: searches fall back to what
      // is ready, and the next open tries again.
      if (generation === this.generation) this.dropPending()
    })
  }

  /** Resolves once every segment known now is indexed (or dropped). */
  async whenReady(): Promise<void> {
    await Promise.all(this.newestFirst().map((h) => h.ready))
  }

  /** The active segment, then the closed ones newest first. */
  newestFirst(): SegmentHandle[] {
    return [this.active, ...this.closed.slice().reverse()]
  }

  /** Lines just written to the active segment (ignored while its index is still being built). */
  addWritten(exchange: Exchange, offset: number, bytes: number): void {
    if (this.active.state !== 'ready') return
    try {
      this.active.index.add(exchange, offset, bytes)
    } catch {
      // A record this index cannot read is still listed by the in-memory window.
    }
  }

  /** exchanges.ndjson was closed as `name` at `size` bytes; appends begin a new one. */
  rotated(name: string, size: number): void {
    const closing = this.active
    closing.index.name = name
    closing.finalSize = size
    this.closed.push(closing)
    this.active = this.liveActive()
    // Still being built: the background finishes it, then seals it.
    if (closing.state === 'ready') this.track(this.sealAndSave(closing))
  }

  /** The log was cleared: nothing before is searched again. */
  cleared(): void {
    this.generation += 1
    this.dropPending()
    this.closed = []
    this.active = this.liveActive()
    this.checkpointCovered = 0
  }

  /** Stops background work, waits for index files being written, saves the checkpoint. */
  async close(): Promise<void> {
    this.generation += 1
    await this.background
    while (this.saves.size > 0) await Promise.all([...this.saves])
    const active = this.active.index
    this.dropPending()
    if (active.coveredBytes <= this.checkpointCovered || active.blooms === undefined) return
    await this.saveCheckpoint(active).catch(() => undefined)
  }

  private liveActive(): SegmentHandle {
    const handle = new SegmentHandle(new SegmentIndex(EXCHANGES_FILE))
    handle.settle('ready')
    return handle
  }

  private dropPending(): void {
    for (const handle of [this.active, ...this.closed]) handle.settle('dropped')
  }

  private track(save: Promise<void>): void {
    const tracked = save.catch(() => undefined).finally(() => this.saves.delete(tracked))
    this.saves.add(tracked)
  }

  private async prepare(active: SegmentHandle, generation: number): Promise<void> {
    await removeStaleTempFiles([join(this.root, EXCHANGE_INDEX_DIR)], Date.now())
    await this.prepareActive(active, generation).catch(() => {
      // Unreadable: what it holds so far is searched, and what is written from now on.
      if (active.finalSize === undefined) active.index.cover(this.activeSize())
      active.settle(active.finalSize === undefined ? 'ready' : 'dropped')
    })
    for (;;) {
      if (generation !== this.generation) return
      // Newest first; a segment closed meanwhile is already in the list (and ready).
      const next = this.closed
        .slice()
        .reverse()
        .find((h) => h.state === 'pending')
      if (next === undefined) return
      await this.prepareClosed(next, generation)
    }
  }

  /** The checkpoint, then every line after it; goes live once caught up with the writer. */
  private async prepareActive(handle: SegmentHandle, generation: number): Promise<void> {
    const stop = () => generation !== this.generation
    const checkpoint = await loadSidecar(join(this.root, exchangeIndexFile(EXCHANGES_FILE)))
    if (stop()) return
    const filters = checkpoint?.layout === 'blocks' ? checkpoint.filters : undefined
    if (checkpoint !== undefined && filters !== undefined) {
      const covered = checkpoint.columns.coveredBytes
      const path = join(this.root, handle.index.name)
      const size = await stat(path).then(
        (s) => s.size,
        () => -1,
      )
      if (size >= covered && covered > 0) {
        const found = await fingerprintOf(path, covered)
        if (sameFingerprint(found, checkpoint.fingerprint)) {
          // Room to grow: the segment goes on taking exchanges.
          const blooms = new Uint32Array(Math.max(64, checkpoint.columns.blocks * 2) * BLOOM_WORDS)
          blooms.set(new Uint32Array(new Uint8Array(filters).buffer))
          handle.index = SegmentIndex.from(handle.index.name, checkpoint.columns, {
            blooms,
            lastBlockBits: checkpoint.lastBlockBits,
          })
          this.checkpointCovered = covered
        }
      }
    }
    for (;;) {
      if (stop()) return
      const end = handle.finalSize ?? this.activeSize()
      if (handle.index.coveredBytes >= end) {
        if (handle.finalSize === undefined) {
          handle.settle('ready')
          return
        }
        // Closed while being built: now it is whole.
        await this.sealAndSave(handle, stop)
        return
      }
      const path = join(this.root, handle.index.name)
      const done = await indexFile(handle.index, path, end, stop).catch((error: unknown) => {
        // Renamed by a rotation between naming it and opening it: the next turn has the name.
        if ((error as { code?: string }).code === 'ENOENT') return true
        throw error
      })
      if (!done) return
    }
  }

  /** Its index file when it matches the segment; otherwise the segment is read again. */
  private async prepareClosed(handle: SegmentHandle, generation: number): Promise<void> {
    const stop = () => generation !== this.generation
    const name = handle.index.name
    const path = join(this.root, name)
    try {
      const size = (await stat(path)).size
      handle.finalSize = size
      const sidecarPath = join(this.root, exchangeIndexFile(name))
      const content = await loadSidecar(sidecarPath)
      if (
        content?.layout === 'rows' &&
        content.columns.coveredBytes === size &&
        sameFingerprint(await fingerprintOf(path, size), content.fingerprint)
      ) {
        const index = SegmentIndex.from(name, content.columns)
        index.useDiskRows({ path: sidecarPath, at: content.filtersAt, rowBytes: content.rowBytes })
        handle.index = index
        handle.settle('ready')
        return
      }
      if (stop()) return
      if (!(await indexFile(handle.index, path, size, stop))) return
      await this.sealAndSave(handle, stop)
    } catch {
      // Deleted by the user meanwhile, or unreadable: searched no further than the others.
      handle.settle('dropped')
    }
  }

  /**
   * A closed segment's index is complete: it serves searches from memory at once, and from its
   * index file (filters bit-sliced, memory freed) once that is written.
   */
  private async sealAndSave(
    handle: SegmentHandle,
    stop: () => boolean = () => false,
  ): Promise<void> {
    const index = handle.index
    index.seal()
    handle.settle('ready')
    const blooms = index.blooms
    if (blooms === undefined || stop()) return
    const path = join(this.root, index.name)
    const sidecarPath = join(this.root, exchangeIndexFile(index.name))
    try {
      const fingerprint = await fingerprintOf(path, index.coveredBytes)
      const { rows, rowBytes } = await bitSlice(blooms, index.blocks)
      const data = encodeSidecar(index, 'rows', rows, index.lastBlockBits, fingerprint)
      await mkdir(join(this.root, EXCHANGE_INDEX_DIR), { recursive: true })
      await saveSidecar(sidecarPath, data)
      index.useDiskRows({ path: sidecarPath, at: data.length - rows.length, rowBytes })
    } catch {
      // Not written (a read-only or full disk): the filters stay in memory, and the segment is
      // read again at the next open.
    }
  }

  private async saveCheckpoint(index: SegmentIndex): Promise<void> {
    const blooms = index.blooms
    if (blooms === undefined) return
    const fingerprint = await fingerprintOf(join(this.root, index.name), index.coveredBytes)
    const filters = new Uint8Array(blooms.buffer, blooms.byteOffset, index.blocks * BLOOM_WORDS * 4)
    const data = encodeSidecar(index, 'blocks', filters, index.lastBlockBits, fingerprint)
    await mkdir(join(this.root, EXCHANGE_INDEX_DIR), { recursive: true })
    await saveSidecar(join(this.root, exchangeIndexFile(EXCHANGES_FILE)), data)
  }
}
