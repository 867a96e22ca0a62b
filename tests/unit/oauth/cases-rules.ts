/**
 * Authorize URLs breaking one rule each: the domain rules (protocol.md §9.2), every authorize-page errcode
 * and value rule (protocol.md §9.1), and the endpoint itself, with the problem codes each must produce.
 */
import {
  A,
  APPID,
  CB,
  enc,
  FORMAL,
  LOCAL,
  link,
  ok,
  withRedirect,
  withState,
} from './cases-helpers'
import type { Case } from './cases-helpers'

const { appid, redirect, type, scope, state } = ok

export const RULE_CASES: readonly Case[] = [
  // Domain rules, protocol.md §9.2.
  {
    name: 'pay.qq.com for www.qq.com',
    url: withRedirect(enc('http://pay.qq.com/a.html')),
    account: FORMAL,
    codes: ['redirect-uri-domain-mismatch'],
  },
  {
    name: 'qq.com for www.qq.com',
    url: withRedirect(enc('http://qq.com/a.html')),
    account: FORMAL,
    codes: ['redirect-uri-domain-mismatch'],
  },
  {
    name: 'formal account with a port',
    url: withRedirect(enc('http://www.qq.com:8080/a.html')),
    account: FORMAL,
    codes: ['redirect-uri-port-not-allowed'],
  },
  {
    name: 'formal account with explicit :80',
    url: withRedirect(enc('http://www.qq.com:80/a.html')),
    account: FORMAL,
    codes: ['redirect-uri-port-not-allowed'],
  },
  {
    name: 'formal account domain typed with a port',
    url: withRedirect(enc('http://www.qq.com:8080/a.html')),
    account: { ...FORMAL, callbackDomain: 'www.qq.com:8080' },
    codes: ['callback-domain-has-port', 'redirect-uri-port-not-allowed'],
  },
  {
    name: 'test account, other port',
    url: withRedirect(enc('http://127.0.0.1:8000/oauth/')),
    account: LOCAL,
    codes: ['redirect-uri-domain-mismatch'],
  },
  {
    name: 'no callback domain configured',
    url: link([appid, redirect, type, scope, state]),
    account: { appid: APPID, callbackDomain: '' },
    codes: ['callback-domain-empty', 'redirect-uri-domain-mismatch'],
  },
  {
    name: 'wildcard callback domain',
    url: withRedirect(enc('http://www.qq.com/a.html')),
    account: { appid: APPID, callbackDomain: '*.qq.com' },
    codes: ['callback-domain-malformed', 'redirect-uri-domain-mismatch'],
  },
  // Authorize-page errcodes and value rules, protocol.md §9.1.
  {
    name: '10012 appid empty',
    url: link(['appid=', redirect, type, scope, state]),
    codes: ['appid-missing'],
  },
  {
    name: '10012 appid absent',
    url: link([redirect, type, scope, state]),
    codes: ['appid-missing'],
  },
  {
    name: 'appid too short',
    url: link(['appid=wx123', redirect, type, scope, state]),
    codes: ['appid-malformed'],
  },
  {
    name: 'appid of another account',
    url: link(['appid=wx0123456789abcdef', redirect, type, scope, state]),
    codes: ['appid-not-this-account'],
  },
  { name: '10011 redirect_uri empty', url: withRedirect(''), codes: ['redirect-uri-missing'] },
  {
    name: '10011 via redirect_url typo',
    url: link([appid, `redirect_url=${enc(CB)}`, type, scope, state]),
    codes: ['param-unknown', 'redirect-uri-missing'],
  },
  {
    name: 'response_type=token',
    url: link([appid, redirect, 'response_type=token', scope, state]),
    codes: ['response-type-not-code'],
  },
  {
    name: '10010 scope empty',
    url: link([appid, redirect, type, 'scope=', state]),
    codes: ['scope-missing'],
  },
  {
    name: '10005 snsapi_login',
    url: link([appid, redirect, type, 'scope=snsapi_login', state]),
    codes: ['scope-invalid'],
  },
  { name: 'state absent', url: link([appid, redirect, type, scope]), codes: ['state-missing'] },
  { name: 'state 129 bytes', url: withState('a'.repeat(129)), codes: ['state-too-long'] },
  { name: 'state 128 bytes', url: withState('a'.repeat(128)), codes: [] },
  { name: 'state with - and _', url: withState('a-b_c'), codes: ['state-unusual-chars'] },
  {
    name: 'state of 43 Chinese characters',
    url: withState(enc('授'.repeat(43))),
    codes: ['state-too-long', 'state-unusual-chars'],
  },
  {
    name: 'no #wechat_redirect',
    url: link([appid, redirect, type, scope, state], ''),
    codes: ['wechat-redirect-missing'],
  },
  {
    name: 'wrong fragment',
    url: link([appid, redirect, type, scope, state], '#wechat'),
    codes: ['wechat-redirect-missing'],
  },
  // The endpoint itself.
  {
    name: 'Open Platform qrconnect endpoint',
    url: link(
      [appid, redirect, type, scope, state],
      '#wechat_redirect',
      'https://open.weixin.qq.com/connect/qrconnect',
    ),
    codes: ['authorize-endpoint-wrong'],
  },
  {
    name: 'endpoint without scheme',
    url: link(
      [appid, redirect, type, scope, state],
      '#wechat_redirect',
      'open.weixin.qq.com/connect/oauth2/authorize',
    ),
    codes: ['authorize-url-unparseable'],
  },
  {
    name: 'everything wrong at once',
    url: `${A}?scope=snsapi_login&appid=&redirect_uri=121.42.154.163/authorization/code/?from=menu&response_type=token`,
    codes: [
      'param-order-unusual',
      'wechat-redirect-missing',
      'appid-missing',
      'redirect-uri-not-encoded',
      'redirect-uri-no-scheme',
      'response-type-not-code',
      'scope-invalid',
      'state-missing',
    ],
  },
]
