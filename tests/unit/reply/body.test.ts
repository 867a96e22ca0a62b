/**
 * The answer as a whole (protocol.md §7.1, §7.3): timing, HTTP status, Content-Type, "no reply" bodies
 * and bodies that are not a passive reply. One row per rule; each asserts the outcome and codes.
 */
import { describe, expect, it } from 'vitest'
import type { ResponseFacts } from '../../../src/core/protocol/reply'
import { REPLY_DEADLINE_MS } from '../../../src/core/protocol/reply'
import type { ReplyProblemCode, VerdictOutcome } from '../../../src/shared/model/verdict'
import { SERVICE_UNAVAILABLE_TIP } from '../../../src/shared/model/verdict'
import { codesOf, judge, textXml } from './helpers'

interface Row {
  readonly name: string
  readonly body: string
  readonly response?: Partial<ResponseFacts>
  readonly outcome: VerdictOutcome
  readonly codes: readonly ReplyProblemCode[]
  readonly detail?: Record<string, string | number>
}

const DRF_415 = '{"detail":"Unsupported media type \\"text/xml\\" in request."}'
const CSRF_PAGE =
  '<!DOCTYPE html>\n<html lang="en">\n<head><title>403 Forbidden</title></head>\n<body><h1>Forbidden (403)</h1><p>CSRF verification failed. Request aborted.</p></body></html>'
const EXPRESS_404 =
  '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot POST /wechat</pre>\n</body>\n</html>\n'
const DRF_XML =
  '<?xml version="1.0" encoding="utf-8"?>\n<root><ToUserName>oyORnuP8q7ou2gfYjqLzSIWZf0rs</ToUserName></root>'

const rows: Row[] = [
  // Timing (protocol.md §7.3).
  {
    name: 'timedOut',
    body: textXml(),
    response: { timedOut: true },
    outcome: 'no-reply',
    codes: ['reply-timeout'],
  },
  {
    name: 'answer after 5 s',
    body: textXml(),
    response: { elapsedMs: REPLY_DEADLINE_MS + 1 },
    outcome: 'no-reply',
    codes: ['reply-timeout'],
    detail: { elapsedMs: 5001, limitMs: 5000, attempts: 3 },
  },
  {
    name: 'answer at exactly 5 s is in time',
    body: textXml(),
    response: { elapsedMs: REPLY_DEADLINE_MS },
    outcome: 'reply',
    codes: [],
  },
  // HTTP status (protocol.md §7.1).
  {
    name: 'HTTP 500',
    body: 'Internal Server Error',
    response: { status: 500 },
    outcome: 'service-unavailable',
    codes: ['http-status-not-ok'],
    detail: { status: 500, bodyKind: 'text', hint: 'server-error' },
  },
  {
    name: 'Django CSRF 403',
    body: CSRF_PAGE,
    response: { status: 403, contentType: 'text/html' },
    outcome: 'service-unavailable',
    codes: ['http-status-not-ok'],
    detail: { status: 403, bodyKind: 'html', hint: 'django-csrf' },
  },
  {
    name: 'DRF 415 for text/xml (seed journey)',
    body: DRF_415,
    response: { status: 415, contentType: 'application/json' },
    outcome: 'service-unavailable',
    codes: ['http-status-not-ok'],
    detail: { status: 415, bodyKind: 'json', hint: 'unsupported-media-type' },
  },
  {
    name: 'Express 404 without a POST route',
    body: EXPRESS_404,
    response: { status: 404, contentType: 'text/html; charset=utf-8' },
    outcome: 'service-unavailable',
    codes: ['http-status-not-ok'],
    detail: { hint: 'express-no-route' },
  },
  {
    name: 'a redirect is not a reply',
    body: '',
    response: { status: 302 },
    outcome: 'service-unavailable',
    codes: ['http-status-not-ok'],
  },
  // No reply (protocol.md §0 #8, §7.3).
  { name: 'empty body', body: '', outcome: 'no-reply', codes: ['no-reply-empty'] },
  { name: 'exactly success', body: 'success', outcome: 'no-reply', codes: ['no-reply-success'] },
  {
    name: 'whitespace only',
    body: '\n',
    outcome: 'no-reply',
    codes: ['body-whitespace-only'],
  },
  { name: 'success + LF', body: 'success\n', outcome: 'no-reply', codes: ['success-padded'] },
  {
    name: '"success" as JSON (DRF Response / res.json)',
    body: '"success"',
    outcome: 'service-unavailable',
    codes: ['success-not-exact'],
    detail: { got: '"success"', expected: 'success' },
  },
  {
    name: 'SUCCESS',
    body: 'SUCCESS',
    outcome: 'service-unavailable',
    codes: ['success-not-exact'],
  },
  // Not a passive reply (protocol.md §7.3).
  {
    name: 'DRF {"detail": …} with 200',
    body: '{"detail":"Method \\"POST\\" not allowed."}',
    outcome: 'service-unavailable',
    codes: ['body-json'],
    detail: { hint: 'django-rest-framework', message: 'Method "POST" not allowed.' },
  },
  {
    name: 'JSON reply object',
    body: '{"touser":"x","msgtype":"text","text":{"content":"hi"}}',
    outcome: 'service-unavailable',
    codes: ['body-json'],
  },
  {
    name: 'HTML page with 200',
    body: '<!doctype html><html><head><title>Home</title></head><body></body></html>',
    outcome: 'service-unavailable',
    codes: ['body-html'],
    detail: { title: 'Home' },
  },
  {
    name: 'plain text',
    body: 'hello world',
    outcome: 'service-unavailable',
    codes: ['body-not-xml'],
    detail: { preview: 'hello world' },
  },
  {
    name: 'unclosed tag',
    body: '<xml><ToUserName>x</ToUserName><Content>hi</xml>',
    outcome: 'service-unavailable',
    codes: ['xml-malformed'],
    detail: { reason: 'xml-malformed' },
  },
  {
    name: 'DOCTYPE in XML',
    body: '<!DOCTYPE xml [<!ENTITY a "b">]><xml></xml>',
    outcome: 'service-unavailable',
    codes: ['xml-malformed'],
    detail: { reason: 'xml-doctype-forbidden' },
  },
  {
    name: 'DRF XMLRenderer <root>',
    body: DRF_XML,
    outcome: 'service-unavailable',
    codes: ['root-not-xml'],
    detail: { got: 'root', expected: 'xml', hint: 'django-rest-framework-xml-renderer' },
  },
  // Content-Type is not checked (protocol.md §7.1): notes only.
  {
    name: 'Django default text/html',
    body: textXml(),
    response: { contentType: 'text/html; charset=utf-8' },
    outcome: 'reply',
    codes: ['content-type-unusual'],
  },
  {
    name: 'no Content-Type (node-webot)',
    body: textXml(),
    response: { contentType: undefined },
    outcome: 'reply',
    codes: ['content-type-unusual'],
  },
  {
    name: 'application/xml',
    body: textXml(),
    response: { contentType: 'application/xml' },
    outcome: 'reply',
    codes: [],
  },
  {
    name: 'GBK charset',
    body: textXml(),
    response: { contentType: 'text/xml; charset=GBK' },
    outcome: 'reply',
    codes: ['content-type-charset-not-utf8'],
  },
]

describe('the answer as a whole', () => {
  it.each(rows)('$name', (row) => {
    const verdict = judge(row.body, row.response ? { response: row.response } : {})
    expect(verdict.outcome).toBe(row.outcome)
    expect(codesOf(verdict)).toEqual(row.codes)
    if (row.detail) expect(verdict.problems[0]?.detail).toMatchObject(row.detail)
  })
})

describe('what the phone shows', () => {
  it('the system tip for a refused reply', () => {
    const verdict = judge('hello')
    expect(verdict.phoneView).toEqual({ kind: 'error-banner', text: SERVICE_UNAVAILABLE_TIP })
    expect(SERVICE_UNAVAILABLE_TIP).toBe('该公众号暂时无法提供服务，请稍后再试')
  })

  it('nothing while WeChat still retries a timeout; the tip after the last attempt', () => {
    const early = judge(textXml(), { response: { timedOut: true } })
    expect(early).toMatchObject({
      outcome: 'no-reply',
      reason: 'timeout',
      phoneView: { kind: 'none' },
    })
    const last = judge(textXml(), { response: { timedOut: true }, finalAttempt: true })
    expect(last).toMatchObject({ outcome: 'service-unavailable', cause: 'reply-timeout' })
    expect(last.phoneView.kind).toBe('error-banner')
  })

  it('nothing for success', () => {
    expect(judge('success')).toMatchObject({ reason: 'success', phoneView: { kind: 'none' } })
  })
})
