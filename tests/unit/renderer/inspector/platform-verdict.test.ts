/**
 * OAuth and API calls judged in words: how the authorize pages ended (a refusal as a refusal, not
 * "errcode 0"), WeChat's error page with its number and line instead of the page's HTML, every
 * finding with its explanation and fix, errcodes with their meaning, and no card when there is
 * nothing to judge (the detail then shows no verdict section).
 */
import type { TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { inspectorT } from './inspector-t'
import { hasVerdict } from '../../../../src/renderer/src/features/inspector/detail-sections'
import {
  errmsgOf,
  platformVerdict,
} from '../../../../src/renderer/src/features/inspector/platform-verdict'
import { OAUTH_OUTCOME_TEXT } from '../../../../src/shared/explain/oauth-findings'
import { OAUTH_PROBLEM_TEXT } from '../../../../src/shared/explain/oauth-problems'
import { PLATFORM_NOTE_TEXT } from '../../../../src/shared/explain/platform-notes'
import type { ApiExchange, OauthExchange } from '../../../../src/shared/model/exchange'

let en: TFunction<'inspector'>
let zh: TFunction<'inspector'>

beforeAll(async () => {
  ;({ en, zh } = await inspectorT())
})

const ERROR_PAGE_HTML = '<!doctype html><html><head><title>无法完成授权</title></head></html>'

function answered(status: number, text: string) {
  return [
    {
      index: 1,
      startedAt: 0,
      durationMs: 3,
      request: { method: 'GET', url: '/x', headers: [], body: { text: '', bytes: 0 } },
      response: { status, headers: [], body: { text, bytes: text.length } },
    },
  ]
}

function oauth(more: Partial<OauthExchange>, status = 200, body = ''): OauthExchange {
  return {
    id: 'o1',
    kind: 'oauth',
    accountId: 'acc-1',
    title: '/connect/oauth2/authorize',
    simTime: 0,
    attempts: answered(status, body),
    ...more,
  }
}

function api(more: Partial<ApiExchange>, body = ''): ApiExchange {
  return {
    id: 'a1',
    kind: 'api',
    accountId: 'acc-1',
    title: '/sns/userinfo',
    simTime: 0,
    attempts: answered(200, body),
    ...more,
  }
}

const DOMAIN_MISMATCH = {
  code: 'redirect-uri-domain-mismatch',
  severity: 'error' as const,
  detail: { host: 'evil.example', callbackDomain: '127.0.0.1:5176', relation: 'unrelated' },
  wechatErrcode: 10003,
}

describe('platformVerdict', () => {
  it('WeChat’s error page: its number and line, the finding with its fix, never the HTML', () => {
    const exchange = oauth(
      { errcode: 10003, analysis: { outcome: 'error-page', findings: [DOMAIN_MISMATCH] } },
      200,
      ERROR_PAGE_HTML,
    )
    const cards = platformVerdict(exchange, 'zh', zh)
    expect(cards.map((c) => c.code)).toEqual(['outcome-error-page', DOMAIN_MISMATCH.code])
    expect(cards[0]!.text.title).toContain('10003')
    expect(cards[0]!.text.title).toContain('redirect_uri 域名与后台配置不一致')
    expect(cards[1]!.text).toEqual(OAUTH_PROBLEM_TEXT['redirect-uri-domain-mismatch'].zh)
    expect(cards[1]!.spec).toBe('§9.2')
    expect(cards[1]!.facts).toEqual([DOMAIN_MISMATCH.detail])
    for (const card of cards) expect(JSON.stringify(card)).not.toContain('<!doctype')
    const english = platformVerdict(exchange, 'en', en)
    expect(english[0]!.text.title).toContain('redirect_uri domain does not match')
  })

  it('an error page without a WeChat code says WeChat’s reaction is undocumented', () => {
    const finding = { code: 'appid-unknown', severity: 'error' as const, detail: {} }
    const cards = platformVerdict(
      oauth({ analysis: { outcome: 'error-page', findings: [finding] } }),
      'en',
      en,
    )
    expect(cards[0]!.text.explanation).toContain('undocumented')
    expect(cards[1]!.text.title).toBe('No account has this AppID')
  })

  it('a refusal is a refusal: a warning with its explanation, not "errcode 0 ok"', () => {
    const cards = platformVerdict(
      oauth(
        {
          title: '/connect/oauth2/authorize/consent',
          analysis: { outcome: 'denied', scope: 'snsapi_userinfo' },
        },
        302,
      ),
      'en',
      en,
    )
    expect(cards).toHaveLength(1)
    expect(cards[0]).toMatchObject({ code: 'outcome-denied', tone: 'warning', fixLabel: 'fix' })
    expect(cards[0]!.text).toEqual(OAUTH_OUTCOME_TEXT.denied.en)
    expect(JSON.stringify(cards)).not.toContain('errcode 0')
  })

  it('a code handed back is a step that went well, with what comes next; no errcode card', () => {
    const cards = platformVerdict(
      oauth({ errcode: 0, analysis: { outcome: 'code', scope: 'snsapi_base' } }, 302),
      'zh',
      zh,
    )
    expect(cards.map((c) => [c.code, c.tone, c.fixLabel])).toEqual([['outcome-code', 'ok', 'next']])
    expect(cards[0]!.facts).toEqual([{ scope: 'snsapi_base' }])
  })

  it('an /sns errcode has its meaning, explanation and fix, and the errmsg as a fact', () => {
    const body = '{"errcode":48001,"errmsg":"api unauthorized rid: 1-2-3"}'
    const cards = platformVerdict(
      api(
        { errcode: 48001, analysis: { problem: 'token-scope-base', scope: 'snsapi_base' } },
        body,
      ),
      'en',
      en,
    )
    expect(cards.map((c) => [c.code, c.tone])).toEqual([
      ['errcode-48001', 'error'],
      ['token-scope-base', 'info'],
    ])
    expect(cards[0]!.text.title).toBe('WeChat answered errcode 48001: API unauthorized')
    expect(cards[0]!.text.fix).toContain('snsapi_userinfo')
    expect(cards[0]!.facts).toEqual([{ errmsg: 'api unauthorized rid: 1-2-3' }])
    expect(cards[0]!.spec).toBe('§9.4')
    expect(cards[1]!.text).toEqual(PLATFORM_NOTE_TEXT['token-scope-base'].en)
  })

  it('a code WeChat would answer without words still gets its meaning', () => {
    const cards = platformVerdict(api({ title: '/cgi-bin/menu/create', errcode: 40017 }), 'zh', zh)
    expect(cards[0]!.text.title).toBe('微信返回 errcode 40017：按钮类型无效')
    expect(cards[0]!.spec).toBe('§10.7')
  })

  it('a platform note without words of its own is a fact beside the errcode', () => {
    const cards = platformVerdict(
      api({
        title: '/cgi-bin/menu/create',
        errcode: 40016,
        analysis: { problem: 'button-count', at: 'button' },
      }),
      'en',
      en,
    )
    expect(cards[0]!.facts).toEqual([{ noted: 'button-count', at: 'button' }])
  })

  it('errcode 0 is a brief ok; an unknown errcode says so', () => {
    expect(platformVerdict(api({ errcode: 0 }), 'en', en)).toMatchObject([
      { code: 'errcode-0', tone: 'ok', text: { title: 'WeChat answered errcode 0 (ok).' } },
    ])
    expect(platformVerdict(api({ errcode: 99999 }), 'en', en)[0]!.text.title).toBe(
      'WeChat answered errcode 99999.',
    )
  })

  it('warnings come after errors; odd but accepted requests are warned about', () => {
    const cards = platformVerdict(
      api({ errcode: 0, analysis: { warnings: ['lang-unknown', 'menu-odd'] } }),
      'en',
      en,
    )
    expect(cards.map((c) => [c.code, c.tone])).toEqual([
      ['lang-unknown', 'warning'],
      ['platform-warnings', 'warning'],
      ['errcode-0', 'ok'],
    ])
    expect(cards[1]!.facts).toEqual([{ noted: 'menu-odd' }])
  })

  it('nothing recorded to judge ⇒ no card and no verdict section', () => {
    const plain = api({ title: '/cgi-bin/token' })
    expect(platformVerdict(plain, 'en', en)).toEqual([])
    expect(hasVerdict(plain, [])).toBe(false)
  })
})

describe('errmsgOf', () => {
  it('reads a JSON errmsg and never returns a page', () => {
    expect(errmsgOf('{"errcode":40163,"errmsg":"code been used"}')).toBe('code been used')
    expect(errmsgOf(ERROR_PAGE_HTML)).toBeUndefined()
    expect(errmsgOf('{"errcode":1}')).toBeUndefined()
  })
})
