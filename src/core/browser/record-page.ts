/**
 * A phone-browser request as an Exchange of kind 'page' (docs/phone-browser.md "Recording"),
 * published on the bus like the platform's own (platform/http/record-exchange.ts): the id from
 * the context, the simulated time it began, one attempt with the request as the site received it
 * and the answer as the site gave it — before the gateway's changes, which the notes list. The
 * address is the real one, never the gateway's. AppSecrets are masked the way the platform masks
 * them, since a page may well post one in a form.
 */
import type {
  Attempt,
  HeaderList,
  NetworkError,
  PageAnalysis,
  PageExchange,
  RecordedResponse,
} from '../../shared/model/exchange'
import type { PlatformContext } from '../context/platform-context'
import {
  redactSecretsInBody,
  redactSecretsInHeaders,
  redactSecretsInUrl,
} from '../platform/http/redact'
import { recordedBody } from '../runtime/recorded-body'
import type { Walk } from './types'

export interface PageRecord {
  /** An id taken beforehand (the JS-SDK answer names its Exchange); a new one otherwise. */
  readonly id?: string
  readonly startedAt: number
  readonly simTime: number
  readonly durationMs: number
  readonly walk: Walk | undefined
  /** Overrides the walk's account (a JS-SDK config names its own by AppID). */
  readonly accountId?: string
  readonly title: string
  readonly request: {
    readonly method: string
    readonly url: string
    readonly headers: HeaderList
    readonly body: Buffer
  }
  readonly response?: {
    readonly status: number
    readonly headers: HeaderList
    readonly body: Buffer
  }
  readonly error?: NetworkError
  /** `walkId` is filled in from the walk. */
  readonly analysis: Omit<PageAnalysis, 'walkId'>
}

export function publishPage(ctx: PlatformContext, record: PageRecord): PageExchange {
  const secrets = ctx.directory.listAccounts().map((a) => a.appSecret)
  const response: RecordedResponse | undefined = record.response && {
    status: record.response.status,
    headers: record.response.headers,
    body: recordedBody(record.response.body),
  }
  const attempt: Attempt = {
    index: 1,
    startedAt: record.startedAt,
    durationMs: record.durationMs,
    request: {
      method: record.request.method,
      url: redactSecretsInUrl(record.request.url, secrets),
      headers: redactSecretsInHeaders(record.request.headers, secrets),
      body: recordedBody(redactSecretsInBody(record.request.body, secrets)),
    },
    ...(response ? { response } : {}),
    ...(record.error ? { error: record.error } : {}),
  }
  const { notes = [], ...analysis } = record.analysis
  const exchange: PageExchange = {
    id: record.id ?? ctx.newExchangeId(),
    kind: 'page',
    accountId: record.accountId ?? record.walk?.accountId ?? '',
    ...(record.walk?.openid === undefined ? {} : { openid: record.walk.openid }),
    title: redactSecretsInUrl(record.title, secrets),
    simTime: record.simTime,
    attempts: [attempt],
    analysis: {
      ...analysis,
      url: redactSecretsInUrl(analysis.url, secrets),
      ...(analysis.redirectTo === undefined
        ? {}
        : { redirectTo: redactSecretsInUrl(analysis.redirectTo, secrets) }),
      ...(record.walk ? { walkId: record.walk.id } : {}),
      ...(notes.length > 0 ? { notes } : {}),
    },
  }
  ctx.bus.emit('exchange', exchange)
  return exchange
}
