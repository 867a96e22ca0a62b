/** The inspector's pure helpers: copy as curl, exports, query facts. */
import { describe, expect, it } from 'vitest'
import { shellQuote, toCurl } from '../../../src/renderer/src/features/inspector/curl'
import { exchangeXml } from '../../../src/renderer/src/features/inspector/exchange-export'
import { mediaType, queryParams } from '../../../src/renderer/src/features/inspector/request-facts'
import { pushExchange } from '../../helpers/exchange-fixtures'

describe('toCurl', () => {
  it('keeps method, URL, headers and the exact body; drops what curl computes', () => {
    const curl = toCurl({
      method: 'POST',
      url: 'http://127.0.0.1:5176/wechat?signature=a&nonce=1',
      headers: [
        ['Host', '127.0.0.1:5176'],
        ['Content-Type', 'text/xml'],
        ['Content-Length', '12'],
      ],
      body: { text: "<xml>it's</xml>", bytes: 15 },
    })
    expect(curl).toBe(
      "curl -X POST 'http://127.0.0.1:5176/wechat?signature=a&nonce=1' \\\n" +
        "  -H 'Content-Type: text/xml' \\\n" +
        "  --data-binary '<xml>it'\\''s</xml>'",
    )
  })

  it.each([
    ['plain', "'plain'"],
    ["it's", "'it'\\''s'"],
    ['$HOME `x`', "'$HOME `x`'"],
  ])('shellQuote(%s)', (input, quoted) => {
    expect(shellQuote(input)).toBe(quoted)
  })
})

describe('request facts', () => {
  it('reads query parameters in order and media types without parameters', () => {
    expect(queryParams('http://h/w?signature=s&timestamp=1&nonce=2')).toEqual([
      ['signature', 's'],
      ['timestamp', '1'],
      ['nonce', '2'],
    ])
    expect(queryParams('not a url')).toEqual([])
    expect(mediaType('Text/XML; charset=utf-8')).toBe('text/xml')
    expect(mediaType(undefined)).toBeUndefined()
  })
})

describe('exchangeXml', () => {
  it('puts the chosen attempt’s request and reply bodies in one annotated document', () => {
    const exchange = pushExchange('x1', {
      accountId: 'a',
      title: 'text',
      simTime: 0,
      attempts: [
        {
          index: 1,
          startedAt: 0,
          durationMs: 1,
          request: {
            method: 'POST',
            url: 'http://h/w',
            headers: [],
            body: { text: '<xml>in</xml>', bytes: 13 },
          },
          response: { status: 200, headers: [], body: { text: '<xml>out</xml>', bytes: 14 } },
        },
      ],
    })
    expect(exchangeXml(exchange)).toBe(
      '<!-- mpsim exchange x1 · text · attempt 1 -->\n<!-- request: POST http://h/w -->\n<xml>in</xml>\n' +
        '<!-- response: HTTP 200 -->\n<xml>out</xml>\n',
    )
  })
})
