/**
 * AppSecret redaction for the exchange log. Each row is a way the secret reaches the platform:
 * what the platform (or a careless bot) would read as the secret must never be logged in clear.
 */
import { describe, expect, it } from 'vitest'
import {
  redactSecretsInBody,
  redactSecretsInHeaders,
  redactSecretsInUrl,
} from '../../../src/core/platform/http/redact'

/** An account's real AppSecret: hidden wherever it appears, whatever the key. */
const KNOWN = '0123456789abcdef0123456789abcdef'
const known = [KNOWN]

describe('redactSecretsInUrl', () => {
  it.each([
    [
      'plain secret=',
      '/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=0123456789abcdef0123456789abcdef',
      '/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=<redacted:32 chars>',
    ],
    [
      'secret first',
      '/sns/oauth2/access_token?secret=abc&code=x',
      '/sns/oauth2/access_token?secret=<redacted:3 chars>&code=x',
    ],
    [
      'no secret',
      '/cgi-bin/user/info?access_token=T&openid=o',
      '/cgi-bin/user/info?access_token=T&openid=o',
    ],
    [
      'percent-encoded key',
      '/cgi-bin/token?%73ecret=abc',
      '/cgi-bin/token?%73ecret=<redacted:3 chars>',
    ],
    [
      'percent-encoded key, other letter',
      '/cgi-bin/token?se%63ret=abcd&appid=wx1',
      '/cgi-bin/token?se%63ret=<redacted:4 chars>&appid=wx1',
    ],
    ['upper-case key', '/cgi-bin/token?SECRET=abc', '/cgi-bin/token?SECRET=<redacted:3 chars>'],
    ['mixed-case key', '/cgi-bin/token?Secret=abc', '/cgi-bin/token?Secret=<redacted:3 chars>'],
    [
      'repeated key (the platform reads the first)',
      '/cgi-bin/token?secret=abc&secret=defg',
      '/cgi-bin/token?secret=<redacted:3 chars>&secret=<redacted:4 chars>',
    ],
    [
      'percent-encoded value: the length the platform reads',
      '/cgi-bin/token?secret=ab%63',
      '/cgi-bin/token?secret=<redacted:3 chars>',
    ],
    [
      '# inside the value (URLSearchParams keeps it)',
      '/cgi-bin/token?secret=abc#def',
      '/cgi-bin/token?secret=<redacted:7 chars>',
    ],
    [
      'a look-alike key',
      '/cgi-bin/token?app_secret=abc',
      '/cgi-bin/token?app_secret=<redacted:3 chars>',
    ],
    [
      'the known secret under another key',
      `/cgi-bin/token?appsecrte=${KNOWN}`,
      '/cgi-bin/token?appsecrte=<redacted:32 chars>',
    ],
    [
      'the known secret percent-encoded under another key',
      `/cgi-bin/token?x=${[...KNOWN].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')}`,
      '/cgi-bin/token?x=<redacted:32 chars>',
    ],
    [
      'the known secret in the path',
      `/cgi-bin/${KNOWN}/token`,
      '/cgi-bin/<redacted:32 chars>/token',
    ],
    [
      'the known secret in upper case',
      `/cgi-bin/token?s=${KNOWN.toUpperCase()}`,
      '/cgi-bin/token?s=<redacted:32 chars>',
    ],
  ])('%s', (_name, url, expected) => {
    expect(redactSecretsInUrl(url, known)).toBe(expected)
  })
})

describe('redactSecretsInBody', () => {
  it.each([
    [
      'JSON (stable_token)',
      '{"appid":"wx1","secret":"s3cr3t","force_refresh":false}',
      '{"appid":"wx1","secret":"<redacted:6 chars>","force_refresh":false}',
    ],
    [
      'JSON \\u escape in the key',
      '{"\\u0073ecret":"abc"}',
      '{"\\u0073ecret":"<redacted:3 chars>"}',
    ],
    ['JSON upper-case key', '{"SECRET":"abc"}', '{"SECRET":"<redacted:3 chars>"}'],
    [
      'JSON escaped quote inside the value',
      '{"secret" : "a\\"b", "x": 1}',
      '{"secret" : "<redacted:3 chars>", "x": 1}',
    ],
    ['JSON escapes in the value', '{"secret":"\\u0061bc"}', '{"secret":"<redacted:3 chars>"}'],
    [
      'JSON duplicate keys (JSON.parse keeps the last)',
      '{"secret":"abc","secret":"defg"}',
      '{"secret":"<redacted:3 chars>","secret":"<redacted:4 chars>"}',
    ],
    ['JSON nested', '{"a":{"secret":"abc"}}', '{"a":{"secret":"<redacted:3 chars>"}}'],
    ['JSON number value', '{"secret":12345}', '{"secret":"<redacted:5 chars>"}'],
    [
      'JSON whitespace kept byte for byte',
      '{\n  "appid": "wx1",\n  "secret":\t"abc"\n}',
      '{\n  "appid": "wx1",\n  "secret":\t"<redacted:3 chars>"\n}',
    ],
    [
      'malformed JSON: missing brace',
      '{"appid":"wx1","secret":"abc"',
      '{"appid":"wx1","secret":"<redacted:3 chars>"',
    ],
    ['malformed JSON: unterminated string', '{"secret":"abcd', '{"secret":"<redacted:4 chars>"'],
    ['malformed JSON: single quotes', "{'secret':'abc'}", '{\'secret\':"<redacted:3 chars>"}'],
    ['malformed JSON: bare key', '{secret: "abc"}', '{secret: "<redacted:3 chars>"}'],
    [
      'JSON: the known secret under another key',
      `{"appsecrte":"${KNOWN}"}`,
      '{"appsecrte":"<redacted:32 chars>"}',
    ],
    [
      'form-encoded',
      'grant_type=client_credential&appid=wx1&secret=abc',
      'grant_type=client_credential&appid=wx1&secret=<redacted:3 chars>',
    ],
    ['form-encoded, encoded key', '%73ecret=abc&a=1', '%73ecret=<redacted:3 chars>&a=1'],
    ['form-encoded, upper-case key', 'SECRET=abc', 'SECRET=<redacted:3 chars>'],
    ['not a secret', '{"touser":"o1","msgtype":"text"}', '{"touser":"o1","msgtype":"text"}'],
    ['plain text', 'hello', 'hello'],
  ])('%s', (_name, body, expected) => {
    expect(redactSecretsInBody(Buffer.from(body, 'utf8'), known).toString('utf8')).toBe(expected)
  })

  it('keeps a body without secrets as the same buffer', () => {
    const body = Buffer.from('{"touser":"o1"}')
    expect(redactSecretsInBody(body, known)).toBe(body)
  })

  it('keeps the other bytes of a body that is not UTF-8', () => {
    const body = Buffer.concat([
      Buffer.from('{"secret":"abc","x":"'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}'),
    ])
    expect(redactSecretsInBody(body, known)).toEqual(
      Buffer.concat([
        Buffer.from('{"secret":"<redacted:3 chars>","x":"'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('"}'),
      ]),
    )
  })
})

describe('redactSecretsInHeaders', () => {
  it.each([
    ['a secret header', ['X-Secret', 'abc'], ['X-Secret', '<redacted:3 chars>']],
    ['upper case', ['SECRET', 'abcd'], ['SECRET', '<redacted:4 chars>']],
    ['credentials', ['Authorization', 'Basic eDp5'], ['Authorization', '<redacted:10 chars>']],
    ['the known secret', ['X-Note', `k=${KNOWN}`], ['X-Note', 'k=<redacted:32 chars>']],
    ['an ordinary header', ['Host', '127.0.0.1:5175'], ['Host', '127.0.0.1:5175']],
  ] as const)('%s', (_name, header, expected) => {
    expect(redactSecretsInHeaders([header], known)).toEqual([expected])
  })
})
