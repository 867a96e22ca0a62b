/**
 * The lint of an edited push as the editor's markers and as a list of readable problems: unknown
 * and missing elements located by name in the text, parse and format errors by line/column.
 */
import type { TFunction } from 'i18next'
import type { PushLint } from '../../../../shared/control/composer-schemas'
import type { XmlMarker } from '../../components/monaco/XmlEditor'

/** The 1-based line where `<name` first opens, else 1. */
export function lineOf(xml: string, name: string): number {
  const at = xml.search(new RegExp(`<${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s>/]`))
  return at < 0 ? 1 : xml.slice(0, at).split('\n').length
}

export function lintMarkers(xml: string, lint: PushLint, t: TFunction<'composer'>): XmlMarker[] {
  const markers: XmlMarker[] = []
  for (const p of lint.problems) {
    const line = p.line ?? (p.field ? lineOf(xml, p.field.split(/[.[]/)[0] ?? '') : 1)
    markers.push({
      line,
      ...(p.column ? { column: p.column } : {}),
      message: p.message,
      severity: 'error',
    })
  }
  for (const u of lint.unknownFields) {
    const leaf =
      u.path
        .split('.')
        .at(-1)
        ?.replace(/\[\d+\]$/, '') ?? u.path
    markers.push({
      line: lineOf(xml, leaf),
      message: t('unknownField', { path: u.path, reason: u.reason }),
      severity: 'warning',
    })
  }
  for (const name of lint.missingFields) {
    markers.push({ line: 1, message: t('missingField', { name }), severity: 'warning' })
  }
  return markers
}
