/**
 * GET /sns/userinfo?access_token&openid&lang (protocol.md §9.4): the profile behind an snsapi_userinfo
 * token. Answers 41001 (no token), 40014 (unknown token), 42001 (older than 7200 s), 41009 (no
 * openid), 40003 (openid is not the token's), 48001 (an snsapi_base token).
 *
 * Since 2021-10-20 WeChat answers sex 0 and empty province/city/country whatever the profile
 * says [doc]; privilege is an empty list. `/` is written `\/` as in real answers (protocol.md §12), so a
 * bot that string-matches the raw body instead of parsing it is caught here, not in production.
 */
import type { Response } from 'express'
import type { PlatformContext } from '../../context/platform-context'
import { servedAvatarUrl } from '../images/served-url'
import type { OauthState } from './oauth-state'
import { answerSnsError, answerSnsOk, noteOauthAnalysis } from './sns-answer'
import type { SnsQuery } from './sns-query'
import { checkSnsToken } from './sns-token'

const LANGS = ['zh_CN', 'zh_TW', 'en']

export function userinfoRoute(ctx: PlatformContext, state: OauthState) {
  return (query: SnsQuery, res: Response): void => {
    const checked = checkSnsToken(ctx, state, query, res)
    if (!checked) return
    const { accountId, openid, scope } = checked
    if (scope !== 'snsapi_userinfo') {
      noteOauthAnalysis(res, { problem: 'token-scope-base', scope })
      answerSnsError(ctx, res, 48001, { accountId, openid })
      return
    }
    const lang = query('lang')
    // lang only picks the language of province/city/country, which are empty since 2021.
    // An unlisted value is not known to fail [unconfirmed]; the inspector points it out.
    if (lang !== undefined && !LANGS.includes(lang)) {
      noteOauthAnalysis(res, { warnings: ['lang-unknown'], lang })
    }
    const user = ctx.directory.user(openid)
    const body = {
      openid,
      nickname: user?.nickname ?? '',
      sex: 0,
      province: '',
      city: '',
      country: '',
      // On the origin the bot reached, so it loads whatever port the platform is on
      // (docs/api-images.md "Avatars").
      headimgurl: user ? servedAvatarUrl(user.headimgurl, res.req) : '',
      privilege: [],
      ...(user?.unionid ? { unionid: user.unionid } : {}),
    }
    answerSnsOk(res, body, { accountId, openid }, JSON.stringify(body).replace(/\//g, '\\/'))
  }
}
