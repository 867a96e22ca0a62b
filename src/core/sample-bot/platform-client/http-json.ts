/**
 * Calling a WeChat JSON API (protocol.md §10, §12) with the habits that survive real responses:
 * - read the body as text and parse it whatever the Content-Type says (some /sns/* answers were
 *   historically text/plain);
 * - drop raw control characters first: WeChat bodies sometimes contain them, and JSON.parse
 *   refuses them (node-webot strips them, wechatpy parses with strict=False);
 * - treat a missing errcode as success and a non-zero one as a WechatApiError;
 * - give up after a timeout, and as soon as the bot is stopped (the signal).
 */
import { UpstreamError, WechatApiError } from './api-errors'

export type WechatJson = Readonly<Record<string, unknown>>

const TIMEOUT_MS = 10_000

export interface ApiCall {
  /** The API path, e.g. /cgi-bin/token: names the call in errors. */
  readonly api: string
  readonly base: string
  readonly query: Readonly<Record<string, string>>
  readonly signal: AbortSignal
}

/** GET (no body) or POST (a JSON body); the parsed JSON object, errcode still unchecked. */
export async function callJson(call: ApiCall, body?: unknown): Promise<WechatJson> {
  const url = `${call.base}${call.api}?${new URLSearchParams(call.query).toString()}`
  const init: RequestInit =
    body === undefined
      ? {}
      : {
          method: 'POST',
          headers: { 'Content-Type': 'application/json; charset=utf-8' },
          body: JSON.stringify(body),
        }
  let response: Response
  let text: string
  try {
    response = await fetch(url, {
      ...init,
      signal: AbortSignal.any([call.signal, AbortSignal.timeout(TIMEOUT_MS)]),
    })
    text = await response.text()
  } catch (error) {
    throw new UpstreamError(call.api, 'no answer (network error or timeout)', { cause: error })
  }
  return parseJsonObject(call.api, response.status, text)
}

/** The errcode of a body (0 when absent: token and userinfo successes carry none). */
export function errcodeOf(json: WechatJson): number {
  return typeof json.errcode === 'number' ? json.errcode : 0
}

/** The body itself when errcode is 0; else a WechatApiError naming the API. */
export function ensureOk(json: WechatJson, api: string): WechatJson {
  const errcode = errcodeOf(json)
  if (errcode === 0) return json
  const errmsg = typeof json.errmsg === 'string' ? json.errmsg : ''
  throw new WechatApiError(api, errcode, errmsg)
}

/** A response body as a JSON object (control characters dropped); else an UpstreamError. */
export function parseJsonObject(api: string, status: number, text: string): WechatJson {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = text.replace(/[\u0000-\u001f\u007f]/g, '')
  let value: unknown
  try {
    value = JSON.parse(cleaned)
  } catch {
    throw new UpstreamError(api, `HTTP ${status}, not JSON: ${cleaned.slice(0, 80)}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UpstreamError(api, `HTTP ${status}, not a JSON object`)
  }
  return value as WechatJson
}
