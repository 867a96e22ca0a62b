/**
 * The web-authorization APIs (网页授权, protocol.md §9.4), called server-side only: the code exchange
 * needs the AppSecret, which must never reach the browser.
 *
 * - /sns/oauth2/access_token: code → a *web* access_token (not the base token of /cgi-bin/token),
 *   a refresh_token and the openid. The code is single-use and lives 5 minutes.
 * - /sns/oauth2/refresh_token: a new web access_token when the old one expired (7200 s); the
 *   refresh_token lasts 30 days. No secret needed.
 * - /sns/userinfo: the profile, only with an snsapi_userinfo token (else 48001).
 * Answers are checked with a schema: a missing field is a clear error, not `undefined` on a page.
 */
import { z } from 'zod'
import type { BotAccount } from '../config'
import { UpstreamError } from './api-errors'
import { callJson, ensureOk } from './http-json'

export interface SnsDeps {
  readonly platformBaseUrl: string
  /** Read per call: the AppID and AppSecret in force now. */
  readonly account: () => Pick<BotAccount, 'appId' | 'appSecret'>
}

const TokenAnswer = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().optional(),
  refresh_token: z.string().min(1),
  openid: z.string().min(1),
  // May come back comma-joined after a refresh: `snsapi_base,snsapi_userinfo,` (protocol.md §9.4).
  scope: z.string(),
  unionid: z.string().optional(),
  // 1 when the page was opened as a snapshot (快照页): the identity is virtual (protocol.md §9.3).
  is_snapshotuser: z.number().optional(),
})

export interface SnsToken {
  readonly accessToken: string
  /** Seconds from now. */
  readonly expiresIn: number
  readonly refreshToken: string
  readonly openid: string
  readonly scopes: readonly string[]
  readonly unionid: string | undefined
  readonly snapshotUser: boolean
}

const UserInfoAnswer = z.object({
  openid: z.string(),
  nickname: z.string().default(''),
  // Numbers on the wire; some SDK fixtures have strings (protocol.md §9.4). 0 since 2021-10-20.
  sex: z.union([z.number(), z.string()]).optional(),
  province: z.string().default(''),
  city: z.string().default(''),
  country: z.string().default(''),
  headimgurl: z.string().default(''),
  privilege: z.array(z.string()).default([]),
  unionid: z.string().optional(),
})

export type UserInfo = z.infer<typeof UserInfoAnswer>

export async function exchangeCode(
  deps: SnsDeps,
  code: string,
  signal: AbortSignal,
): Promise<SnsToken> {
  const api = '/sns/oauth2/access_token'
  const { appId, appSecret } = deps.account()
  const query = {
    appid: appId,
    secret: appSecret,
    code,
    grant_type: 'authorization_code',
  }
  return toToken(await call(deps, api, query, signal), api)
}

export async function refreshSnsToken(
  deps: SnsDeps,
  refreshToken: string,
  signal: AbortSignal,
): Promise<SnsToken> {
  const api = '/sns/oauth2/refresh_token'
  // No secret here: the refresh_token itself is the credential (protocol.md §9.4).
  const query = {
    appid: deps.account().appId,
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
  }
  return toToken(await call(deps, api, query, signal), api)
}

/** The profile; errors (42001, 48001…) surface as WechatApiError. */
export async function fetchUserInfo(
  deps: SnsDeps,
  accessToken: string,
  openid: string,
  signal: AbortSignal,
): Promise<UserInfo> {
  const api = '/sns/userinfo'
  const query = { access_token: accessToken, openid, lang: 'zh_CN' }
  const parsed = UserInfoAnswer.safeParse(await call(deps, api, query, signal))
  if (!parsed.success) throw new UpstreamError(api, `unexpected answer: ${parsed.error.message}`)
  return parsed.data
}

function toToken(json: unknown, api: string): SnsToken {
  const parsed = TokenAnswer.safeParse(json)
  if (!parsed.success) throw new UpstreamError(api, `unexpected answer: ${parsed.error.message}`)
  const t = parsed.data
  return {
    accessToken: t.access_token,
    expiresIn: t.expires_in ?? 7200,
    refreshToken: t.refresh_token,
    openid: t.openid,
    scopes: t.scope.split(',').filter((s) => s !== ''),
    unionid: t.unionid,
    snapshotUser: t.is_snapshotuser === 1,
  }
}

async function call(
  deps: SnsDeps,
  api: string,
  query: Record<string, string>,
  signal: AbortSignal,
): Promise<unknown> {
  return ensureOk(await callJson({ api, base: deps.platformBaseUrl, query, signal }), api)
}
