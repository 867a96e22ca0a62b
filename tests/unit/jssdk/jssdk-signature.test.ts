import { describe, expect, it } from 'vitest'
import { loadJssdkVectors } from '../../helpers/vectors'
import { jssdkSignature } from '../../../src/core/protocol/jssdk-signature'

// Read with node:fs and schema-checked by the one vector loader (tests/helpers/vectors.ts).
const vectors = loadJssdkVectors()

describe('jssdkSignature from jssdk-signature.json (protocol.md §11)', () => {
  it('has vectors to check', () => {
    expect(vectors.length).toBeGreaterThan(0)
  })

  it.each(vectors)('$id', (v) => {
    const input = {
      ticket: v.jsapi_ticket,
      noncestr: v.noncestr,
      timestamp: v.timestamp,
      url: v.url,
    }
    const result = jssdkSignature(input)
    expect(result.string1).toBe(v.string1)
    expect(result.sha1).toBe(v.expected_signature)
    expect(result.urlUsed).toBe(v.url)
    expect(result.fragmentStripped).toBeNull()
  })

  it.each(vectors)('$id: the #fragment is stripped and reported', (v) => {
    const base = { ticket: v.jsapi_ticket, noncestr: v.noncestr, timestamp: v.timestamp }
    const result = jssdkSignature({ ...base, url: `${v.url}#/page?x=1` })
    expect(result.sha1).toBe(v.expected_signature)
    expect(result.urlUsed).toBe(v.url)
    expect(result.fragmentStripped).toBe('#/page?x=1')
  })

  it.each(vectors)('$id: a numeric timestamp signs the same', (v) => {
    const result = jssdkSignature({
      ticket: v.jsapi_ticket,
      noncestr: v.noncestr,
      timestamp: Number(v.timestamp),
      url: v.url,
    })
    expect(result.sha1).toBe(v.expected_signature)
  })

  // A vector with any one field changed must no longer match, so a wrong implementation or a
  // tampered vector cannot pass by accident.
  const tamper = (s: string) => s.slice(0, -1) + (s.endsWith('a') ? 'b' : 'a')
  it.each(
    vectors.flatMap((v) =>
      (['ticket', 'noncestr', 'timestamp', 'url'] as const).map((field) => ({ v, field })),
    ),
  )('$v.id: tampered $field changes the signature', ({ v, field }) => {
    const input = {
      ticket: v.jsapi_ticket,
      noncestr: v.noncestr,
      timestamp: v.timestamp,
      url: v.url,
    }
    const result = jssdkSignature({ ...input, [field]: tamper(input[field]) })
    expect(result.sha1).not.toBe(v.expected_signature)
    expect(result.string1).not.toBe(v.string1)
  })

  it('does not URL-encode values', () => {
    const result = jssdkSignature({
      ticket: 't',
      noncestr: 'n',
      timestamp: '1',
      url: 'http://h/p?a=1&b=中',
    })
    expect(result.string1).toBe('jsapi_ticket=t&noncestr=n&timestamp=1&url=http://h/p?a=1&b=中')
  })
})
