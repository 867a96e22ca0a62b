/**
 * Whatever comes in — bytes of any kind, text built from the fragments the sniffer looks for —
 * importCaptures answers with a valid report that accounts for every input, and never meets an
 * error it did not expect (the safety net's 'unreadable' is never used for these).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importCaptures } from '../../../src/core/replay/import'
import { importReportSchema } from '../../../src/shared/model/capture'
import {
  safeEnvelope,
  textNodes,
  WORKSPACE_ACCOUNT,
  CURRENT_KEY,
} from '../../helpers/capture-fixtures'

const FRAGMENTS = [
  '<xml>',
  '</xml>',
  '<Encrypt>',
  '</Encrypt>',
  '<![CDATA[',
  ']]>',
  '<MsgType>text</MsgType>',
  '<MsgType>event</MsgType>',
  '{',
  '}',
  '[',
  ']',
  '"log":',
  '{"entries":[',
  '"request":{"method":"POST","postData":{"text":',
  '"kind":"push"',
  'POST /wx?a=1 HTTP/1.1\r\n',
  '\r\n\r\n',
  '\n',
  '\uFEFF',
  '"',
  ',',
  safeEnvelope(textNodes('x', '1'), CURRENT_KEY),
]

const text = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 24 })
  .map((parts) => new TextEncoder().encode(parts.join('')))

describe('importCaptures robustness', () => {
  it('always reports every input, validly, without unexpected errors', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(text, fc.uint8Array({ maxLength: 64 })), { minLength: 1, maxLength: 4 }),
        (blobs) => {
          const inputs = blobs.map((bytes, i) => ({ name: `in-${i}`, bytes }))
          const report = importCaptures(inputs, { accounts: [WORKSPACE_ACCOUNT] })
          expect(importReportSchema.safeParse(report).success).toBe(true)
          const named = new Set([...report.messages, ...report.skipped].map((e) => e.source.name))
          expect([...named].sort()).toEqual(inputs.map((i) => i.name).sort())
          expect(report.skipped.filter((s) => s.reason === 'unreadable')).toEqual([])
        },
      ),
      { numRuns: 300, seed: 11 },
    )
  })
})
