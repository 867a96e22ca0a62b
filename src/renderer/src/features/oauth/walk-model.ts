/**
 * One walk of the phone browser read as the five steps of web authorization (protocol.md §9): the
 * page requests of the walk (analysis.walkId), the mock's own records of the authorize and consent
 * pages it served during them, and the server-side /sns calls chained to the walk by what they
 * carry — the code from the callback, then the tokens each answer handed out. Chaining by value
 * rather than by time also picks up the calls a user makes by hand later ("play the bot").
 * Pure: exchanges in, a view out.
 */
import type {
  ApiExchange,
  Exchange,
  OauthExchange,
  PageExchange,
} from '../../../../shared/model/exchange'
import type { OauthFindingFact } from '../../../../shared/model/analysis'

export const AUTHORIZE_PATH = '/connect/oauth2/authorize'
export const CONSENT_PATH = '/connect/oauth2/authorize/consent'
export const TOKEN_PATH = '/sns/oauth2/access_token'
export const REFRESH_PATH = '/sns/oauth2/refresh_token'
export const USERINFO_PATH = '/sns/userinfo'

export type AuthorizeOutcome = 'code' | 'denied' | 'consent-page' | 'error-page'

export interface WalkView {
  readonly walkId: string
  readonly accountId: string
  /** Wall-clock ms of the walk's first request. */
  readonly startedAt: number
  /** Every page request of the walk, oldest first. */
  readonly pages: readonly PageExchange[]
  /** The address the walk opened. */
  readonly startUrl: string
  /** The authorize URL, with its `#fragment` when a redirect named it (a server never sees it). */
  readonly authorizeUrl: string | undefined
  readonly authorizeHop: PageExchange | undefined
  /** The mock's own record of the authorize page (findings, outcome). */
  readonly authorizeRecord: OauthExchange | undefined
  /** The consent form's post (Allow or Deny) and the mock's record of it. */
  readonly consentHop: PageExchange | undefined
  readonly consentRecord: OauthExchange | undefined
  /** How the authorize pages ended so far (the consent form's answer once there is one). */
  readonly outcome: AuthorizeOutcome | undefined
  /** What the authorize URL itself got: a consent page, a code at once, or the error page. */
  readonly authorizeOutcome: AuthorizeOutcome | undefined
  /** The number WeChat's error page showed. */
  readonly errorPageCode: number | undefined
  readonly findings: readonly OauthFindingFact[]
  /** Requests of the site that carried the callback's code or state (a repeat and a 301 hop too). */
  readonly callbacks: readonly PageExchange[]
  readonly code: string | undefined
  readonly state: string | undefined
  /** The user refused: the callback came back with state and no code. */
  readonly refused: boolean
  readonly tokenCalls: readonly ApiExchange[]
  readonly refreshCalls: readonly ApiExchange[]
  readonly userinfoCalls: readonly ApiExchange[]
  /** The last page the phone loaded (the bot's profile page at the end of a good walk). */
  readonly lastPage: PageExchange | undefined
  /** What the phone browser noted on the way (nsukey-added, callback-repeated…). */
  readonly notes: readonly string[]
}

export const startOf = (e: Exchange): number => e.attempts[0]?.startedAt ?? 0
const endOf = (e: Exchange): number => {
  const last = e.attempts.at(-1)
  return last ? last.startedAt + last.durationMs : startOf(e)
}

/** The URL a request named, read leniently (recorded paths are relative). */
export function readUrl(url: string): URL | undefined {
  try {
    return new URL(url, 'http://recorded.invalid')
  } catch {
    return undefined
  }
}

export function param(url: string, name: string): string | undefined {
  return readUrl(url)?.searchParams.get(name) ?? undefined
}

/** The path of an API or OAuth exchange (its title is the path, secrets masked). */
function pathOf(e: Exchange): string {
  return readUrl(e.attempts[0]?.request.url ?? e.title)?.pathname ?? e.title
}

function requestParam(e: Exchange, name: string): string | undefined {
  return param(e.attempts[0]?.request.url ?? '', name)
}

/** The JSON body an exchange answered, when it did. */
export function answerJson(e: Exchange): Record<string, unknown> | undefined {
  const text = e.attempts.at(-1)?.response?.body.text
  if (!text) return undefined
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

function stringField(json: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = json?.[key]
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** One walk in a list: its id, when it began, the address it opened. */
export interface WalkEntry {
  readonly walkId: string
  readonly startedAt: number
  readonly startUrl: string
}

/** The walks present in the exchanges, newest first. */
export function walkList(exchanges: readonly Exchange[]): WalkEntry[] {
  const first = new Map<string, WalkEntry>()
  for (const e of exchanges) {
    if (e.kind !== 'page' || e.analysis.walkId === undefined) continue
    const at = startOf(e)
    const seen = first.get(e.analysis.walkId)
    if (seen === undefined || at < seen.startedAt) {
      first.set(e.analysis.walkId, {
        walkId: e.analysis.walkId,
        startedAt: at,
        startUrl: e.analysis.url,
      })
    }
  }
  return [...first.values()].sort((a, b) => b.startedAt - a.startedAt)
}

/** The walk ids present in the exchanges, newest walk first. */
export function walkIds(exchanges: readonly Exchange[]): string[] {
  return walkList(exchanges).map((w) => w.walkId)
}

const isAuthorize = (url: string) => readUrl(url)?.pathname === AUTHORIZE_PATH
const isConsent = (url: string) => readUrl(url)?.pathname === CONSENT_PATH

/** The mock's record of the same request: same path and query, during the page request. */
function recordOf(
  hop: PageExchange | undefined,
  records: readonly OauthExchange[],
): OauthExchange | undefined {
  if (!hop) return undefined
  const real = readUrl(hop.analysis.url)
  if (!real) return undefined
  const target = `${real.pathname}${real.search}`
  const from = startOf(hop) - 1000
  const to = endOf(hop) + 1000
  return records.find((r) => {
    const url = readUrl(r.attempts[0]?.request.url ?? '')
    const at = startOf(r)
    return url !== undefined && at >= from && at <= to && `${url.pathname}${url.search}` === target
  })
}

export function buildWalkView(
  exchanges: readonly Exchange[],
  walkId: string,
  /** The address opened when it is known (open() keeps the `#fragment` a request never carries). */
  openedUrl?: string,
): WalkView | undefined {
  const pages = exchanges
    .filter((e): e is PageExchange => e.kind === 'page' && e.analysis.walkId === walkId)
    .filter((e) => !e.inProgress)
    .sort((a, b) => startOf(a) - startOf(b))
  const first = pages[0]
  if (!first) return undefined
  const records = exchanges.filter((e): e is OauthExchange => e.kind === 'oauth')
  const authorizeHop = pages.find((p) => isAuthorize(p.analysis.url))
  // The bot's 302 named the authorize URL whole, fragment included; a request never carries it.
  const named = pages.find(
    (p) => p.analysis.redirectTo !== undefined && isAuthorize(p.analysis.redirectTo),
  )?.analysis.redirectTo
  const opened = openedUrl !== undefined && isAuthorize(openedUrl) ? openedUrl : undefined
  const authorizeUrl = named ?? opened ?? authorizeHop?.analysis.url
  const authorizeRecord = recordOf(authorizeHop, records)
  const consentHop = pages.find((p) => isConsent(p.analysis.url))
  const consentRecord = recordOf(consentHop, records)
  const callbacks = pages.filter((p) => {
    if (p.analysis.routedTo === 'platform' || isAuthorize(p.analysis.url)) return false
    const url = readUrl(p.analysis.url)
    return url !== undefined && (url.searchParams.has('code') || url.searchParams.has('state'))
  })
  const outcome =
    consentRecord?.analysis?.outcome ?? authorizeRecord?.analysis?.outcome ?? undefined
  const firstCallback = callbacks[0]
  const code = firstCallback ? param(firstCallback.analysis.url, 'code') : undefined
  const state = firstCallback ? param(firstCallback.analysis.url, 'state') : undefined
  const refused =
    outcome === 'denied' ||
    (firstCallback !== undefined && code === undefined && state !== undefined)
  const chain = snsChain(exchanges, callbacks)
  const findings = [
    ...(authorizeRecord?.analysis?.findings ?? []),
    ...(consentRecord?.analysis?.findings ?? []),
  ]
  const errorRecord = [consentRecord, authorizeRecord].find(
    (r) => r?.analysis?.outcome === 'error-page',
  )
  return {
    walkId,
    accountId: first.accountId,
    startedAt: startOf(first),
    pages,
    startUrl: first.analysis.url,
    authorizeUrl,
    authorizeHop,
    authorizeRecord,
    consentHop,
    consentRecord,
    outcome,
    authorizeOutcome: authorizeRecord?.analysis?.outcome,
    errorPageCode: errorRecord?.errcode,
    findings,
    callbacks,
    code,
    state,
    refused,
    ...chain,
    lastPage: pages.filter((p) => p.analysis.purpose !== 'fetch').at(-1),
    notes: [...new Set(pages.flatMap((p) => p.analysis.notes ?? []))],
  }
}

/**
 * The /sns calls that follow from the walk's codes: the code exchanges, then the refreshes of the
 * refresh_tokens those answered, then the userinfo calls with any access_token handed out.
 */
function snsChain(
  exchanges: readonly Exchange[],
  callbacks: readonly PageExchange[],
): Pick<WalkView, 'tokenCalls' | 'refreshCalls' | 'userinfoCalls'> {
  const codes = new Set(
    callbacks.map((c) => param(c.analysis.url, 'code')).filter((c) => c !== undefined),
  )
  const api = exchanges
    .filter((e): e is ApiExchange => e.kind === 'api' && !e.inProgress)
    .sort((a, b) => startOf(a) - startOf(b))
  const tokenCalls = api.filter(
    (e) => pathOf(e) === TOKEN_PATH && codes.has(requestParam(e, 'code') ?? ''),
  )
  const accessTokens = new Set<string>()
  const refreshTokens = new Set<string>()
  const remember = (e: ApiExchange) => {
    const json = answerJson(e)
    const access = stringField(json, 'access_token')
    const refresh = stringField(json, 'refresh_token')
    if (access) accessTokens.add(access)
    if (refresh) refreshTokens.add(refresh)
  }
  tokenCalls.forEach(remember)
  const refreshCalls = api.filter(
    (e) => pathOf(e) === REFRESH_PATH && refreshTokens.has(requestParam(e, 'refresh_token') ?? ''),
  )
  refreshCalls.forEach(remember)
  const userinfoCalls = api.filter(
    (e) => pathOf(e) === USERINFO_PATH && accessTokens.has(requestParam(e, 'access_token') ?? ''),
  )
  return { tokenCalls, refreshCalls, userinfoCalls }
}

/** The newest token answer of the walk (a code exchange or a refresh), for the next call's form. */
export function latestTokens(walk: WalkView | undefined): {
  accessToken?: string
  refreshToken?: string
  openid?: string
  scope?: string
} {
  if (!walk) return {}
  const answers = [...walk.tokenCalls, ...walk.refreshCalls]
    .filter((e) => e.errcode === 0 || e.errcode === undefined)
    .sort((a, b) => startOf(a) - startOf(b))
    .map(answerJson)
    .filter((json) => stringField(json, 'access_token') !== undefined)
  const json = answers.at(-1)
  const pick = (key: string) => stringField(json, key)
  const accessToken = pick('access_token')
  const refreshToken = pick('refresh_token')
  const openid = pick('openid')
  const scope = pick('scope')
  return {
    ...(accessToken ? { accessToken } : {}),
    ...(refreshToken ? { refreshToken } : {}),
    ...(openid ? { openid } : {}),
    ...(scope ? { scope } : {}),
  }
}

/** errcode of an API exchange: 0 when it answered without one. */
export function errcodeOf(e: Exchange): number | undefined {
  if (e.errcode !== undefined) return e.errcode
  const json = answerJson(e)
  return typeof json?.['errcode'] === 'number' ? json['errcode'] : undefined
}
