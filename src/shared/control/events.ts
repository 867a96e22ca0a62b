/**
 * The live event stream (GET /api/events, server-sent events) as one table: event name → schema
 * of its data. The core's bus is typed from it, the server writes these names, and the renderer's
 * one client (renderer/src/api/event-stream.ts) checks every event against its schema, so the
 * stream is part of the contract like the commands are.
 */
import { z } from 'zod'
import { exchangeSchema, pushExchangeSchema } from '../model/exchange-schema'
import { phoneMessageSchema } from '../model/phone-message'
import { LoadProgress } from './load-schemas'
import { ImportCapturesOutput, ReplayProgress } from './replay-schemas'

export const events = {
  /** An Exchange recorded whole (a push once its delivery ended, an API call, a verification). */
  exchange: exchangeSchema,
  /**
   * A push still being delivered: the same id as the `exchange` that ends it, published when it
   * starts and after each attempt that WeChat retries, with `inProgress: true`.
   */
  exchangeProgress: pushExchangeSchema,
  /** Something a simulated phone shows. */
  phone: phoneMessageSchema,
  /** The bot created or deleted an account's custom menu: read it again. */
  menu: z.object({ accountId: z.string() }),
  /** A replay run moved on: a step finished (docs/replay.md); `runId` names the run. */
  replayProgress: ReplayProgress,
  /**
   * Captures imported by the desktop host (File › Import captures): the open app shows the report
   * in its Replay panel, as if the files had been dropped on it.
   */
  capturesImported: ImportCapturesOutput,
  /** A load run moved on (about twice a second) or ended (docs/load.md); `runId` names the run. */
  loadProgress: LoadProgress,
} as const

export type EventTable = typeof events
export type EventName = keyof EventTable
export type EventData<K extends EventName> = z.output<EventTable[K]>

export const EVENT_NAMES = Object.keys(events) as EventName[]

/** One event as the renderer receives it, discriminated by name. */
export type CoreEvent = {
  [K in EventName]: { readonly name: K; readonly data: EventData<K> }
}[EventName]

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name)
}

/** The event checked against its schema; undefined when the data does not fit it. */
export function readEvent(name: EventName, data: unknown): CoreEvent | undefined {
  switch (name) {
    case 'exchange': {
      const parsed = events.exchange.safeParse(data)
      return parsed.success ? { name, data: parsed.data } : undefined
    }
    case 'exchangeProgress': {
      const parsed = events.exchangeProgress.safeParse(data)
      return parsed.success ? { name, data: parsed.data } : undefined
    }
    case 'phone': {
      const parsed = events.phone.safeParse(data)
      return parsed.success ? { name, data: parsed.data } : undefined
    }
    case 'menu': {
      const parsed = events.menu.safeParse(data)
      return parsed.success ? { name, data: parsed.data } : undefined
    }
    case 'replayProgress': {
      const parsed = events.replayProgress.safeParse(data)
      return parsed.success ? { name, data: parsed.data } : undefined
    }
    case 'capturesImported': {
      const parsed = events.capturesImported.safeParse(data)
      return parsed.success ? { name, data: parsed.data } : undefined
    }
    case 'loadProgress': {
      const parsed = events.loadProgress.safeParse(data)
      return parsed.success ? { name, data: parsed.data } : undefined
    }
  }
}
