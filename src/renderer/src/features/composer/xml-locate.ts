/**
 * Where an element sits in the text being edited. The engine's lint names elements by path (it
 * parses a tree without positions), so the editor finds them again in the text to underline them.
 */

export interface TextRange {
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return { line: before.split('\n').length, column: offset - lineStart + 1 }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The nth (0-based) `<name>` element: from its `<` to the end of its closing tag when that is on
 * the same line (a text element), else just its opening tag (a group spanning lines).
 */
export function elementRange(xml: string, name: string, nth = 0): TextRange | undefined {
  const open = new RegExp(`<${escapeRegExp(name)}(?=[\\s/>])[^>]*>`, 'g')
  let match: RegExpExecArray | null = null
  for (let i = 0; i <= nth; i++) {
    match = open.exec(xml)
    if (!match) return undefined
  }
  if (!match) return undefined
  const start = match.index
  let end = start + match[0].length
  if (!match[0].endsWith('/>')) {
    const close = xml.indexOf(`</${name}>`, end)
    const lineEnd = xml.indexOf('\n', end)
    if (close >= 0 && (lineEnd < 0 || close < lineEnd)) end = close + name.length + 3
  }
  const from = positionAt(xml, start)
  const to = positionAt(xml, end)
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
}

/** The element name at the end of a lint path: `SendPicsInfo.PicList[0].PicMd5Sum` → `PicMd5Sum`. */
export function leafOf(path: string): string {
  return (path.split('.').at(-1) ?? path).replace(/\[\d+\]$/, '')
}

/** The 1-based line where `<name>` first opens, else 1. */
export function lineOf(xml: string, name: string): number {
  return elementRange(xml, name)?.line ?? 1
}
