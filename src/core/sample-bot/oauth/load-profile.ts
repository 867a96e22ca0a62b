/**
 * Steps 3 and 4 of web authorization (protocol.md §9.4): make sure the web access_token is fresh, then
 * fetch the profile.
 *
 * The token lasts 7200 s. The bot refreshes when its own clock says it has expired, and also when
 * WeChat says so (42001, or 40001/40014 for a token WeChat no longer accepts) — the clocks can
 * disagree, and WeChat's answer is the one that counts. One refresh, one retry, no loop.
 */
import { TOKEN_REFRESH_ERRCODES, WechatApiError } from '../platform-client/api-errors'
import { fetchUserInfo, refreshSnsToken } from '../platform-client/sns'
import type { SnsDeps, SnsToken, UserInfo } from '../platform-client/sns'
import type { OAuthSession } from './sessions'

export interface ProfileDeps {
  readonly sns: SnsDeps
  /** Unix seconds. */
  readonly now: () => number
}

export interface LoadedProfile {
  /** The session, with new tokens if they were refreshed. */
  readonly session: OAuthSession
  /** undefined for an snsapi_base session: no profile to fetch. */
  readonly user: UserInfo | undefined
}

export function sessionFromToken(token: SnsToken, now: number): OAuthSession {
  return {
    openid: token.openid,
    scopes: token.scopes,
    accessToken: token.accessToken,
    accessTokenExpiresAt: now + token.expiresIn,
    refreshToken: token.refreshToken,
    unionid: token.unionid,
    snapshotUser: token.snapshotUser,
  }
}

export async function loadProfile(
  deps: ProfileDeps,
  session: OAuthSession,
  signal: AbortSignal,
): Promise<LoadedProfile> {
  const refresh = async (s: OAuthSession): Promise<OAuthSession> => {
    const token = await refreshSnsToken(deps.sns, s.refreshToken, signal)
    // A refresh answer has no snapshot flag and may lack unionid: keep what the exchange gave.
    const fresh = sessionFromToken(token, deps.now())
    return { ...fresh, unionid: fresh.unionid ?? s.unionid, snapshotUser: s.snapshotUser }
  }
  let current = deps.now() >= session.accessTokenExpiresAt ? await refresh(session) : session
  if (!current.scopes.includes('snsapi_userinfo')) return { session: current, user: undefined }
  try {
    const user = await fetchUserInfo(deps.sns, current.accessToken, current.openid, signal)
    return { session: current, user }
  } catch (error) {
    if (!(error instanceof WechatApiError) || !TOKEN_REFRESH_ERRCODES.has(error.errcode))
      throw error
    current = await refresh(current)
    const user = await fetchUserInfo(deps.sns, current.accessToken, current.openid, signal)
    return { session: current, user }
  }
}
