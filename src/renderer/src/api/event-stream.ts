/**
 * Live engine events from GET /api/events (server-sent events): the one client of the event table
 * in shared/control/events.ts. Read with fetch, not EventSource, because EventSource cannot send
 * the token header. Reconnects with a capped backoff. Every event is checked against its schema;
 * the listener gets typed events only (an event of an unknown name, or data that does not fit, is
 * reported through `onInvalid` and skipped, as the control client refuses a bad answer).
 */
import { TOKEN_HEADER } from '../../../shared/control/contract'
import { isEventName, readEvent } from '../../../shared/control/events'
import type { CoreEvent, EventName } from '../../../shared/control/events'

export type { CoreEvent, EventName }

export interface EventStreamOptions {
  token: string
  /** @default '' (the page's origin) */
  baseUrl?: string
  onEvent: (event: CoreEvent) => void
  /** An event whose data did not match its schema (a core of another version, a bug). */
  onInvalid?: (name: string) => void
  /** Connected or not, for a status indicator. */
  onStatus?: (connected: boolean) => void
}

/** Splits an SSE text buffer into complete events; returns the unfinished rest. */
export function parseSse(buffer: string): {
  events: { name: string; data: string }[]
  rest: string
} {
  const events: { name: string; data: string }[] = []
  const blocks = buffer.split('\n\n')
  const rest = blocks.pop() ?? ''
  for (const block of blocks) {
    let name = 'message'
    const data: string[] = []
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) name = line.slice(7)
      else if (line.startsWith('data: ')) data.push(line.slice(6))
    }
    if (data.length > 0) events.push({ name, data: data.join('\n') })
  }
  return { events, rest }
}

function deliver(raw: { name: string; data: string }, options: EventStreamOptions): void {
  // Names this client does not know are a newer core's additions: ignored, not an error.
  if (!isEventName(raw.name)) return
  let data: unknown
  try {
    data = JSON.parse(raw.data)
  } catch {
    options.onInvalid?.(raw.name)
    return
  }
  const event = readEvent(raw.name, data)
  if (event) options.onEvent(event)
  else options.onInvalid?.(raw.name)
}

export function openEventStream(options: EventStreamOptions): () => void {
  const controller = new AbortController()
  let delay = 500
  const run = async (): Promise<void> => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch(`${options.baseUrl ?? ''}/api/events`, {
          headers: { [TOKEN_HEADER]: options.token, accept: 'text/event-stream' },
          signal: controller.signal,
        })
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`)
        options.onStatus?.(true)
        delay = 500
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
        let buffer = ''
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          const parsed = parseSse(buffer + value)
          buffer = parsed.rest
          for (const raw of parsed.events) deliver(raw, options)
        }
      } catch {
        // Aborted on purpose, or the core went away: wait, then try again.
      }
      options.onStatus?.(false)
      if (controller.signal.aborted) return
      await new Promise((resolve) => setTimeout(resolve, delay))
      delay = Math.min(delay * 2, 8000)
    }
  }
  void run()
  return () => controller.abort()
}
