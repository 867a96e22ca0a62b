/**
 * exchangeOutcome and matchesExchange: the one word for how an exchange ended, and the filter the
 * inspector runs in the page and listExchanges / exportExchanges run in the core.
 */
import { describe, expect, it } from 'vitest'
import type {
  ApiExchange,
  Attempt,
  Exchange,
  ExchangeKind,
  OauthExchange,
  PageExchange,
  PushExchange,
  VerifyExchange,
} from '../../../src/shared/model/exchange'
import { pushAnalysis } from '../../helpers/exchange-fixtures'
import {
  EXCHANGE_KINDS,
  EXCHANGE_OUTCOMES,
  exchangeOutcome,
  matchesExchange,
} from '../../../src/shared/model/exchange-summary'
import type { ExchangeFilter, ExchangeOutcome } from '../../../src/shared/model/exchange-summary'
import { SERVICE_UNAVAILABLE_TIP } from '../../../src/shared/model/verdict'
import type { Verdict } from '../../../src/shared/model/verdict'

const body = (text: string) => ({ text, bytes: Buffer.byteLength(text) })

function attempt(
  url: string,
  response?: { status: number; text: string },
  requestText = '',
): Attempt {
  return {
    index: 1,
    startedAt: 0,
    durationMs: 1,
    request: { method: 'POST', url, headers: [], body: body(requestText) },
    ...(response
      ? { response: { status: response.status, headers: [], body: body(response.text) } }
      : { error: { code: 'connection-refused', message: 'ECONNREFUSED' } }),
  }
}

const base = (kind: ExchangeKind) => ({
  id: `${kind}-1`,
  accountId: 'acc-1',
  title: kind,
  simTime: 0,
  attempts: [attempt('http://127.0.0.1/x', { status: 200, text: '' })],
})

const pushOf = (more: Partial<PushExchange> = {}): PushExchange => ({
  ...base('push'),
  kind: 'push',
  analysis: pushAnalysis(),
  ...more,
})
const api = (more: Partial<ApiExchange> = {}): ApiExchange => ({
  ...base('api'),
  kind: 'api',
  ...more,
})
const oauth = (more: Partial<OauthExchange> = {}): OauthExchange => ({
  ...base('oauth'),
  kind: 'oauth',
  ...more,
})

const page = (more: Partial<PageExchange['analysis']> = {}, status = 200): PageExchange => ({
  ...base('page'),
  kind: 'page',
  attempts: [attempt('http://127.0.0.1:5176/x', { status, text: '' })],
  analysis: { url: 'http://127.0.0.1:5176/x', routedTo: 'site', purpose: 'navigate', ...more },
})

const JSSDK_CONFIG = {
  errMsg: 'config:ok',
  ok: true,
  appId: 'wx1',
  timestamp: '1',
  nonceStr: 'n',
  jsApiList: [],
  url: 'http://127.0.0.1:5176/x',
  ticket: 't',
  string1: 's',
  expectedSignature: 'a',
  givenSignature: 'a',
  domain: '127.0.0.1:5176',
  allowedDomains: ['127.0.0.1:5176'],
}

const header = { toUserName: 'oUser', fromUserName: 'gh_1', createTime: '1' }
const VERDICTS: Record<'reply' | 'no-reply' | 'service-unavailable', Verdict> = {
  reply: {
    outcome: 'reply',
    reply: { ...header, msgType: 'text', content: 'hi' },
    phoneView: { kind: 'text', content: 'hi' },
    problems: [],
  },
  'no-reply': { outcome: 'no-reply', reason: 'success', phoneView: { kind: 'none' }, problems: [] },
  'service-unavailable': {
    outcome: 'service-unavailable',
    cause: 'bot-unreachable',
    phoneView: { kind: 'error-banner', text: SERVICE_UNAVAILABLE_TIP },
    problems: [],
  },
}

const verify = (ok: boolean): VerifyExchange => ({
  ...base('verify'),
  kind: 'verify',
  analysis: {
    verdict: { ok, code: ok ? 'passed' : 'echostr-mismatch', detail: {} },
    signature: pushAnalysis().signature,
    echostr: '1',
  },
})

describe('exchangeOutcome', () => {
  it.each<[string, Exchange, ExchangeOutcome]>([
    ['a push answered with a reply', pushOf({ verdict: VERDICTS.reply }), 'reply'],
    ['a push answered with success', pushOf({ verdict: VERDICTS['no-reply'] }), 'no-reply'],
    [
      'a push the phone shows the system tip for',
      pushOf({ verdict: VERDICTS['service-unavailable'] }),
      'service-unavailable',
    ],
    ['a verification that passed', verify(true), 'ok'],
    ['a verification that failed', verify(false), 'failed'],
    ['an API call answered errcode 0', api({ errcode: 0 }), 'ok'],
    ['an API call answered errcode 40001', api({ errcode: 40001 }), 'failed'],
    ['an API call without errcode, HTTP 200', api(), 'ok'],
    [
      'an API call without errcode, HTTP 404',
      api({ attempts: [attempt('/x', { status: 404, text: '' })] }),
      'failed',
    ],
    ['an API call dropped by a fault', api({ attempts: [attempt('/x')] }), 'failed'],
    [
      'an OAuth page that redirected',
      oauth({ attempts: [attempt('/connect', { status: 302, text: '' })] }),
      'ok',
    ],
    [
      'an OAuth page that refused',
      oauth({ attempts: [attempt('/connect', { status: 400, text: '' })] }),
      'failed',
    ],
    ['an exchange with no attempt at all', api({ attempts: [] }), 'failed'],
    [
      'a refused consent (a 302 without a code, no errcode)',
      oauth({
        attempts: [attempt('/connect', { status: 302, text: '' })],
        analysis: { outcome: 'denied', scope: 'snsapi_userinfo' },
      }),
      'denied',
    ],
    [
      'WeChat’s error page (HTTP 200, a page)',
      oauth({ errcode: 10003, analysis: { outcome: 'error-page' } }),
      'failed',
    ],
    [
      'WeChat’s error page without a code of its own',
      oauth({ analysis: { outcome: 'error-page', findings: [] } }),
      'failed',
    ],
    ['the consent page shown', oauth({ errcode: 0, analysis: { outcome: 'consent-page' } }), 'ok'],
    ['a page load answered 200', page(), 'ok'],
    ['a redirect hop (302)', page({ redirectTo: 'http://x/' }, 302), 'ok'],
    ['a page the site answered with 500', page({}, 500), 'failed'],
    ['wx.config accepted', page({ purpose: 'jssdk', jssdkConfig: JSSDK_CONFIG }), 'ok'],
    [
      'wx.config refused (the shim still got HTTP 200)',
      page({
        purpose: 'jssdk',
        jssdkConfig: { ...JSSDK_CONFIG, ok: false, errMsg: 'config:invalid signature' },
      }),
      'failed',
    ],
    [
      'a wx.* call refused',
      page({ purpose: 'jssdk', jssdkCall: { api: 'x', args: '{}', answer: '{}', ok: false } }),
      'failed',
    ],
  ])('%s → %s', (_name, e, outcome) => {
    expect(exchangeOutcome(e)).toBe(outcome)
  })

  it('the published lists hold every kind and every outcome', () => {
    expect([...EXCHANGE_KINDS].sort()).toEqual(['api', 'oauth', 'page', 'push', 'verify'])
    expect([...EXCHANGE_OUTCOMES].sort()).toEqual(
      ['denied', 'failed', 'no-reply', 'ok', 'reply', 'service-unavailable'].sort(),
    )
  })
})

describe('matchesExchange', () => {
  const push = pushOf({
    id: 'ex-push-7',
    openid: 'oUserA',
    title: 'text',
    verdict: VERDICTS.reply,
    attempts: [
      attempt(
        'http://127.0.0.1:5176/wechat?signature=abc',
        { status: 200, text: '<xml><Content><![CDATA[Reply-Only-Words]]></Content></xml>' },
        '<xml><Encrypt><![CDATA[CIPHER]]></Encrypt></xml>',
      ),
    ],
    analysis: pushAnalysis({ plainXml: '<xml><Content><![CDATA[Hello 世界]]></Content></xml>' }),
  })
  const sealed = pushOf({
    id: 'ex-safe-1',
    verdict: {
      ...VERDICTS.reply,
      envelope: {
        timeStamp: '1',
        nonce: '2',
        msgSignature: 'x',
        innerXml: '<xml><Content><![CDATA[Decrypted-Answer]]></Content></xml>',
      },
    },
  })
  const apiCall = api({ accountId: 'acc-2', title: '/cgi-bin/token', errcode: 40125 })

  it.each<[string, Exchange, ExchangeFilter, boolean]>([
    ['no filter', push, {}, true],
    ['its account', push, { accountId: 'acc-1' }, true],
    ['another account', push, { accountId: 'acc-2' }, false],
    ['its user', push, { openid: 'oUserA' }, true],
    ['another user', push, { openid: 'oUserB' }, false],
    ['a user filter on a call without a user', apiCall, { openid: 'oUserA' }, false],
    ...EXCHANGE_KINDS.map((kind): [string, Exchange, ExchangeFilter, boolean] => [
      `kind ${kind}`,
      push,
      { kind },
      kind === 'push',
    ]),
    ...EXCHANGE_OUTCOMES.map((outcome): [string, Exchange, ExchangeFilter, boolean] => [
      `outcome ${outcome} (API call, errcode 40125)`,
      apiCall,
      { outcome },
      outcome === 'failed',
    ]),
    ['kind and outcome both holding', apiCall, { kind: 'api', outcome: 'failed' }, true],
    ['kind holding, outcome not', apiCall, { kind: 'api', outcome: 'ok' }, false],
    ['empty filter values are no filter', push, { accountId: '', openid: '', q: '' }, true],
  ])('%s', (_name, e, filter, expected) => {
    expect(matchesExchange(e, filter)).toBe(expected)
  })

  it.each<[string, Exchange, string, boolean]>([
    ['the title', apiCall, '/CGI-BIN/TOKEN', true],
    ['the id', push, 'ex-push-7', true],
    ['the openid', push, 'ousera', true],
    ['the request URL', push, 'signature=ABC', true],
    ['the request body', push, 'cipher', true],
    ['the response body', push, 'reply-only-words', true],
    ['the plaintext of an encrypted push', push, 'hello 世界', true],
    ['the decrypted reply of an encrypted answer', sealed, 'decrypted-answer', true],
    ['surrounding spaces', push, '  HELLO  ', true],
    ['only spaces (no filter)', push, '   ', true],
    ['text that is nowhere', push, 'absent', false],
    ['a verification by its Chinese title', verify(true), 'URL 验证', true],
    ['a verification by its English title', verify(true), 'url verification', true],
    [
      'an OAuth call by what it was for, in Chinese',
      api({ title: '/sns/oauth2/access_token' }),
      '换网页授权',
      true,
    ],
    [
      'a page request by its real address',
      page({ url: 'https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1' }),
      'open.weixin.qq.com',
      true,
    ],
    ['a page request by its title', page({ title: '我的资料 Profile' }), '我的资料', true],
    [
      'a redirect by its target’s fragment',
      page({ redirectTo: 'https://open.weixin.qq.com/x#wechat_redirect' }),
      '#wechat_redirect',
      true,
    ],
  ])('q finds %s, whatever the case', (_name, e, q, expected) => {
    expect(matchesExchange(e, { q })).toBe(expected)
  })
})
