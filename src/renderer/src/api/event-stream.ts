/**
 * Live engine events from GET /api/events (server-sent events). Read with fetch, not EventSource,
 * because EventSource cannot send the token header. Reconnects with a capped backoff; the
 * listener sees every `exchange`, `phone` and `menu` event as parsed JSON.
 */
import { TOKEN_HEADER } from '../../../shared/control/contract'

export type EventName = 'exchange' | 'phone' | 'menu'

export interface EventStreamOptions {
  token: string
  /** @default '' (the page's origin) */
  baseUrl?: string
  onEvent: (name: EventName, data: unknown) => void
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
          for (const event of parsed.events) {
            if (event.name === 'exchange' || event.name === 'phone' || event.name === 'menu') {
              options.onEvent(event.name, JSON.parse(event.data))
            }
          }
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
