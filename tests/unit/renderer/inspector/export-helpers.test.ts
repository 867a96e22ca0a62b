/** Exports and copy-as-curl for the mock platform's API calls, and the body language. */
import { pushExchange } from '../../../helpers/exchange-fixtures'
import { describe, expect, it } from 'vitest'
import { bodyLanguage } from '../../../../src/renderer/src/features/inspector/body-language'
import { absoluteUrl, toCurl } from '../../../../src/renderer/src/features/inspector/curl'
import {
  exchangeApiJson,
  exchangeBodies,
  exportFileName,
} from '../../../../src/renderer/src/features/inspector/exchange-export'
import type { Exchange } from '../../../../src/shared/model/exchange'

const tokenCall: Exchange = {
  id: 'x7',
  kind: 'api',
  accountId: 'a',
  title: '/cgi-bin/token',
  simTime: 0,
  errcode: 40125,
  attempts: [
    {
      index: 1,
      startedAt: 0,
      durationMs: 2,
      request: {
        method: 'GET',
        url: '/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=<redacted:12 chars>',
        headers: [['host', '127.0.0.1:5175']],
        body: { text: '', bytes: 0 },
      },
      response: {
        status: 200,
        headers: [['content-type', 'application/json']],
        body: { text: '{"errcode":40125,"errmsg":"invalid appsecret"}', bytes: 46 },
      },
    },
  ],
}

describe('API calls', () => {
  it('copy as curl gets the whole URL from the Host header', () => {
    const request = tokenCall.attempts[0]!.request
    expect(absoluteUrl(request)).toBe(
      'http://127.0.0.1:5175/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=<redacted:12 chars>',
    )
    expect(toCurl(request)).toBe(
      "curl -X GET 'http://127.0.0.1:5175/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=<redacted:12 chars>'",
    )
    expect(absoluteUrl({ ...request, headers: [] })).toBe(request.url)
  })

  it('export their bodies as JSON, parsed', () => {
    const bodies = exchangeBodies(tokenCall, undefined)
    expect(bodies.filename).toBe('mpsim-api-cgi-bin_token-x7-bodies.json')
    expect(bodies.mediaType).toBe('application/json')
    expect(JSON.parse(exchangeApiJson(tokenCall))).toEqual({
      exchange: 'x7',
      attempt: 1,
      request: { method: 'GET', url: tokenCall.attempts[0]!.request.url, body: null },
      response: { status: 200, body: { errcode: 40125, errmsg: 'invalid appsecret' } },
    })
  })

  it('pushes export as XML under a file name that says what they are', () => {
    const push = pushExchange('x7', {
      title: 'event.CLICK',
      attempts: tokenCall.attempts,
    })
    expect(exportFileName(push, 'xml')).toBe('mpsim-push-event.CLICK-x7.xml')
    expect(exchangeBodies(push, 1).mediaType).toBe('application/xml')
  })
})

describe('bodyLanguage', () => {
  it('trusts the body over a wrong Content-Type, then the header, then plain text', () => {
    expect(bodyLanguage([['Content-Type', 'application/json']], '<xml></xml>')).toBe('xml')
    expect(bodyLanguage([['Content-Type', 'text/plain']], ' {"a":1}')).toBe('json')
    expect(bodyLanguage([['content-type', 'text/xml']], '')).toBe('xml')
    expect(bodyLanguage([], 'success')).toBe('plaintext')
  })
})
