/**
 * Debounced, serialised saving of one file. Changes arrive in bursts (a whole user list edited,
 * a subscribe event changing a user) and each save rewrites the whole file, so saves are
 * coalesced; they never overlap, because two renames finishing out of order could leave the older
 * snapshot on disk. The snapshot is taken when a save starts, so the last change always lands.
 *
 * A change nobody waits for is saved after the debounce. A caller that must not go on before its
 * change is on disk (a control command about to answer, docs/workspace.md "What is durable
 * when") calls flush(). Everyone who asks while a save is running shares the one save that
 * follows it, so a steady stream of N acknowledged edits costs a write per round, not N writes.
 */
export class SaveQueue {
  /** Changed since the snapshot of the last save that started. */
  private dirty = false
  private timer: NodeJS.Timeout | undefined
  /** The save in progress, if any (there is never more than one). */
  private running: Promise<void> | undefined
  /** The save that starts when `running` ends, shared by every flush() that asked meanwhile. */
  private next: Promise<void> | undefined
  private readonly save: () => Promise<void>
  private readonly delayMs: number
  private readonly onFailure: (error: unknown) => void

  /** `onFailure` hears of every failed save; flush() also throws the error of the save it awaited. */
  constructor(save: () => Promise<void>, delayMs: number, onFailure: (error: unknown) => void) {
    this.save = save
    this.delayMs = delayMs
    this.onFailure = onFailure
  }

  /** Marks the file changed; it is saved after `delayMs` unless flush() comes first. */
  schedule(): void {
    this.dirty = true
    if (this.timer !== undefined) return
    this.timer = setTimeout(() => {
      this.timer = undefined
      // Failures are reported through onFailure and retried by the next save or flush.
      this.flush().catch(() => undefined)
    }, this.delayMs)
  }

  /**
   * Saves now if anything changed, and waits for any save in progress. When it resolves, every
   * change marked before the call is on disk; it rejects with the error of a failed save.
   */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer)
      this.timer = undefined
    }
    // Not dirty: the latest save to start took every change so far; wait for it if it runs still.
    if (!this.dirty) return this.running ?? Promise.resolve()
    if (this.running === undefined) return this.start()
    // The running save's snapshot predates the change: wait for the next one, with everyone else.
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.next = undefined
        // Through flush() again, never start() directly: another caller may have started a save
        // in the gap, and two saves must not overlap.
        return this.flush()
      })
    return this.next
  }

  private start(): Promise<void> {
    this.dirty = false
    let saving: Promise<void>
    try {
      saving = this.save() // takes its snapshot now, in the same tick as `dirty = false`
    } catch (error) {
      saving = Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
    const done = saving.then(
      () => {
        this.running = undefined
      },
      (error: unknown) => {
        this.running = undefined
        this.dirty = true // still not on disk: the next schedule() or flush() tries again
        this.onFailure(error)
        throw error
      },
    )
    this.running = done
    return done
  }
}
