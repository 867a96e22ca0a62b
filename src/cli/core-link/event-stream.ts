/**
 * The core's live events (GET /api/events, server-sent events) read with fetch, for a command that
 * shows progress while its own call is still running (`mpsim replay`'s progress bar). Resolves
 * once the stream is open, so no event of a run started afterwards is missed; every event is
 * checked against the shared table (shared/control/events.ts) like the renderer does.
 */
import { TOKEN_HEADER } from '../../shared/control/contract'
import { isEventName, readEvent } from '../../shared/control/events'
import type { CoreEvent } from '../../shared/control/events'

export type StopEvents = () => void

export async function openEventStream(
  baseUrl: string,
  token: string,
  onEvent: (event: CoreEvent) => void,
): Promise<StopEvents> {
  const abort = new AbortController()
  const response = await fetch(`${baseUrl}/api/events`, {
    headers: { [TOKEN_HEADER]: token, accept: 'text/event-stream' },
    signal: abort.signal,
  })
  if (!response.ok || response.body === null) {
    abort.abort()
    throw new Error(`the core's event stream answered HTTP ${response.status}`)
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  const dispatch = (block: string) => {
    let name = ''
    const data: string[] = []
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) name = line.slice(6).trim()
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart())
    }
    if (name === '' || !isEventName(name) || data.length === 0) return
    let parsed: unknown
    try {
      parsed = JSON.parse(data.join('\n'))
    } catch {
      return
    }
    const event = readEvent(name, parsed)
    if (event) onEvent(event)
  }
  const pump = async () => {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      buffer += value
      let end = buffer.indexOf('\n\n')
      while (end >= 0) {
        dispatch(buffer.slice(0, end))
        buffer = buffer.slice(end + 2)
        end = buffer.indexOf('\n\n')
      }
    }
  }
  // Ends with an AbortError when stopped: that is the normal end, not a failure.
  pump().catch(() => undefined)
  return () => abort.abort()
}
