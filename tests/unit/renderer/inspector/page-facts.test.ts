/**
 * A phone-browser request in words: the real address, who answered (the site, or mpsim's mock
 * for a WeChat host), the kind of request, a redirect's target with its fragment, mpsim's notes —
 * never a raw code —, and the JS-SDK verdict's words; the name rows and headings show.
 */
import type { TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { inspectorT } from './inspector-t'
import { hasVerdict } from '../../../../src/renderer/src/features/inspector/detail-sections'
import {
  exchangeHeading,
  shortAddress,
} from '../../../../src/renderer/src/features/inspector/exchange-title'
import {
  domainVerdict,
  jssdkDenial,
  jssdkProblemText,
  jssdkSignedText,
  pageFacts,
  pageNotes,
} from '../../../../src/renderer/src/features/inspector/page-facts'
import {
  JSSDK_PROBLEM_TEXT,
  JSSDK_SIGNED_TEXT,
} from '../../../../src/shared/explain/jssdk-problems'
import { PAGE_NOTE_CODES, PAGE_NOTE_TEXT } from '../../../../src/shared/explain/page-notes'
import type {
  JssdkConfigFact,
  PageAnalysis,
  PageExchange,
  VerifyExchange,
} from '../../../../src/shared/model/exchange'
import { middleDiff } from '../../../../src/renderer/src/features/inspector/signature-diff'
import { pushExchange } from '../../../helpers/exchange-fixtures'

let en: TFunction<'inspector'>
let zh: TFunction<'inspector'>

beforeAll(async () => {
  ;({ en, zh } = await inspectorT())
})

function page(analysis: Partial<PageAnalysis>, status = 200): PageExchange {
  return {
    id: 'p1',
    kind: 'page',
    accountId: 'acc-1',
    title: 'x',
    simTime: 0,
    attempts: [
      {
        index: 1,
        startedAt: 0,
        durationMs: 4,
        request: {
          method: 'GET',
          url: 'http://127.0.0.1:40001/x',
          headers: [],
          body: { text: '', bytes: 0 },
        },
        response: { status, headers: [], body: { text: '', bytes: 0 } },
      },
    ],
    analysis: {
      url: 'http://127.0.0.1:5176/oauth/start',
      routedTo: 'site',
      purpose: 'navigate',
      ...analysis,
    },
  }
}

const CONFIG: JssdkConfigFact = {
  errMsg: 'config:invalid signature',
  ok: false,
  problem: 'invalid-signature',
  appId: 'wx1',
  timestamp: '1414587457',
  nonceStr: 'Wm3WZYTPz0wzccnW',
  jsApiList: ['chooseImage'],
  url: 'http://127.0.0.1:5176/jssdk',
  fragmentStripped: '#/tab',
  ticket: 'TICKET',
  string1:
    'jsapi_ticket=TICKET&noncestr=Wm3WZYTPz0wzccnW&timestamp=1414587457&url=http://127.0.0.1:5176/jssdk',
  expectedSignature: 'aaaa',
  givenSignature: 'bbbb',
  signatureMatch: 'url-with-fragment',
  signedString1: 'jsapi_ticket=…&url=http://127.0.0.1:5176/jssdk#/tab',
  domain: '127.0.0.1:5176',
  allowedDomains: ['127.0.0.1:5176'],
}

describe('pageFacts', () => {
  it('a redirect to WeChat: the real address, the site that answered, the target with its fragment', () => {
    const target =
      'https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&scope=snsapi_base#wechat_redirect'
    const facts = pageFacts(page({ redirectTo: target, title: 'Found' }, 302), en)
    // A redirect's own page title ("Found") says nothing; it is left out.
    expect(facts.map((f) => [f.key, f.value])).toEqual([
      ['address', 'http://127.0.0.1:5176/oauth/start'],
      ['routedTo', 'the site itself (127.0.0.1:5176)'],
      ['purpose', 'a page load'],
      ['redirect', target],
    ])
    expect(pageFacts(page({ title: 'OAuth' }), en).at(-1)).toMatchObject({ key: 'title' })
  })

  it('a WeChat host answered by the mock, in Chinese', () => {
    const facts = pageFacts(
      page({
        url: 'https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1',
        routedTo: 'platform',
        wechatHost: 'open.weixin.qq.com',
        purpose: 'form',
      }),
      zh,
    )
    expect(facts.find((f) => f.key === 'routedTo')?.value).toBe(
      'mpsim 的模拟微信，代替 open.weixin.qq.com',
    )
    expect(facts.find((f) => f.key === 'purpose')?.value).toBe('提交表单')
  })

  it('words every note code in both languages and leaves unknown codes out, never raw', () => {
    for (const code of PAGE_NOTE_CODES) {
      expect(pageNotes(page({ notes: [code] }), 'zh')).toEqual([PAGE_NOTE_TEXT[code].zh])
      expect(pageNotes(page({ notes: [code] }), 'en')).toEqual([PAGE_NOTE_TEXT[code].en])
    }
    expect(pageNotes(page({ notes: ['something-new'] }), 'en')).toEqual([])
  })

  it('a failed page load has a verdict; a good one has none', () => {
    expect(hasVerdict(page({}, 200), [])).toBe(false)
    expect(hasVerdict(page({}, 302), [])).toBe(false)
    expect(hasVerdict(page({}, 500), [])).toBe(true)
    expect(hasVerdict(page({ purpose: 'jssdk', jssdkConfig: CONFIG }), [])).toBe(true)
  })
})

describe('the JS-SDK verdict in words', () => {
  it('names the problem and what the page signed instead', () => {
    expect(jssdkProblemText(CONFIG, 'zh')).toEqual(JSSDK_PROBLEM_TEXT['invalid-signature'].zh)
    expect(jssdkSignedText(CONFIG, 'en')).toEqual(JSSDK_SIGNED_TEXT['url-with-fragment'].en)
    const accepted: JssdkConfigFact = {
      ...CONFIG,
      ok: true,
      errMsg: 'config:ok',
      problem: undefined,
      signatureMatch: 'page-url',
    }
    expect(jssdkProblemText(accepted, 'en')).toBeUndefined()
    expect(jssdkSignedText(accepted, 'en')).toBeUndefined()
  })

  it('says whether the domain passed, and that an unknown appid left it unchecked', () => {
    expect(domainVerdict(CONFIG)).toBe('allowed')
    expect(domainVerdict({ ...CONFIG, problem: 'invalid-url-domain' })).toBe('refused')
    expect(domainVerdict({ ...CONFIG, problem: 'invalid-appid' })).toBe('unchecked')
  })

  it('reads why a wx.* call was refused from the errMsg the page got', () => {
    const call = (errMsg: string, ok = false) => ({
      api: 'chooseImage',
      args: '{}',
      answer: JSON.stringify({ errMsg }),
      ok,
    })
    expect(jssdkDenial(call('chooseImage:permission denied'))).toBe('not-in-list')
    expect(jssdkDenial(call('chooseImage:the permission value is offline verifying'))).toBe(
      'not-configured',
    )
    expect(jssdkDenial(call('chooseImage:cancel'))).toBeUndefined()
    expect(jssdkDenial(call('chooseImage:ok', true))).toBeUndefined()
  })
})

describe('exchangeHeading', () => {
  it('names each kind by what went over the wire, with words for what it was', () => {
    expect(exchangeHeading(pushExchange('x', { title: 'text' }), 'en')).toEqual({
      title: 'text',
      mono: true,
    })
    const verify = { ...pushExchange('v'), kind: 'verify', title: 'URL verification' }
    expect(exchangeHeading(verify as unknown as VerifyExchange, 'zh')).toEqual({
      title: 'URL 验证',
      mono: false,
    })
    const atWechat = page({
      url: 'https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1',
      routedTo: 'platform',
    })
    expect(exchangeHeading(atWechat, 'zh')).toEqual({
      title: 'open.weixin.qq.com/connect/oauth2/authorize',
      mono: true,
      words: '打开授权链接',
    })
    expect(exchangeHeading(page({ title: 'Profile' }), 'en').words).toBe('Profile')
    expect(
      exchangeHeading(
        page({ title: 'Found', redirectTo: 'http://bot/oauth/callback/?code=1' }),
        'en',
      ).words,
    ).toBe('→ bot/oauth/callback/')
    expect(exchangeHeading(page({ purpose: 'jssdk', jssdkConfig: CONFIG }), 'en')).toEqual({
      title: 'wx.config',
      mono: true,
      words: 'config:invalid signature',
    })
  })

  it('shortens an address to host and path', () => {
    expect(shortAddress('https://open.weixin.qq.com/connect/oauth2/authorize?a=1#x')).toBe(
      'open.weixin.qq.com/connect/oauth2/authorize',
    )
    expect(shortAddress('not a url')).toBe('not a url')
  })
})

describe('middleDiff', () => {
  it.each([
    ['a query dropped', 'url=http://h/p?from=x', 'url=http://h/p', '', '?from=x'],
    ['a fragment kept', 'url=http://h/p', 'url=http://h/p#/tab', '#/tab', ''],
    ['an encoded URL', 'url=http://h/p', 'url=http%3A%2F%2Fh%2Fp', '%3A%2F%2Fh%2F', '://h/'],
    ['the same string', 'abc', 'abc', '', ''],
  ])('%s', (_name, expected, received, changed, missing) => {
    const diff = middleDiff(expected, received)
    expect(diff.changed).toBe(changed)
    expect(diff.missing).toBe(missing)
    expect(diff.prefix + diff.changed + diff.suffix).toBe(received)
    expect(diff.prefix + diff.missing + diff.suffix).toBe(expected)
  })
})
