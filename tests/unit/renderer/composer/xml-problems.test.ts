/** The engine's lint as markers: each problem on the element it names, in text order. */
import { describe, expect, it } from 'vitest'
import type { PushLint } from '../../../../src/shared/control/composer-schemas'
import { lintMarkers } from '../../../../src/renderer/src/features/composer/xml-problems'
import type { ProblemWords } from '../../../../src/renderer/src/features/composer/xml-problems'

const words: ProblemWords = {
  unknown: (path, reason) => `unknown ${path} ${reason}`,
  missing: (path) => `missing ${path}`,
  problem: (code, message) => `${code}: ${message}`,
}

const lint = (over: Partial<PushLint>): PushLint => ({
  ok: false,
  unknownFields: [],
  missingFields: [],
  problems: [],
  ...over,
})

describe('lintMarkers', () => {
  const xml = '<xml>\n<Content>a</Content>\n<MsgId>12a</MsgId>\n<X>1</X><X>2</X>\n</xml>'

  it('puts a format problem on the element it names, as an error', () => {
    const [marker] = lintMarkers(
      xml,
      lint({ problems: [{ code: 'catalog-value-not-integer', message: 'bad', field: 'MsgId' }] }),
      words,
    )
    expect(marker).toEqual({
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 19,
      message: 'catalog-value-not-integer: bad',
      severity: 'error',
    })
  })

  it('puts a parse error where the parser says', () => {
    const [marker] = lintMarkers(
      '<xml><a>',
      lint({ problems: [{ code: 'xml-malformed', message: 'unclosed', line: 1, column: 6 }] }),
      words,
    )
    expect(marker).toMatchObject({ line: 1, column: 6, severity: 'error' })
  })

  it('marks each repeated unknown element on its own occurrence', () => {
    const markers = lintMarkers(
      xml,
      lint({
        unknownFields: [
          { path: 'X', reason: 'not-in-catalog' },
          { path: 'X', reason: 'not-in-catalog' },
        ],
      }),
      words,
    )
    expect(markers.map((m) => [m.line, m.column])).toEqual([
      [4, 1],
      [4, 9],
    ])
    expect(markers.every((m) => m.severity === 'warning')).toBe(true)
  })

  it('marks a duplicate on its second occurrence, not the first', () => {
    const twice = '<xml><Content>a</Content><Content>b</Content></xml>'
    const [marker] = lintMarkers(
      twice,
      lint({ unknownFields: [{ path: 'Content', reason: 'duplicate' }] }),
      words,
    )
    expect(marker?.column).toBe(26)
  })

  it('marks a missing element on the element that should hold it, in text order', () => {
    const nested = '<xml>\n<ScanCodeInfo>\n</ScanCodeInfo>\n</xml>'
    const markers = lintMarkers(
      nested,
      lint({ missingFields: ['ScanCodeInfo.ScanType', 'MsgId'] }),
      words,
    )
    expect(markers).toEqual([
      { line: 1, column: 1, endColumn: 5, message: 'missing MsgId', severity: 'warning' },
      {
        line: 2,
        column: 1,
        endColumn: 14,
        message: 'missing ScanCodeInfo.ScanType',
        severity: 'warning',
      },
    ])
  })
})
