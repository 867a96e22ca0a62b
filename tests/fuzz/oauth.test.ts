/**
 * OAuth URL rules under hostile redirect_uri values (protocol.md §9): the pure rules and the mock
 * platform's GET /connect/oauth2/authorize. The invariant that matters most is "no open redirect":
 * whenever a redirect_uri is accepted, the host a browser would go to — per WHATWG `new URL()`,
 * which reads `\` as `/` and drops userinfo, tabs and newlines — is the callback domain's host.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  buildCallbackUrl,
  checkAuthorizeUrl,
  checkCallbackDomain,
  checkRedirectUri,
  redirectUriInDomain,
} from '../../src/core/protocol/oauth'
import type { OAuthAccount, OAuthProblem } from '../../src/core/protocol/oauth'
import { startCore } from '../../src/core/start-core'
import type { RunningCore } from '../../src/core/start-core'
import { OAUTH_PROBLEM_CODES } from '../../src/shared/model/oauth-problem-codes'
import { elementText } from './helpers/arbitraries'
import { announce, fuzzParams, PROPERTY_TIMEOUT_MS } from './helpers/fuzz-run'
import {
  findGc,
  GC_MISSING_REASON,
  HEAP_GROWTH_LIMIT_BYTES,
  settledHeapBytes,
  watchProcess,
} from './helpers/process-guard'
import type { ProcessWatch } from './helpers/process-guard'
import { rawRequest } from './helpers/raw-http'
import { mustReturn } from './helpers/typed-errors'

const gc = findGc()
let watch: ProcessWatch
let core: RunningCore
let heapBefore = 0

/** The two kinds of account (protocol.md §9.2): a 测试号 with IP:port, a formal one with a bare domain. */
const TEST_DOMAIN = '127.0.0.1:5174'
const FORMAL_DOMAIN = 'bot.example'
const FORMAL_APPID = 'wx00000000000000f0'

/** A URL glued from pieces that confuse hand-written URL readers (mostly refused). */
function composedUri(domain: string): fc.Arbitrary<string> {
  const [domainHost = '', domainPort = ''] = domain.split(':')
  return fc
    .tuple(
      fc.constantFrom('http', 'https', 'HTTP', 'javascript', 'ftp', ''),
      fc.constantFrom('://', ':\\\\', ':/\\', ':\\/', ':', ':///', '://\t', '//'),
      fc.constantFrom(
        '',
        'evil.example@',
        'evil.example\\@',
        'evil.example%5C@',
        'a:b@',
        '@',
        `${domain}@`,
        'evil.example\t@',
      ),
      fc.constantFrom(
        domainHost,
        'evil.example',
        `${domainHost}.evil.example`,
        `evil.example\\`,
        'EVIL.example',
        '127.1',
        '2130706433',
        '[::1]',
        '１２７．０．０．１',
        `${domainHost}.`,
        '',
      ),
      fc.constantFrom(
        '',
        domainPort === '' ? '' : `:${domainPort}`,
        `:0${domainPort}`,
        ':80',
        ':',
        `:${domainPort}:`,
      ),
      fc.constantFrom(
        '',
        '/',
        '/cb/',
        '\\evil.example/',
        '/\\evil.example',
        '#x',
        '?a=1',
        '//evil.example',
        '@evil.example',
        '/\t/evil.example',
        '/%2F%2Fevil.example',
      ),
      fc.constantFrom('', `@${domain}`, `\\@${domain}/`, `#@${domain}`, `?@${domain}`),
    )
    .map((parts) => parts.join(''))
}

/** What hostile edits insert: userinfo and backslashes (the authority tricks) most often. */
const hostilePiece = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'evil.example@',
      'evil.example\\@',
      'evil.example%5C@',
      '\\evil.example',
      '@evil.example',
      '.evil.example',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '\\',
      '/',
      '@',
      ':',
      ':80',
      '#',
      '?',
      '\t',
      '\n',
      '%2F',
      '%40',
      '%00',
      '[',
      '．',
    ),
  },
)

/** A good callback URL for `domain`, as a bot would write it. */
function goodUri(domain: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom('http', 'https'),
      fc.constantFrom('/', '/cb/', '/oauth/callback/', '/a.html', '/cb/?from=menu'),
    )
    .map(([scheme, path]) => `${scheme}://${domain}${path}`)
}

/**
 * redirect_uri values for an account whose callback domain is `domain`: good ones (which must be
 * accepted and stay on the domain), good ones with hostile pieces inserted — anywhere, or where
 * the authority starts and ends — and URLs glued from hostile pieces.
 */
function hostileRedirectUri(domain: string): fc.Arbitrary<string> {
  const authorityStart = '://'.length
  const edit = fc.tuple(
    fc.oneof(
      fc.nat({ max: 60 }),
      fc.constantFrom('authority-start' as const, 'authority-end' as const),
    ),
    hostilePiece,
  )
  const edited = fc
    .tuple(goodUri(domain), fc.array(edit, { minLength: 1, maxLength: 3 }))
    .map(([url, edits]) =>
      edits.reduce((u, [where, piece]) => {
        const start = u.indexOf('://') + authorityStart
        const at =
          where === 'authority-start'
            ? start
            : where === 'authority-end'
              ? start + domain.length
              : where % (u.length + 1)
        return u.slice(0, at) + piece + u.slice(at)
      }, url),
    )
  return fc.oneof(
    { weight: 2, arbitrary: goodUri(domain) },
    { weight: 4, arbitrary: edited },
    { weight: 3, arbitrary: composedUri(domain) },
  )
}

function expectedHost(domain: string): string {
  return new URL(`http://${domain}`).host
}

const errorsOf = (problems: readonly OAuthProblem[]) =>
  problems.filter((p) => p.severity === 'error')

function assertKnownCodes(problems: readonly OAuthProblem[]): void {
  for (const p of problems) expect(OAUTH_PROBLEM_CODES).toContain(p.code)
}

/** Where a browser goes for `url`, or a failure naming the open redirect. */
function assertStaysInDomain(url: string, domain: string, what: string): void {
  const parsed = URL.canParse(url) ? new URL(url) : undefined
  expect(parsed, `${what} accepted but not a URL: ${url}`).toBeDefined()
  expect(parsed?.protocol).toMatch(/^https?:$/)
  expect(parsed?.host, `open redirect: ${what} ${JSON.stringify(url)}`).toBe(expectedHost(domain))
}

const accounts: { readonly name: string; readonly account: OAuthAccount }[] = [
  {
    name: 'test account',
    account: { appid: 'wx2c2769f8efd9abc2', callbackDomain: TEST_DOMAIN, accountKind: 'test' },
  },
  {
    name: 'formal account',
    account: { appid: FORMAL_APPID, callbackDomain: FORMAL_DOMAIN, accountKind: 'formal' },
  },
]

beforeAll(async () => {
  announce('oauth')
  watch = watchProcess()
  core = await startCore({
    host: 'node',
    version: 'fuzz',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
    seed: 'fuzz-oauth',
    autoConsent: true,
  })
  // A formal account beside the workspace's test account, with a user to authorize as.
  const directory = core.workspace.directory
  const [testAccount] = directory.listAccounts()
  const [firstUser] = directory.listUsers(testAccount?.id)
  if (!testAccount || !firstUser) throw new Error('the workspace has no account or user')
  directory.putAccount({
    ...testAccount,
    id: 'acc-formal',
    appId: FORMAL_APPID,
    callbackDomain: FORMAL_DOMAIN,
    testAccount: false,
  })
  directory.putUser({
    ...firstUser,
    openid: 'oFormalUserAAAAAAAAAAAAAAAA1',
    accountId: 'acc-formal',
  })
  if (gc) heapBefore = await settledHeapBytes(gc)
})
afterAll(async () => {
  await core?.stop()
  watch.dispose()
  watch.assertClean()
})

describe('OAuth URL rules under hostile redirect_uri values', () => {
  it.each(accounts)(
    '$name: an accepted redirect_uri (and its callback URL) stays on the callback domain',
    ({ account }) => {
      fc.assert(
        fc.property(hostileRedirectUri(account.callbackDomain), elementText, (value, state) => {
          const problems = mustReturn(() => checkRedirectUri(value, account))
          assertKnownCodes(problems)
          if (errorsOf(problems).length > 0) return
          assertStaysInDomain(value, account.callbackDomain, 'redirect_uri')
          assertStaysInDomain(
            buildCallbackUrl(value, { code: 'CODE', state }),
            account.callbackDomain,
            'callback URL',
          )
        }),
        fuzzParams(400),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it.each(accounts)(
    '$name: a good callback URL on the domain is accepted (the rules do not refuse everything)',
    ({ account }) => {
      fc.assert(
        fc.property(goodUri(account.callbackDomain), (value) => {
          expect(errorsOf(mustReturn(() => checkRedirectUri(value, account)))).toEqual([])
        }),
        fuzzParams(20),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'checkAuthorizeUrl, checkCallbackDomain and redirectUriInDomain never throw on any text',
    () => {
      const account = accounts[0]?.account
      if (!account) throw new Error('no account')
      const anyText = fc.oneof(
        hostileRedirectUri(TEST_DOMAIN),
        fc.string({ unit: 'binary', maxLength: 80 }),
      )
      fc.assert(
        fc.property(
          anyText,
          anyText,
          fc.constantFrom('test' as const, 'formal' as const),
          (a, b, kind) => {
            const authorize = `https://open.weixin.qq.com/connect/oauth2/authorize?appid=${account.appid}&redirect_uri=${a}&response_type=code&scope=snsapi_base&state=${b}#wechat_redirect`
            const checked = mustReturn(() =>
              checkAuthorizeUrl(authorize, { ...account, accountKind: kind }),
            )
            assertKnownCodes(checked.problems)
            assertKnownCodes(mustReturn(() => checkCallbackDomain(a, kind)).problems)
            mustReturn(() => redirectUriInDomain(a, b, kind))
          },
        ),
        fuzzParams(300),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'the mock authorize endpoint: never a 5xx; a 302 only to the account’s callback domain',
    async () => {
      const directory = core.workspace.directory
      const targets = directory
        .listAccounts()
        .map((a) => ({ appid: a.appId, domain: a.callbackDomain }))
      const request = fc
        .tuple(
          fc.constantFrom(...targets),
          fc.boolean(),
          fc.constantFrom('snsapi_base', 'snsapi_userinfo'),
          elementText,
          fc.boolean(),
        )
        .chain(([target, encode, scope, state, extra]) =>
          hostileRedirectUri(target.domain).map((uri) => ({
            target,
            uri,
            encode,
            scope,
            state,
            extra,
          })),
        )
      await fc.assert(
        fc.asyncProperty(request, async ({ target, uri, encode, scope, state, extra }) => {
          // Unencoded, as a careless bot writes it; a browser still escapes spaces, `#` and non-ASCII.
          const redirect = encode
            ? encodeURIComponent(uri)
            : uri.replace(/[^\x21-\x7e]|#/gu, encodeURIComponent)
          const query =
            `appid=${target.appid}&redirect_uri=${redirect}&response_type=code&scope=${scope}` +
            `&state=${encodeURIComponent(state)}${extra ? '&x=%&y[]=1' : ''}`
          const path = `/connect/oauth2/authorize?${query}`
          const response = await rawRequest(core.platformUrl, {
            method: 'GET',
            target: path,
            headers: [],
          })
          expect(response.status, response.text.slice(0, 200)).toBeLessThan(500)
          if (response.status === 302) {
            const location = response.headers.get('location') ?? ''
            assertStaysInDomain(
              new URL(location, `${core.platformUrl}${path}`).href,
              target.domain,
              'Location',
            )
          } else {
            // A refusal is WeChat's error page with its findings' codes.
            expect(response.text).toContain('data-testid="oauth-error"')
            expect(response.text).toMatch(/data-finding="[a-z0-9-]+"/)
          }
        }),
        fuzzParams(400),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it('the authorize endpoint still answers a correct link after the storm', async () => {
    const [account] = core.workspace.directory.listAccounts()
    if (!account) throw new Error('no account')
    const redirect = encodeURIComponent(`http://${account.callbackDomain}/oauth/callback/`)
    const path = `/connect/oauth2/authorize?appid=${account.appId}&redirect_uri=${redirect}&response_type=code&scope=snsapi_base&state=S`
    const response = await rawRequest(core.platformUrl, {
      method: 'GET',
      target: path,
      headers: [],
    })
    expect(response.status).toBe(302)
    expect(new URL(response.headers.get('location') ?? '').searchParams.get('state')).toBe('S')
  })

  it.skipIf(gc === undefined)(
    `heap stays bounded${gc ? '' : ` (${GC_MISSING_REASON})`}`,
    async () => {
      if (!gc) return
      const after = await settledHeapBytes(gc)
      expect(after - heapBefore).toBeLessThan(HEAP_GROWTH_LIMIT_BYTES)
    },
  )
})
