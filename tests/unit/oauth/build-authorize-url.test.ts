import { describe, expect, it } from 'vitest'
import { buildAuthorizeUrl, checkAuthorizeUrl } from '../../../src/core/protocol/oauth'
import type { OAuthAccount, OAuthScope } from '../../../src/core/protocol/oauth'
import { A, APPID, CB, JOURNEY } from './cases-helpers'

describe('buildAuthorizeUrl → checkAuthorizeUrl round trip', () => {
  it('builds the documented link byte for byte', () => {
    const url = buildAuthorizeUrl({
      appid: APPID,
      redirectUri: CB,
      scope: 'snsapi_userinfo',
      state: 'STATE',
    })
    expect(url).toBe(
      `${A}?appid=${APPID}&redirect_uri=http%3A%2F%2F121.42.154.163%2Fauthorization%2Fcode%2F` +
        '&response_type=code&scope=snsapi_userinfo&state=STATE#wechat_redirect',
    )
  })

  it.each<[string, OAuthAccount, string, OAuthScope, string]>([
    ['journey server', JOURNEY, CB, 'snsapi_userinfo', 'STATE'],
    ['callback with its own query', JOURNEY, `${CB}?from=menu&id=3`, 'snsapi_base', 'x1'],
    [
      'test account IP:port',
      { appid: APPID, callbackDomain: '127.0.0.1:5174' },
      'http://127.0.0.1:5174/oauth/',
      'snsapi_base',
      'a'.repeat(128),
    ],
    [
      'formal https',
      { appid: APPID, callbackDomain: 'www.qq.com', accountKind: 'formal' },
      'https://www.qq.com/music.html',
      'snsapi_userinfo',
      'Z9',
    ],
  ])('%s has zero problems', (_name, account, redirectUri, scope, state) => {
    const url = buildAuthorizeUrl({ appid: account.appid, redirectUri, scope, state })
    const { parsed, problems } = checkAuthorizeUrl(url, account)
    expect(problems).toEqual([])
    expect(parsed).toMatchObject({
      appid: account.appid,
      redirectUri,
      scope,
      state,
      responseType: 'code',
    })
  })
})
