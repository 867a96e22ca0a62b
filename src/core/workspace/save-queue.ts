/**
 * Debounced, serialised saving of one file. Changes arrive in bursts (a whole user list edited,
 * a subscribe event changing a user) and each save rewrites the whole file, so saves are
 * coalesced; they never overlap, because two renames finishing out of order could leave the older
 * snapshot on disk. The snapshot is taken when a save starts, so the last change always lands.
 */
export class SaveQueue {
  private dirty = false
  private timer: NodeJS.Timeout | undefined
  private chain: Promise<void> = Promise.resolve()
  private readonly save: () => Promise<void>
  private readonly delayMs: number
  private readonly onFailure: (error: unknown) => void

  /** `onFailure` hears of a failed background save; flush() throws the same error. */
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
      this.run().catch(() => undefined)
    }, this.delayMs)
  }

  /** Saves now if anything changed, and waits for any save in progress. */
  async flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer)
      this.timer = undefined
    }
    await this.run()
  }

  private run(): Promise<void> {
    const next = this.chain
      .catch(() => undefined)
      .then(async () => {
        if (!this.dirty) return
        this.dirty = false
        try {
          await this.save()
        } catch (error) {
          this.dirty = true // still not on disk: the next schedule() or flush() tries again
          this.onFailure(error)
          throw error
        }
      })
    this.chain = next
    return next
  }
}
