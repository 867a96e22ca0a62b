import { describe, expect, it } from 'vitest'
import { checkCallbackDomain, redirectUriInDomain } from '../../../src/core/protocol/oauth'
import type { AccountKind, DomainRelation } from '../../../src/core/protocol/oauth'

describe('checkCallbackDomain: what was typed in 网页授权域名 (protocol.md §9.2)', () => {
  it.each<[string, AccountKind, string[], string]>([
    ['www.qq.com', 'formal', [], 'www.qq.com'],
    ['WWW.QQ.COM', 'formal', [], 'www.qq.com'],
    ['121.42.154.163', 'test', [], '121.42.154.163'],
    ['127.0.0.1:5174', 'test', [], '127.0.0.1:5174'],
    ['localhost:5174', 'test', [], 'localhost:5174'],
    ['http://121.42.154.163', 'test', ['callback-domain-has-scheme'], '121.42.154.163'],
    [
      'https://www.qq.com/',
      'formal',
      ['callback-domain-has-scheme', 'callback-domain-has-path'],
      'www.qq.com',
    ],
    ['www.qq.com/oauth/callback', 'formal', ['callback-domain-has-path'], 'www.qq.com'],
    ['www.qq.com:8080', 'formal', ['callback-domain-has-port'], 'www.qq.com'],
    ['127.0.0.1:5174', 'formal', ['callback-domain-has-port'], '127.0.0.1'],
    [' www.qq.com', 'formal', ['callback-domain-malformed'], 'www.qq.com'],
    ['*.qq.com', 'formal', ['callback-domain-malformed'], '*.qq.com'],
    ['www.qq.com:abc', 'test', ['callback-domain-malformed'], 'www.qq.com:abc'],
    ['', 'test', ['callback-domain-empty'], ''],
    // IDN: allowed, normalised to the punycode a browser uses.
    ['bücher.example', 'formal', [], 'xn--bcher-kva.example'],
    ['xn--bcher-kva.example', 'formal', [], 'xn--bcher-kva.example'],
    // Written differently from how a browser reads it: refused, the browser's form suggested.
    ['127.1', 'test', ['callback-domain-malformed'], '127.0.0.1'],
    ['0x7f.0.0.1:5174', 'test', ['callback-domain-malformed'], '127.0.0.1:5174'],
    ['www.qq.com.', 'formal', ['callback-domain-malformed'], 'www.qq.com'],
    ['ｗｗｗ.qq.com', 'formal', ['callback-domain-malformed'], 'www.qq.com'],
    ['www%2Eqq.com', 'formal', ['callback-domain-malformed'], 'www.qq.com'],
    ['127.0.0.1:05174', 'test', ['callback-domain-malformed'], '127.0.0.1:5174'],
    ['user@www.qq.com', 'formal', ['callback-domain-malformed'], 'www.qq.com'],
  ])('%j (%s) → %j', (domain, kind, codes, suggested) => {
    const result = checkCallbackDomain(domain, kind)
    expect(result.problems.map((p) => p.code)).toEqual(codes)
    expect(result.suggested).toBe(suggested)
  })

  it('says which scheme and path were typed', () => {
    const { problems } = checkCallbackDomain('http://121.42.154.163/authorization')
    expect(problems.map((p) => p.detail)).toEqual([
      { found: 'http://121.42.154.163/authorization', scheme: 'http' },
      { found: 'http://121.42.154.163/authorization', path: '/authorization' },
    ])
  })

  it('says why a domain is not in the form a browser uses', () => {
    expect(checkCallbackDomain('127.1', 'test').problems.map((p) => p.detail)).toEqual([
      { found: '127.1', reason: 'not-canonical', canonical: '127.0.0.1' },
    ])
  })

  it('defaults to a test account, where a port is fine', () => {
    expect(checkCallbackDomain('127.0.0.1:5174').problems).toEqual([])
  })
})

describe('redirectUriInDomain: full-domain match (protocol.md §9.2)', () => {
  it.each<[string, string, AccountKind, DomainRelation]>([
    // The doc's own example.
    ['http://www.qq.com/music.html', 'www.qq.com', 'formal', 'same'],
    ['https://www.qq.com/music.html', 'www.qq.com', 'formal', 'same'],
    ['http://WWW.qq.com/x', 'www.qq.com', 'formal', 'same'],
    ['http://pay.qq.com/x', 'www.qq.com', 'formal', 'unrelated'],
    ['http://music.qq.com/x', 'www.qq.com', 'formal', 'unrelated'],
    ['http://qq.com/x', 'www.qq.com', 'formal', 'parent'],
    ['http://a.www.qq.com/x', 'www.qq.com', 'formal', 'subdomain'],
    ['http://www.qq.com.evil.com/x', 'www.qq.com', 'formal', 'unrelated'],
    // Userinfo is never part of a callback: refused, not matched on what follows the @.
    ['http://user@www.qq.com/x', 'www.qq.com', 'formal', 'ambiguous'],
    ['http://www.qq.com\\@evil.example/x', 'www.qq.com', 'formal', 'ambiguous'],
    // IDN: compared as the punycode a browser uses, on both sides.
    ['http://bücher.example/x', 'xn--bcher-kva.example', 'formal', 'same'],
    ['http://xn--bcher-kva.example/x', 'BÜCHER.example', 'formal', 'same'],
    ['http://bucher.example/x', 'bücher.example', 'formal', 'unrelated'],
    // Ports: never on formal accounts; test accounts match host:port as configured.
    ['http://www.qq.com:8080/x', 'www.qq.com', 'formal', 'port-on-formal'],
    ['http://www.qq.com:80/x', 'www.qq.com', 'formal', 'port-on-formal'],
    ['http://127.0.0.1:5174/cb/', '127.0.0.1:5174', 'test', 'same'],
    ['http://127.0.0.1:8000/cb/', '127.0.0.1:5174', 'test', 'port-differs'],
    ['http://127.0.0.1/cb/', '127.0.0.1:5174', 'test', 'port-differs'],
    ['http://121.42.154.163/authorization/code/', '121.42.154.163', 'test', 'same'],
    // The journey: a domain saved with a scheme never matches.
    [
      'http://121.42.154.163/authorization/code/',
      'http://121.42.154.163',
      'test',
      'domain-misconfigured',
    ],
    ['121.42.154.163/authorization/code', '121.42.154.163', 'test', 'no-host'],
  ])('%s in %j (%s) → %s', (uri, domain, kind, relation) => {
    const match = redirectUriInDomain(uri, domain, kind)
    expect(match.relation).toBe(relation)
    expect(match.inDomain).toBe(relation === 'same')
  })

  it('reports the host and port it read', () => {
    expect(redirectUriInDomain('http://127.0.0.1:5174/cb/', '127.0.0.1:5174')).toEqual({
      inDomain: true,
      relation: 'same',
      host: '127.0.0.1',
      port: '5174',
    })
  })
})
