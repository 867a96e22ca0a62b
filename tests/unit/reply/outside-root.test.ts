import { describe, expect, it } from 'vitest'
import { validateReply } from '../../../src/core/protocol/reply'
import { TEXT_PUSH, textXml } from './helpers'

const judge = (body: string) =>
  validateReply({ push: TEXT_PUSH, response: { status: 200, body, elapsedMs: 5 } })

describe('bytes around the <xml> root (a BOM, or text before or after it)', () => {
  it.each([
    { name: 'clean', body: textXml(), outcome: 'reply', code: undefined },
    { name: 'BOM first', body: `\uFEFF${textXml()}`, outcome: 'reply', code: 'bom-before-root' },
    {
      name: 'a debug print after </xml>',
      body: `${textXml()}\nDEBUG ok`,
      outcome: 'service-unavailable',
      code: 'xml-malformed',
    },
    {
      name: 'text before <xml>',
      body: `ok${textXml()}`,
      outcome: 'service-unavailable',
      code: 'body-not-xml',
    },
  ])('$name → $outcome', ({ body, outcome, code }) => {
    const verdict = judge(body)
    expect(verdict.outcome).toBe(outcome)
    const codes = verdict.problems.map((p) => p.code)
    if (code) expect(codes).toContain(code)
    else expect(codes.filter((c) => c !== 'content-type-unusual')).toEqual([])
  })
})
