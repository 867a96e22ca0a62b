/**
 * The in-memory window of the exchange log: the last N exchanges by first appearance. A Map keeps
 * insertion order, so eviction of the oldest is O(1), and re-setting an id (an updated exchange)
 * replaces it in place.
 */
import type { Exchange } from '../../shared/model/exchange'

export class ExchangeWindow {
  private readonly items = new Map<string, Exchange>()
  private readonly size: number
  constructor(size: number) {
    this.size = size
  }

  /** How many exchanges the window keeps. */
  get capacity(): number {
    return this.size
  }

  remember(exchange: Exchange): void {
    this.items.set(exchange.id, exchange)
    while (this.items.size > this.size) {
      const oldest = this.items.keys().next()
      if (oldest.done === true) break
      this.items.delete(oldest.value)
    }
  }

  recent(limit: number): Exchange[] {
    const all = [...this.items.values()]
    return limit >= all.length ? all : all.slice(all.length - limit)
  }

  clear(): void {
    this.items.clear()
  }

  get(id: string): Exchange | undefined {
    return this.items.get(id)
  }
}
