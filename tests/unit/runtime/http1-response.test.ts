/**
 * The push client's response reader (http1-response.ts): framing by Content-Length, chunked
 * encoding or the connection's end, whichever way the bytes are split, and the framing mistakes
 * refused as Node's own parser refuses them.
 */
import { describe, expect, it } from 'vitest'
import { ResponseReader } from '../../../src/core/runtime/http1-response'
import type { ParseStep } from '../../../src/core/runtime/http1-response'

const LIMIT = 1024

/** Feeds `wire` in pieces of `size` bytes (0: whole), then the connection's end if asked. */
function read(wire: string, size = 0, end = false): ParseStep {
  const reader = new ResponseReader(LIMIT)
  const bytes = Buffer.from(wire, 'latin1')
  const step = size || bytes.length || 1
  let last: ParseStep = { kind: 'more' }
  for (let at = 0; at < bytes.length; at += step) {
    last = reader.push(bytes.subarray(at, at + step))
    if (last.kind !== 'more') return last
  }
  return end ? reader.end() : last
}

function body(step: ParseStep): string {
  if (step.kind !== 'done') throw new Error(`not done: ${JSON.stringify(step)}`)
  return step.response.body.toString('latin1')
}

const CL = 'HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 7\r\n\r\nsuccess'
const CHUNKED =
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' +
  '3;ext=1\r\nsuc\r\n4\r\ncess\r\n0\r\nX-Trailer: t\r\n\r\n'

describe('ResponseReader', () => {
  it.each([0, 1, 2, 5, 13])('reads a Content-Length body fed %i bytes at a time', (size) => {
    const step = read(CL, size)
    expect(body(step)).toBe('success')
    expect(step).toMatchObject({ kind: 'done', leftover: 0, response: { status: 200 } })
  })

  it.each([0, 1, 3, 7])(
    'reads a chunked body with extensions and trailers, %i bytes at a time',
    (size) => {
      const step = read(CHUNKED, size)
      expect(body(step)).toBe('success')
      expect(step).toMatchObject({ response: { reusable: true } })
    },
  )

  it('keeps header names as spelled, in order, values without surrounding blanks', () => {
    const step = read('HTTP/1.1 200 OK\r\nX-A:  one \t\r\ncontent-LENGTH: 0\r\nX-a: é\r\n\r\n')
    expect(step).toMatchObject({
      kind: 'done',
      response: {
        headers: [
          ['X-A', 'one'],
          ['content-LENGTH', '0'],
          ['X-a', '\u00e9'],
        ],
      },
    })
  })

  it('skips 1xx interim answers', () => {
    const step = read(`HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early\r\nLink: x\r\n\r\n${CL}`)
    expect(body(step)).toBe('success')
    expect(step).toMatchObject({ response: { status: 200 } })
  })

  it.each([204, 304])('%i has no body', (status) => {
    const step = read(`HTTP/1.1 ${status} X\r\nContent-Length: 5\r\n\r\n`)
    expect(body(step)).toBe('')
  })

  it('without framing the body runs to the end of the connection', () => {
    expect(read('HTTP/1.1 200 OK\r\n\r\nsuccess', 3)).toEqual({ kind: 'more' })
    const step = read('HTTP/1.1 200 OK\r\n\r\nsuccess', 3, true)
    expect(body(step)).toBe('success')
    expect(step).toMatchObject({ response: { reusable: false } })
  })

  it.each<[string, boolean, string]>([
    ['HTTP/1.1 with no Connection header', true, 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'],
    [
      'Connection: close',
      false,
      'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
    ],
    ['HTTP/1.0', false, 'HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n'],
    [
      'HTTP/1.0 with keep-alive',
      true,
      'HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n',
    ],
    ['bytes after the response', false, 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nab'],
  ])('after %s the connection is reusable: %s', (_name, reusable, wire) => {
    expect(read(wire)).toMatchObject({ kind: 'done', response: { reusable } })
  })

  it.each([
    ['a status line that is not HTTP/1.x', 'HTTP/2 200 OK\r\n\r\n', 'Invalid response status'],
    ['a three-digit code missing', 'HTTP/1.1 20 OK\r\n\r\n', 'Invalid response status'],
    [
      'a header line without a colon',
      'HTTP/1.1 200 OK\r\nno colon\r\n\r\n',
      'Invalid header token',
    ],
    ['a folded header line', 'HTTP/1.1 200 OK\r\nA: b\r\n folded\r\n\r\n', 'Invalid header token'],
    [
      'a control character in a value',
      'HTTP/1.1 200 OK\r\nA: b\u0001\r\n\r\n',
      'Invalid header value char',
    ],
    ['a bare LF in a value', 'HTTP/1.1 200 OK\r\nA: b\nc\r\n\r\n', 'Invalid header value char'],
    [
      'a Content-Length that is not digits',
      'HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\n',
      'Invalid character in Content-Length',
    ],
    [
      'two Content-Lengths',
      'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx',
      'Duplicate Content-Length',
    ],
    [
      'Content-Length beside chunked',
      'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n',
      "Content-Length can't be present with Transfer-Encoding",
    ],
    [
      'a chunk size that is not hex',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nx',
      'Invalid character in chunk size',
    ],
    [
      'chunk data longer than its size',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nxy\r\n0\r\n\r\n',
      'Expected LF after chunk data',
    ],
  ])('refuses %s', (_name, wire, message) => {
    for (const size of [0, 1]) {
      expect(read(wire, size)).toEqual({
        kind: 'failed',
        failure: { kind: 'malformed', message: `Parse Error: ${message}` },
      })
    }
  })

  it('refuses bytes that do not start an HTTP answer at once, without waiting for more', () => {
    expect(read('<xml>')).toMatchObject({ kind: 'failed', failure: { kind: 'malformed' } })
    expect(read('HTT')).toEqual({ kind: 'more' })
  })

  it('refuses a head longer than 16 KiB', () => {
    const wire = `HTTP/1.1 200 OK\r\nX: ${'a'.repeat(17 * 1024)}`
    expect(read(wire, 4096)).toMatchObject({
      failure: { kind: 'malformed', message: 'Parse Error: Header overflow' },
    })
  })

  it('cuts a body over the limit, whatever its framing says', () => {
    const big = 'x'.repeat(LIMIT + 1)
    for (const wire of [
      `HTTP/1.1 200 OK\r\nContent-Length: ${big.length}\r\n\r\n${big}`,
      `HTTP/1.1 200 OK\r\n\r\n${big}`,
      `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${big.length.toString(16)}\r\n${big}\r\n0\r\n\r\n`,
    ]) {
      expect(read(wire, 100)).toEqual({
        kind: 'failed',
        failure: { kind: 'too-large', message: `response body over ${LIMIT} bytes` },
      })
    }
  })

  it.each([
    ['before the head', 'HTTP/1.1 200', 'socket hang up'],
    ['inside a Content-Length body', 'HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc', 'aborted'],
    [
      'inside a chunked body',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab',
      'aborted',
    ],
  ])('a connection that ends %s is cut short', (_name, wire, message) => {
    expect(read(wire, 0, true)).toEqual({ kind: 'failed', failure: { kind: 'cut', message } })
  })
})
