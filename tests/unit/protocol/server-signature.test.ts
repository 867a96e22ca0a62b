import { describe, expect, it } from 'vitest'
import { loadServerSignatureVectors } from '../../helpers/vectors'
import { serverSignature, verifyServerSignature } from '../../../src/core/protocol/server-signature'

const vectors = loadServerSignatureVectors()

describe('serverSignature (protocol.md §3, §4.1) from server-signature.json', () => {
  it.each(vectors)('$id', (v) => {
    const result = serverSignature({ token: v.token, timestamp: v.timestamp, nonce: v.nonce })
    if (v.sorted) expect(result.sorted).toEqual(v.sorted)
    expect(result.joined).toBe(result.sorted.join(''))
    if (v.expect_match === false) {
      expect(v.presented_signature).toBeDefined()
      const check = verifyServerSignature(v, v.presented_signature ?? '')
      expect(check.ok).toBe(false)
    } else {
      expect(result.sha1).toBe(v.expected_signature)
      expect(verifyServerSignature(v, v.expected_signature ?? '').ok).toBe(true)
    }
    // The wrong results a numeric or locale-aware sort would give must not be ours.
    if (v.wrong_if_numeric_sort) expect(result.sha1).not.toBe(v.wrong_if_numeric_sort)
    if (v.wrong_if_localecompare) expect(result.sha1).not.toBe(v.wrong_if_localecompare)
  })

  it('is the `signature` of every full_query in the vectors', () => {
    const withQuery = vectors.filter((v) => v.full_query)
    expect(withQuery.length).toBeGreaterThan(0)
    for (const v of withQuery) {
      const q = new URLSearchParams(v.full_query)
      expect(serverSignature(v).sha1).toBe(q.get('signature'))
    }
  })

  it('keeps the parts in the given order and reports a mismatch with both digests', () => {
    const check = verifyServerSignature({ token: 'tok', timestamp: '1', nonce: '2' }, 'deadbeef')
    expect(check.breakdown.parts).toEqual(['tok', '1', '2'])
    expect(check).toMatchObject({ ok: false, received: 'deadbeef' })
  })
})
