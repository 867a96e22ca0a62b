/**
 * The classic mistakes of web authorization (protocol.md §9), each as a script that reproduces it
 * for real: in the phone browser, against the mock, with the simulated clock. A script only drives
 * (open, wait for the walk to get somewhere, call, move the clock); every verdict is the mock's.
 */
import type { AuthorizeParts, CallPlatformOutput } from '../../../../shared/control/oauth-schemas'
import type { SnsPath } from '../../../../shared/control/oauth-schemas'
import type { Exchange } from '../../../../shared/model/exchange'
import type { WalkView } from './walk-model'
import { answerJson, errcodeOf, latestTokens, param, REFRESH_PATH, TOKEN_PATH } from './walk-model'
import { USERINFO_PATH } from './walk-model'

export const MISTAKES = [
  'code-reused',
  'code-expired',
  'domain-mismatch',
  'base-then-userinfo',
  'token-expired',
  'refused',
  'trailing-slash',
] as const
export type MistakeId = (typeof MISTAKES)[number]

/**
 * The sample bot's start page with the seed journey's trap: its redirect_uri names a Django-style
 * callback without the trailing slash, which that route answers with a 301.
 */
export const SLASHLESS_START = '/oauth/start?scope=snsapi_base&trap=no-slash'

/** What the user must do in the phone while a script waits. */
export type Prompt = 'tapAllow' | 'tapDeny'

export interface MistakeOutcome {
  readonly walkId: string
  /** The errcode (or error-page code) that shows the mistake. */
  readonly errcode?: number
  /** The exchange that shows it, for the inspector. */
  readonly exchangeId?: string
  /** Extra facts for the explanation (a nickname after the refresh, an nsukey address…). */
  readonly facts: Readonly<Record<string, string>>
}

/** Why a script stopped: words the panel knows (mistakes.*). */
export class MistakeStopped extends Error {
  readonly reason: 'timeout' | 'no-bot' | 'open-failed' | 'allowed-instead' | 'cancelled'
  constructor(reason: MistakeStopped['reason']) {
    super(reason)
    this.reason = reason
  }
}

export interface Runner {
  readonly botBase: string | undefined
  readonly account: { readonly appId: string; readonly appSecret: string }
  /** The saved 网页授权域名 (host[:port]). */
  readonly callbackDomain: string
  /** The walk shown before the script began (its tokens may be reused). */
  readonly currentWalk: WalkView | undefined
  /** Opens an address in the phone; resolves with the walk it started. */
  openFollow(url: string, quirks?: { repeatCallback?: boolean }): Promise<string>
  /** Fills step 1 of "play the bot" with these parts, builds the URL on the core, opens it. */
  openPlay(parts: Partial<AuthorizeParts>): Promise<string>
  /**
   * Waits until `pick` finds something in the walk. When the walk stops at the consent page the
   * user is asked to tap `consent` and the wait grows to a person's pace.
   */
  until<T>(
    walkId: string,
    pick: (walk: WalkView) => T | undefined,
    options?: { consent?: 'allow' | 'deny'; timeoutMs?: number },
  ): Promise<T>
  call(path: SnsPath, query: [string, string][]): Promise<CallPlatformOutput>
  advance(ms: number): Promise<void>
}

const FIVE_MINUTES_AND_A_SECOND = 5 * 60 * 1000 + 1000
const TOKEN_LIFETIME_MS = 7200 * 1000

function needBot(r: Runner): string {
  if (!r.botBase) throw new MistakeStopped('no-bot')
  return r.botBase
}

function tokenQuery(r: Runner, code: string): [string, string][] {
  return [
    ['appid', r.account.appId],
    ['secret', r.account.appSecret],
    ['code', code],
    ['grant_type', 'authorization_code'],
  ]
}

function userinfoQuery(accessToken: string, openid: string): [string, string][] {
  return [
    ['access_token', accessToken],
    ['openid', openid],
    ['lang', 'zh_CN'],
  ]
}

function field(output: CallPlatformOutput, key: string): string {
  try {
    const json = JSON.parse(output.body) as Record<string, unknown>
    const value = json[key]
    return typeof value === 'string' ? value : ''
  } catch {
    return ''
  }
}

function outcomeOf(walkId: string, shown: CallPlatformOutput | Exchange | undefined, facts = {}) {
  const exchange = shown && 'attempts' in shown ? shown : shown?.exchange
  const errcode = shown && 'attempts' in shown ? errcodeOf(shown) : shown?.errcode
  return {
    walkId,
    ...(errcode === undefined ? {} : { errcode }),
    ...(exchange ? { exchangeId: exchange.id } : {}),
    facts,
  }
}

/** A host the saved domain does not name: localhost for 127.0.0.1 and the other way round. */
function otherHost(callbackDomain: string): string {
  const [host = '', port] = callbackDomain.split(':')
  const other = host === 'localhost' ? '127.0.0.1' : 'localhost'
  return port ? `${other}:${port}` : other
}

export const RUN: Readonly<Record<MistakeId, (r: Runner) => Promise<MistakeOutcome>>> = {
  'code-reused': async (r) => {
    const bot = needBot(r)
    const walkId = await r.openFollow(`${bot}/oauth/start?scope=snsapi_base`, {
      repeatCallback: true,
    })
    const first = await r.until(walkId, (w) => w.tokenCalls[0])
    // WeChat's repeated callback makes the bot trade the code again; if this browser did not
    // repeat it, trading the same code by hand shows the same answer.
    const reused = await r
      .until(walkId, (w) => w.tokenCalls.find((c) => errcodeOf(c) === 40163), { timeoutMs: 4000 })
      .catch(() => undefined)
    if (reused) return outcomeOf(walkId, reused, { by: 'browser' })
    const code = param(first.attempts[0]?.request.url ?? '', 'code') ?? ''
    return outcomeOf(walkId, await r.call(TOKEN_PATH, tokenQuery(r, code)), { by: 'hand' })
  },

  'code-expired': async (r) => {
    const walkId = await r.openPlay({ scope: 'snsapi_base' })
    const code = await r.until(walkId, (w) => w.code)
    await r.advance(FIVE_MINUTES_AND_A_SECOND)
    return outcomeOf(walkId, await r.call(TOKEN_PATH, tokenQuery(r, code)))
  },

  'domain-mismatch': async (r) => {
    const redirectUri = `http://${otherHost(r.callbackDomain)}/oauth/`
    const walkId = await r.openPlay({ scope: 'snsapi_base', redirectUri })
    const walk = await r.until(walkId, (w) => (w.outcome === 'error-page' ? w : undefined))
    return {
      walkId,
      ...(walk.errorPageCode === undefined ? {} : { errcode: walk.errorPageCode }),
      ...(walk.authorizeHop ? { exchangeId: walk.authorizeHop.id } : {}),
      facts: { redirectUri, callbackDomain: r.callbackDomain },
    }
  },

  'base-then-userinfo': async (r) => {
    const walkId = await r.openPlay({ scope: 'snsapi_base' })
    const code = await r.until(walkId, (w) => w.code)
    const token = await r.call(TOKEN_PATH, tokenQuery(r, code))
    const info = await r.call(
      USERINFO_PATH,
      userinfoQuery(field(token, 'access_token'), field(token, 'openid')),
    )
    return outcomeOf(walkId, info)
  },

  'token-expired': async (r) => {
    // The walk shown may already hold an snsapi_userinfo token (after Start): use it.
    let walkId = r.currentWalk?.walkId
    let tokens = latestTokens(r.currentWalk)
    if (!walkId || !tokens.accessToken || !tokens.scope?.includes('snsapi_userinfo')) {
      walkId = await r.openPlay({ scope: 'snsapi_userinfo' })
      const code = await r.until(walkId, (w) => w.code, { consent: 'allow' })
      const answer = await r.call(TOKEN_PATH, tokenQuery(r, code))
      tokens = {
        accessToken: field(answer, 'access_token'),
        refreshToken: field(answer, 'refresh_token'),
        openid: field(answer, 'openid'),
      }
    }
    const openid = tokens.openid ?? ''
    await r.advance(TOKEN_LIFETIME_MS)
    const expired = await r.call(USERINFO_PATH, userinfoQuery(tokens.accessToken ?? '', openid))
    const refreshed = await r.call(REFRESH_PATH, [
      ['appid', r.account.appId],
      ['grant_type', 'refresh_token'],
      ['refresh_token', tokens.refreshToken ?? ''],
    ])
    const again = await r.call(
      USERINFO_PATH,
      userinfoQuery(field(refreshed, 'access_token'), openid),
    )
    return outcomeOf(walkId, expired, { nickname: field(again, 'nickname') })
  },

  refused: async (r) => {
    const bot = needBot(r)
    const walkId = await r.openFollow(`${bot}/oauth/start?scope=snsapi_userinfo`)
    const walk = await r.until(walkId, (w) => (w.refused || w.code ? w : undefined), {
      consent: 'deny',
    })
    if (!walk.refused) throw new MistakeStopped('allowed-instead')
    const shown = walk.consentRecord ?? walk.callbacks[0]
    return outcomeOf(walkId, shown)
  },

  'trailing-slash': async (r) => {
    const bot = needBot(r)
    const walkId = await r.openFollow(`${bot}${SLASHLESS_START}`)
    // The callback answered with a redirect (the 301 hop names where the browser goes next).
    const walk = await r.until(
      walkId,
      (w) => (w.callbacks.some((c) => c.analysis.redirectTo !== undefined) ? w : undefined),
      { consent: 'allow' },
    )
    const hop = walk.callbacks.find((c) => c.analysis.redirectTo !== undefined)
    // nsukey is on the address the redirect sent the browser to.
    const nsukey = [hop?.analysis.redirectTo, ...walk.callbacks.map((c) => c.analysis.url)].find(
      (url) => url !== undefined && param(url, 'nsukey') !== undefined,
    )
    return {
      walkId,
      ...(hop ? { exchangeId: hop.id } : {}),
      facts: {
        status: String(hop?.attempts.at(-1)?.response?.status ?? ''),
        from: hop?.analysis.url ?? '',
        to: hop?.analysis.redirectTo ?? '',
        nsukeyUrl: nsukey ?? '',
      },
    }
  },
}

/** The step of the walk each mistake shows best, to scroll to once it is reproduced. */
export const STEP_OF: Readonly<Record<MistakeId, 1 | 2 | 3 | 4 | 5>> = {
  'code-reused': 3,
  'code-expired': 3,
  'domain-mismatch': 1,
  'base-then-userinfo': 5,
  'token-expired': 5,
  refused: 2,
  'trailing-slash': 2,
}

/** The json answer's field, for facts worded by the panel. */
export function answerField(exchange: Exchange, key: string): string {
  const value = answerJson(exchange)?.[key]
  return typeof value === 'string' ? value : ''
}
