/**
 * One server-side call of web authorization (protocol.md §9.4) made by the stepper as if it were
 * the bot: a real HTTP GET from the core to the mock platform, so the platform records it like any
 * bot's call (faults included) and the answer is WeChat's own. The call carries a label header,
 * which is how its Exchange is found among the ones the platform publishes.
 */
import { randomUUID } from 'node:crypto'
import { request } from 'node:http'
import type { IncomingMessage } from 'node:http'
import type { CallPlatformOutput, SnsPath } from '../../../shared/control/oauth-schemas'
import type { Exchange } from '../../../shared/model/exchange'
import type { EventBus } from '../../runtime/event-bus'
import { rawHeaderList } from '../../runtime/node-http'
import { redactSecretsInUrl } from '../../platform/http/redact'

/** Names the call in the platform's record: mpsim's stepper, not the sample bot. */
export const STEPPER_CALL_HEADER = 'x-mpsim-stepper-call'
const USER_AGENT = 'mpsim-oauth-stepper (playing the bot)'
const TIMEOUT_MS = 10_000
/** The /sns answers are a few hundred bytes; anything past this is not WeChat's. */
const MAX_BODY_BYTES = 256 * 1024
/** The platform publishes its record as the answer finishes; this is only a safety margin. */
const RECORD_WAIT_MS = 2_000

export interface PlatformCallDeps {
  readonly platformUrl: string
  readonly bus: EventBus
  /** The AppSecrets to mask in the address echoed back (the platform's log masks them too). */
  readonly secrets: () => readonly string[]
}

interface RawAnswer {
  readonly status: number
  readonly headers: [string, string][]
  readonly body: string
  readonly networkError?: string
}

export async function callPlatform(
  deps: PlatformCallDeps,
  path: SnsPath,
  query: readonly (readonly [string, string])[],
): Promise<CallPlatformOutput> {
  const search = query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
  const target = search.length === 0 ? path : `${path}?${search.join('&')}`
  const label = randomUUID()
  const recorded = waitForRecord(deps.bus, label)
  let answer: RawAnswer
  try {
    answer = await get(new URL(target, deps.platformUrl), label)
  } catch (error) {
    recorded.cancel()
    throw error
  }
  const exchange = await recorded.promise
  const errors = errcodeOf(answer.body)
  return {
    url: redactSecretsInUrl(`${deps.platformUrl}${target}`, deps.secrets()),
    status: answer.status,
    headers: answer.headers,
    body: answer.body,
    ...errors,
    ...(answer.networkError === undefined ? {} : { networkError: answer.networkError }),
    ...(exchange ? { exchange } : {}),
  }
}

function get(url: URL, label: string): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const req = request(url, {
      method: 'GET',
      headers: {
        accept: 'application/json',
        'user-agent': USER_AGENT,
        [STEPPER_CALL_HEADER]: label,
      },
      timeout: TIMEOUT_MS,
    })
    const fail = (message: string) =>
      resolve({ status: 0, headers: [], body: '', networkError: message })
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)))
    req.on('error', (error) => fail(error.message))
    req.on('response', (res) => void readAnswer(res).then(resolve, (e: Error) => fail(e.message)))
    req.end()
  })
}

async function readAnswer(res: IncomingMessage): Promise<RawAnswer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of res) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > MAX_BODY_BYTES) {
      res.destroy()
      throw new Error(`the answer was larger than ${MAX_BODY_BYTES} bytes`)
    }
    chunks.push(buffer)
  }
  return {
    status: res.statusCode ?? 0,
    headers: rawHeaderList(res),
    body: Buffer.concat(chunks).toString('utf8'),
  }
}

/** The platform's Exchange for the call labelled `label`, or undefined if none came in time. */
function waitForRecord(
  bus: EventBus,
  label: string,
): { promise: Promise<Exchange | undefined>; cancel: () => void } {
  let settle: (exchange: Exchange | undefined) => void = () => undefined
  const promise = new Promise<Exchange | undefined>((resolve) => {
    settle = resolve
  })
  const timer = setTimeout(() => finish(undefined), RECORD_WAIT_MS)
  const stop = bus.on('exchange', (exchange) => {
    const headers = exchange.attempts[0]?.request.headers ?? []
    if (
      headers.some(([name, value]) => name.toLowerCase() === STEPPER_CALL_HEADER && value === label)
    ) {
      finish(exchange)
    }
  })
  function finish(exchange: Exchange | undefined): void {
    clearTimeout(timer)
    stop()
    settle(exchange)
  }
  return { promise, cancel: () => finish(undefined) }
}

function errcodeOf(body: string): { errcode?: number; errmsg?: string } {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return {}
  }
  if (typeof json !== 'object' || json === null) return {}
  const record = json as Record<string, unknown>
  return {
    ...(typeof record['errcode'] === 'number' ? { errcode: record['errcode'] } : {}),
    ...(typeof record['errmsg'] === 'string' ? { errmsg: record['errmsg'] } : {}),
  }
}
