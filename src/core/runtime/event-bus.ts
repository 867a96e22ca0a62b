/**
 * In-process publish/subscribe for engine events (new Exchanges, deliveries in progress, chat
 * messages to a user's phone, menu changes). The control API forwards them to the renderer; the CLI prints them. Listeners that
 * throw are isolated so one broken subscriber cannot stop a delivery.
 */
import type { EventData, EventName } from '../../shared/control/events'

export type { PhoneMessage } from '../../shared/model/phone-message'

/** The bus carries exactly the live event stream's table (shared/control/events.ts). */
export type EngineEvents = { [K in EventName]: EventData<K> }

type Listener<T> = (value: T) => void

export class EventBus {
  private readonly listeners = new Map<keyof EngineEvents, Set<Listener<never>>>()

  on<K extends keyof EngineEvents>(name: K, listener: Listener<EngineEvents[K]>): () => void {
    let set = this.listeners.get(name)
    if (!set) {
      set = new Set()
      this.listeners.set(name, set)
    }
    set.add(listener)
    return () => set.delete(listener)
  }

  /**
   * Whether anyone listens: a publisher whose event is costly to build (a whole Exchange per
   * attempt) skips building it when nobody would read it.
   */
  has(name: keyof EngineEvents): boolean {
    const set = this.listeners.get(name)
    return set !== undefined && set.size > 0
  }

  emit<K extends keyof EngineEvents>(name: K, value: EngineEvents[K]): void {
    const set = this.listeners.get(name)
    if (!set) return
    for (const listener of set) {
      try {
        ;(listener as Listener<EngineEvents[K]>)(value)
      } catch (error) {
        // A subscriber's bug must not break the engine; surface it on stderr.
        console.error(`mpsim: a listener for "${name}" failed:`, error)
      }
    }
  }
}
