import { describe, expect, it } from 'vitest'
import { redactSecretsInJson, redactSecretsInUrl } from '../../../src/core/platform/http/redact'

describe('AppSecret redaction in the exchange log', () => {
  it.each([
    [
      '/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=0123456789abcdef0123456789abcdef',
      '/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=<redacted:32 chars>',
    ],
    [
      '/sns/oauth2/access_token?secret=abc&code=x',
      '/sns/oauth2/access_token?secret=<redacted:3 chars>&code=x',
    ],
    ['/cgi-bin/user/info?access_token=T&openid=o', '/cgi-bin/user/info?access_token=T&openid=o'],
  ])('%s', (url, expected) => {
    expect(redactSecretsInUrl(url)).toBe(expected)
  })

  it('JSON bodies (stable_token)', () => {
    expect(redactSecretsInJson('{"appid":"wx1","secret":"s3cr3t","force_refresh":false}')).toBe(
      '{"appid":"wx1","secret":"<redacted:6 chars>","force_refresh":false}',
    )
  })
})
