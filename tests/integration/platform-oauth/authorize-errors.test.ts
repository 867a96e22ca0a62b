/**
 * GET /connect/oauth2/authorize with links WeChat refuses (protocol.md §9.1, §9.2): WeChat's in-app error
 * page (HTML, not JSON, not a redirect) with its code, plus mpsim's explanation in both languages.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { OAUTH_PROBLEM_TEXT } from '../../../src/shared/explain/oauth-problems'
import type { Account } from '../../../src/shared/model/account'
import { OAUTH_PAGE_TEXT } from '../../../src/shared/explain/oauth-page-texts'
import { authorizePath, REDIRECT_URI, startPlatform } from './client'
import type { Answer, Platform } from './client'
import { ACCOUNT, TEST_ACCOUNT_OVERRIDES } from './context'

const BASE = authorizePath()

interface Row {
  id: string
  path: string
  /** The number on WeChat's page; '' when WeChat's reaction is undocumented. */
  code: number | ''
  finding: keyof typeof OAUTH_PROBLEM_TEXT | keyof typeof OAUTH_PAGE_TEXT
  account?: Partial<Account>
}

const rows: Row[] = [
  {
    id: 'appid missing',
    path: authorizePath({ appid: undefined }),
    code: 10012,
    finding: 'appid-missing',
  },
  { id: 'appid empty', path: authorizePath({ appid: '' }), code: 10012, finding: 'appid-missing' },
  {
    id: 'appid unknown',
    path: authorizePath({ appid: 'wx1111111111111111' }),
    code: '',
    finding: 'appid-unknown',
  },
  {
    id: 'redirect_uri missing',
    path: authorizePath({ redirect_uri: undefined }),
    code: 10011,
    finding: 'redirect-uri-missing',
  },
  {
    id: 'redirect_uri empty',
    path: authorizePath({ redirect_uri: '' }),
    code: 10011,
    finding: 'redirect-uri-missing',
  },
  {
    id: 'other domain',
    path: authorizePath({ redirect_uri: 'http://evil.example/cb/' }),
    code: 10003,
    finding: 'redirect-uri-domain-mismatch',
  },
  {
    id: 'subdomain of the domain',
    path: authorizePath({ redirect_uri: 'http://www.bot.example/cb/' }),
    code: 10003,
    finding: 'redirect-uri-domain-mismatch',
  },
  {
    id: 'parent of the domain',
    path: authorizePath({ redirect_uri: 'http://example/cb/' }),
    code: 10003,
    finding: 'redirect-uri-domain-mismatch',
  },
  {
    id: 'no scheme (request.get_host())',
    path: authorizePath({ redirect_uri: 'bot.example/cb/' }),
    code: 10003,
    finding: 'redirect-uri-no-scheme',
  },
  {
    id: 'unsupported scheme',
    path: authorizePath({ redirect_uri: 'ftp://bot.example/cb/' }),
    code: 10003,
    finding: 'redirect-uri-scheme-unsupported',
  },
  {
    id: 'port on a formal account',
    path: authorizePath({ redirect_uri: 'http://bot.example:8080/cb/' }),
    code: 10003,
    finding: 'redirect-uri-port-not-allowed',
  },
  {
    id: 'redirect_uri encoded twice',
    path: authorizePath({ redirect_uri: encodeURIComponent(REDIRECT_URI) }),
    code: 10003,
    finding: 'redirect-uri-double-encoded',
  },
  {
    id: 'domain saved with http:// (seed journey)',
    path: BASE,
    code: 10003,
    finding: 'callback-domain-has-scheme',
    account: { callbackDomain: 'http://bot.example' },
  },
  {
    id: 'test account: other port',
    path: authorizePath({ redirect_uri: 'http://127.0.0.1:9999/cb/' }),
    code: 10003,
    finding: 'redirect-uri-domain-mismatch',
    account: TEST_ACCOUNT_OVERRIDES,
  },
  {
    id: 'test account: no port',
    path: authorizePath({ redirect_uri: 'http://127.0.0.1/cb/' }),
    code: 10003,
    finding: 'redirect-uri-domain-mismatch',
    account: TEST_ACCOUNT_OVERRIDES,
  },
  {
    id: 'scope missing',
    path: authorizePath({ scope: undefined }),
    code: 10010,
    finding: 'scope-missing',
  },
  { id: 'scope empty', path: authorizePath({ scope: '' }), code: 10010, finding: 'scope-missing' },
  {
    id: 'scope snsapi_login',
    path: authorizePath({ scope: 'snsapi_login' }),
    code: 10005,
    finding: 'scope-invalid',
  },
  {
    id: 'scope in upper case',
    path: authorizePath({ scope: 'SNSAPI_BASE' }),
    code: 10005,
    finding: 'scope-invalid',
  },
  {
    id: 'response_type token',
    path: authorizePath({ response_type: 'token' }),
    code: '',
    finding: 'response-type-not-code',
  },
  {
    id: 'response_type missing',
    path: authorizePath({ response_type: undefined }),
    code: '',
    finding: 'response-type-not-code',
  },
  {
    id: 'state of 129 bytes',
    path: authorizePath({ state: 'a'.repeat(129) }),
    code: '',
    finding: 'state-too-long',
  },
  {
    id: 'state of 43 Chinese characters (129 bytes)',
    path: authorizePath({ state: '授'.repeat(43) }),
    code: '',
    finding: 'state-too-long',
  },
  {
    id: 'state of 10 kB',
    path: authorizePath({ state: 'x'.repeat(10_000) }),
    code: '',
    finding: 'state-too-long',
  },
  {
    id: 'parameter given twice',
    path: `${BASE}&scope=snsapi_userinfo`,
    code: '',
    finding: 'param-duplicated',
  },
  {
    id: 'redirect_uri with its own query, not encoded',
    path: `/connect/oauth2/authorize?appid=${ACCOUNT.appId}&redirect_uri=http://bot.example/cb/?a=1&b=2&response_type=code&scope=snsapi_base&state=S`,
    code: '',
    finding: 'redirect-uri-query-split',
  },
  {
    id: 'state not UTF-8 (%FF)',
    path: `${authorizePath({ state: undefined })}&state=%FF`,
    code: '',
    finding: 'param-not-utf8',
  },
  {
    id: 'state in GBK',
    path: `${authorizePath({ state: undefined })}&state=%D6%D0%CE%C4`,
    code: '',
    finding: 'param-not-utf8',
  },
  {
    id: 'broken escape in redirect_uri',
    path:
      authorizePath({ redirect_uri: undefined }) + '&redirect_uri=http%3A%2F%2Fbot.example%2F%E4',
    code: '',
    finding: 'param-not-utf8',
  },
]

function findingsOf(page: string): string[] {
  return [...page.matchAll(/data-finding="([^"]+)"/g)].map((m) => m[1] ?? '')
}

function textOf(code: Row['finding']) {
  return code in OAUTH_PAGE_TEXT
    ? OAUTH_PAGE_TEXT[code as keyof typeof OAUTH_PAGE_TEXT]
    : OAUTH_PROBLEM_TEXT[code as keyof typeof OAUTH_PROBLEM_TEXT]
}

/** What the page escapes: the explanations contain quotes and ampersands. */
function escaped(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

describe('authorize error page', () => {
  describe.each(rows)('$id', (row) => {
    let p: Platform
    let r: Answer
    beforeEach(async () => {
      p = await startPlatform(row.account ? { account: row.account } : {})
      r = await p.get(row.path)
    })
    afterEach(() => p.close())

    it('is an HTML page, not a redirect', () => {
      expect(r.status).toBe(200)
      expect(r.location).toBeNull()
      expect(r.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/)
      expect(r.text).toContain('data-testid="oauth-error"')
    })

    it('shows the code WeChat shows', () => {
      expect(r.text).toContain(`data-code="${row.code}"`)
      if (row.code !== '') {
        expect(r.text).toContain(`<strong data-testid="oauth-error-code">${row.code}</strong>`)
      }
    })

    it('explains the finding in Chinese and English', () => {
      expect(findingsOf(r.text)).toContain(row.finding)
      const text = textOf(row.finding)
      expect(r.text).toContain(escaped(text.zh.title))
      expect(r.text).toContain(escaped(text.en.title))
      expect(r.text).toContain(escaped(text.zh.fix))
      expect(r.text).toContain(escaped(text.en.explanation))
    })

    it('uses WeUI and a strict CSP', () => {
      expect(r.text).toContain('href="/__mpsim/weui.min.css"')
      expect(r.text).toContain('class="weui-msg"')
      expect(r.text).toContain('weui-icon-warn')
      expect(r.text).not.toMatch(/<script/i)
      const csp = r.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("default-src 'none'")
      expect(csp).not.toContain('script-src')
    })

    it('notes that #wechat_redirect cannot be seen by a server', () => {
      expect(r.text).toContain('#wechat_redirect')
    })

    it('is recorded as an oauth Exchange with the page code', async () => {
      const [exchange] = await p.waitForExchanges(1)
      expect(exchange?.kind).toBe('oauth')
      expect(exchange?.title).toBe('/connect/oauth2/authorize')
      expect(exchange?.errcode).toBe(row.code === '' ? undefined : row.code)
      expect(exchange?.analysis?.outcome).toBe('error-page')
    })
  })
})

describe('authorize error page escaping', () => {
  it('escapes request values it shows', async () => {
    const p = await startPlatform()
    try {
      const r = await p.get(authorizePath({ appid: 'wx"><script>alert(1)</script>' }))
      expect(r.text).not.toContain('<script>alert(1)</script>')
      expect(r.text).toContain('appid=wx&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    } finally {
      await p.close()
    }
  })

  it('lists the other findings too (domain saved with a scheme ⇒ mismatch as well)', async () => {
    const p = await startPlatform({ account: { callbackDomain: 'http://bot.example' } })
    try {
      const r = await p.get(BASE)
      expect(findingsOf(r.text)).toEqual(
        expect.arrayContaining(['callback-domain-has-scheme', 'redirect-uri-domain-mismatch']),
      )
    } finally {
      await p.close()
    }
  })
})
