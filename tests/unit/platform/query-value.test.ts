/**
 * The platform reads a query parameter exactly as WHATWG URLSearchParams does (first value wins,
 * '+' is a space, escapes decoded), with or without its shortcut for queries that need no decoding.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { queryOf, queryValue } from '../../../src/core/platform/http/query-value'

const piece = fc.constantFrom('a', 'b', 'ab', '=', '==', '&', '?', ' ', '#', 'ä', '中', '2')
const escaped = fc.constantFrom('%', '+', '%41', '%e4%b8%ad', '%zz', '%2')

describe('queryValue', () => {
  it.each([
    ['appid=wx1&secret=s', 'secret', 's'],
    ['a=1&a=2', 'a', '1'],
    ['a', 'a', ''],
    ['a=&b=2', 'a', ''],
    ['&&a=1', 'a', '1'],
    ['x=1', 'a', undefined],
    ['a=b%20c', 'a', 'b c'],
    ['a=b+c', 'a', 'b c'],
    ['%61=1', 'a', '1'],
    ['?a=1', '?a', '1'],
  ])('%s: %s → %s', (query, name, value) => {
    expect(queryValue(query, name)).toBe(value)
  })

  it('agrees with URLSearchParams on any query', () => {
    const query = fc.array(fc.oneof(piece, escaped), { maxLength: 24 }).map((p) => p.join(''))
    const name = fc.constantFrom('a', 'b', 'ab', '?a', '', 'a b', '中')
    fc.assert(
      fc.property(query, name, (q, n) => {
        expect(queryValue(q, n)).toBe(new URLSearchParams(`&${q}`).get(n) ?? undefined)
      }),
      { numRuns: 3000 },
    )
  })

  it('agrees with URLSearchParams when nothing needs decoding (the shortcut)', () => {
    const query = fc.array(piece, { maxLength: 24 }).map((p) => p.join(''))
    fc.assert(
      fc.property(query, fc.constantFrom('a', 'b', 'ab', '?a', ''), (q, n) => {
        expect(queryValue(q, n)).toBe(new URLSearchParams(`&${q}`).get(n) ?? undefined)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('queryOf', () => {
  it('is what follows the first "?"', () => {
    expect(queryOf('/cgi-bin/token?a=1?b=2')).toBe('a=1?b=2')
    expect(queryOf('/cgi-bin/token')).toBe('')
  })
})
