/**
 * The engine's lint of an edited push as editor markers, which the composer also lists below the
 * editor: parse errors where the parser says, unknown and format problems on their element, missing
 * elements on the element that should hold them. Worded by the caller (codes, not sentences).
 */
import type { PushLint } from '../../../../shared/control/composer-schemas'
import type { XmlMarker } from '../../components/monaco/XmlEditor'
import { elementRange, leafOf } from './xml-locate'

export { lineOf } from './xml-locate'

export interface ProblemWords {
  /** reason: parsePush's not-in-catalog | duplicate | unexpected-shape. */
  unknown(path: string, reason: string): string
  missing(path: string): string
  problem(code: string, message: string): string
}

export function lintMarkers(xml: string, lint: PushLint, words: ProblemWords): XmlMarker[] {
  const markers: XmlMarker[] = []
  const whole = { line: 1 }
  for (const p of lint.problems) {
    const at =
      p.line !== undefined
        ? { line: p.line, ...(p.column === undefined ? {} : { column: p.column }) }
        : p.field
          ? (elementRange(xml, leafOf(p.field)) ?? whole)
          : whole
    markers.push({ ...at, message: words.problem(p.code, p.message), severity: 'error' })
  }
  // The nth report of one name is its nth element in the text (a duplicate's first is the good one).
  const seen = new Map<string, number>()
  for (const u of lint.unknownFields) {
    const leaf = leafOf(u.path)
    const key = `${leaf}|${u.reason}`
    const count = seen.get(key) ?? 0
    seen.set(key, count + 1)
    const nth = u.reason === 'duplicate' ? count + 1 : count
    markers.push({
      ...(elementRange(xml, leaf, nth) ?? whole),
      message: words.unknown(u.path, u.reason),
      severity: 'warning',
    })
  }
  for (const path of lint.missingFields) {
    const parent = path.includes('.') ? leafOf(path.slice(0, path.lastIndexOf('.'))) : 'xml'
    const open = elementRange(xml, parent)
    markers.push({
      ...(open
        ? { line: open.line, column: open.column, endColumn: open.column + parent.length + 1 }
        : whole),
      message: words.missing(path),
      severity: 'warning',
    })
  }
  return markers.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))
}
