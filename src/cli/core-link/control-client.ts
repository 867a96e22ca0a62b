/**
 * The CLI's calls into a core's control API over fetch, typed by the shared contract table (no path
 * or method written here). The renderer has its own client (renderer/src/api/control-client.ts)
 * that the layering rules keep out of the CLI's reach; both read the same table.
 */
import { contract, TOKEN_HEADER } from '../../shared/control/contract'
import type { CommandName, Input, Output } from '../../shared/control/contract'
import type { ControlErrorCode } from '../../shared/control/errors'
import type { CoreEvent } from '../../shared/control/events'
import { openEventStream } from './event-stream'
import type { StopEvents } from './event-stream'

export class CoreRequestError extends Error {
  /** The control API's error code, or 'network' when the core did not answer. */
  readonly code: ControlErrorCode | 'network' | 'bad-response'
  readonly issues: readonly { path: string; message: string }[]
  constructor(
    code: CoreRequestError['code'],
    message: string,
    issues: readonly { path: string; message: string }[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.code = code
    this.issues = issues
  }
}

export interface CoreClient {
  call<K extends CommandName>(name: K, input: Input<K>): Promise<Output<K>>
  /** Opens the live event stream; resolves once it is open, with the function that closes it. */
  events(onEvent: (event: CoreEvent) => void): Promise<StopEvents>
}

export function createCoreClient(baseUrl: string, token: string): CoreClient {
  return {
    events: (onEvent) => openEventStream(baseUrl, token, onEvent),
    async call(name, input) {
      const { method, path, output } = contract[name]
      const headers: Record<string, string> = { [TOKEN_HEADER]: token, accept: 'application/json' }
      let url = `${baseUrl}${path}`
      const init: RequestInit = { method, headers }
      if (method === 'GET') {
        const query = new URLSearchParams()
        for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
          if (value !== undefined) {
            query.append(key, typeof value === 'string' ? value : JSON.stringify(value))
          }
        }
        if (query.size > 0) url = `${url}?${query.toString()}`
      } else {
        headers['content-type'] = 'application/json'
        init.body = JSON.stringify(input)
      }
      let response: Response
      try {
        response = await fetch(url, init)
      } catch (cause) {
        throw new CoreRequestError('network', `the core at ${baseUrl} did not answer`, [], {
          cause,
        })
      }
      const body: unknown = await response.json().catch(() => undefined)
      if (!response.ok) {
        const error = (body as { error?: { code?: string; message?: string; issues?: [] } })?.error
        throw new CoreRequestError(
          (error?.code as ControlErrorCode | undefined) ?? 'bad-response',
          error?.message ?? `HTTP ${response.status} from ${name}`,
          error?.issues ?? [],
        )
      }
      const parsed = output.safeParse(body)
      if (!parsed.success) throw new CoreRequestError('bad-response', parsed.error.message)
      return parsed.data as Output<typeof name>
    },
  }
}
