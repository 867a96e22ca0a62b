/**
 * Load helpers: autocannon for a fixed request, and a closed loop of N concurrent workers for our
 * own engine, both for a fixed duration, reported as completed requests per second.
 */
import autocannon from 'autocannon'

export interface FixedRequest {
  readonly url: string
  readonly method: 'GET' | 'POST'
  readonly headers?: Record<string, string>
  readonly body?: string | Buffer
}

export async function autocannonRate(
  request: FixedRequest,
  connections: number,
  seconds: number,
): Promise<number> {
  const result = await autocannon({
    url: request.url,
    method: request.method,
    ...(request.headers ? { headers: request.headers } : {}),
    ...(request.body === undefined ? {} : { body: request.body }),
    connections,
    duration: seconds,
  })
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`autocannon: ${result.non2xx} non-2xx answers, ${result.errors} errors`)
  }
  return result.requests.total / seconds
}

/** `connections` workers each running `once` back to back until the time is up. */
export async function closedLoopRate(
  once: () => Promise<void>,
  connections: number,
  seconds: number,
): Promise<number> {
  const until = performance.now() + seconds * 1000
  let done = 0
  const worker = async () => {
    while (performance.now() < until) {
      await once()
      done++
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: connections }, worker))
  return done / ((performance.now() - started) / 1000)
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}
