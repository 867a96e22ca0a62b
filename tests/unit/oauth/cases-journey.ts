/**
 * Authorize URLs that are right, and the OAuth traps of the seed journey (a Django developer's
 * first web authorization), with the problem codes each must produce (protocol.md §9.1-§9.3).
 */
import { APPID, CB, enc, FORMAL, LOCAL, link, ok, withRedirect } from './cases-helpers'
import type { Case } from './cases-helpers'

const { appid, redirect, type, scope, state } = ok

export const JOURNEY_CASES: readonly Case[] = [
  // Good links.
  { name: 'journey link, fixed', url: link([appid, redirect, type, scope, state]), codes: [] },
  {
    name: 'test account on IP:port',
    url: withRedirect(enc('http://127.0.0.1:5174/oauth/')),
    account: LOCAL,
    codes: [],
  },
  {
    name: 'formal account, protocol.md §9.2 example www.qq.com/music.html',
    url: withRedirect(enc('http://www.qq.com/music.html')),
    account: FORMAL,
    codes: [],
  },
  {
    name: 'optional forcePopup',
    url: link([appid, redirect, type, scope, state, 'forcePopup=true']),
    codes: [],
  },
  {
    name: 'snsapi_base',
    url: link([appid, redirect, type, 'scope=snsapi_base', state]),
    codes: [],
  },
  // Journey traps.
  {
    name: 'journey: request.get_host() without http://',
    url: withRedirect(enc('121.42.154.163/authorization/code')),
    codes: ['redirect-uri-no-scheme'],
  },
  {
    name: 'journey: callback domain typed with http://',
    url: link([appid, redirect, type, scope, state]),
    account: { appid: APPID, callbackDomain: 'http://121.42.154.163' },
    codes: ['callback-domain-has-scheme', 'redirect-uri-domain-mismatch'],
  },
  {
    name: 'callback domain typed with a path',
    url: link([appid, redirect, type, scope, state]),
    account: { appid: APPID, callbackDomain: '121.42.154.163/authorization/code/' },
    codes: ['callback-domain-has-path', 'redirect-uri-domain-mismatch'],
  },
  {
    name: 'journey: redirect_uri without trailing slash (301 + nsukey)',
    url: withRedirect(enc('http://121.42.154.163/authorization/code')),
    codes: ['redirect-uri-no-trailing-slash'],
  },
  {
    name: 'journey: urlencode(dict) in Python 2 order',
    url: link([scope, state, appid, redirect, type]),
    codes: ['param-order-unusual'],
  },
  {
    name: 'redirect_uri raw but intact',
    url: withRedirect(CB),
    codes: ['redirect-uri-not-encoded'],
  },
  {
    name: 'raw redirect_uri with its own query is split',
    url: withRedirect(`${CB}?from=menu&id=3`),
    codes: ['redirect-uri-query-split'],
  },
  {
    name: 'raw redirect_uri query carries a second state',
    url: withRedirect(`${CB}?from=menu&state=mine`),
    codes: ['param-duplicated', 'redirect-uri-query-split', 'param-order-unusual'],
  },
  {
    name: 'raw hash-router redirect_uri swallows the rest',
    url: link([
      appid,
      'redirect_uri=http://121.42.154.163/#/login',
      type,
      'scope=snsapi_base',
      'state=1',
    ]),
    codes: [
      'redirect-uri-hash-unencoded',
      'redirect-uri-not-encoded',
      'response-type-not-code',
      'scope-missing',
      'state-missing',
    ],
  },
  {
    name: 'encoded hash-router redirect_uri',
    url: withRedirect(enc('http://121.42.154.163/#/login')),
    codes: ['redirect-uri-has-fragment'],
  },
  {
    name: 'redirect_uri encoded twice',
    url: withRedirect(enc(enc(CB))),
    codes: ['redirect-uri-double-encoded'],
  },
  {
    name: 'redirect_uri to weixin://',
    url: withRedirect(enc('weixin://dl/business')),
    codes: ['redirect-uri-scheme-unsupported'],
  },
  {
    name: 'relative redirect_uri',
    url: withRedirect(enc('/authorization/code/')),
    codes: ['redirect-uri-no-scheme'],
  },
]
