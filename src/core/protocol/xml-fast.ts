/**
 * A fast path for the XML codec (xml-codec.ts): WeChat bodies are almost always the same plain
 * shape — `<xml>`, then elements holding one CDATA section, plain text or more such elements — and
 * reading that shape directly costs a tenth of the general parser, which the engine pays on every
 * reply (twice for an encrypted one). Anything else returns undefined and goes to the general
 * parser: a BOM or another declaration, attributes, comments, references (`&`), `>` or `\r` in text, mixed
 * content, unusual names, deep nesting, characters XML forbids. On what it accepts, the result is
 * the general parser's, node for node (tests/unit/protocol/xml-fast.test.ts compares them).
 * An XML declaration of the usual form (version 1.0, UTF-8) is taken: many SDKs write one.
 */
import type { XmlNode } from './xml-node'

export interface FastParsed {
  readonly root: string
  readonly nodes: XmlNode[]
  /** Whether an XML declaration came first (the fast path takes no BOM). */
  readonly declaration: boolean
  /** Whitespace between the declaration and the root, and after the root. */
  readonly before: string
  readonly after: string
}

/** Deeper than this below the root goes to the general parser (WeChat uses at most 4). */
const MAX_FAST_DEPTH = 8
/**
 * Characters XML forbids, plus \r (line-end normalisation is the general parser's business): the
 * controls and U+FFFE/U+FFFF, then lone surrogates, looked for only when there is a surrogate at
 * all (two plain regexes cost less than one with the u flag).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHAR = /[\x00-\x08\x0b-\x1f\ufffe\uffff]/
const SURROGATE = /[\ud800-\udfff]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

function unusualChar(text: string): boolean {
  return CONTROL_CHAR.test(text) || (SURROGATE.test(text) && LONE_SURROGATE.test(text))
}
const CDATA_OPEN = '<![CDATA['
const CDATA_CLOSE = ']]>'

const LT = 0x3c
const SLASH = 0x2f
const GT = 0x3e
const BANG = 0x21

/**
 * Thrown inside the fast path only, to give up, and caught in parseFast: one instance made once, so
 * giving up costs no stack trace.
 */
const GIVE_UP = new Error('not the plain shape: the general parser reads it')

/** The declarations SDKs write; any other goes to the general parser, which checks it. */
const DECLARATION = /^<\?xml version=(["'])1\.0\1(?: encoding=(["'])(?:UTF|utf)-8\2)?\?>[ \t\n]*/

export function parseFast(text: string): FastParsed | undefined {
  if (text.charCodeAt(0) !== LT || unusualChar(text)) return undefined
  const declaration = DECLARATION.exec(text)?.[0]
  try {
    const reader = new Reader(text)
    if (declaration !== undefined) reader.at = declaration.length
    const root = reader.openTag()
    const nodes = root.selfClosed ? [] : reader.children(root.name, 1)
    const after = text.slice(reader.at)
    if (!/^[ \t\n]*$/.test(after)) return undefined
    const before = declaration === undefined ? '' : declaration.slice(declaration.indexOf('>') + 1)
    return { root: root.name, nodes, declaration: declaration !== undefined, before, after }
  } catch (error) {
    if (error === GIVE_UP) return undefined
    throw error
  }
}

function isNameStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09
}

class Reader {
  at = 0
  private readonly text: string

  constructor(text: string) {
    this.text = text
  }

  /** `<Name>` or `<Name/>` at the cursor. */
  openTag(): { name: string; selfClosed: boolean } {
    const { text } = this
    if (text.charCodeAt(this.at) !== LT || !isNameStart(text.charCodeAt(this.at + 1))) {
      throw GIVE_UP
    }
    let end = this.at + 2
    while (isNameChar(text.charCodeAt(end))) end++
    const name = text.slice(this.at + 1, end)
    if (text.charCodeAt(end) === GT) {
      this.at = end + 1
      return { name, selfClosed: false }
    }
    if (text.charCodeAt(end) === SLASH && text.charCodeAt(end + 1) === GT) {
      this.at = end + 2
      return { name, selfClosed: true }
    }
    throw GIVE_UP
  }

  /** The elements inside `name` (only blanks between them), through its end tag. */
  children(name: string, depth: number): XmlNode[] {
    if (depth > MAX_FAST_DEPTH) throw GIVE_UP
    const nodes: XmlNode[] = []
    for (;;) {
      this.skipBlanks()
      if (this.closes(name)) return nodes
      const open = this.openTag()
      nodes.push(
        open.selfClosed
          ? { name: open.name, text: '', cdata: false }
          : this.element(open.name, depth),
      )
    }
  }

  /** What follows `<name>`: a group, CDATA, plain text or nothing, then `</name>`. */
  private element(name: string, depth: number): XmlNode {
    const { text } = this
    const start = this.at
    this.skipBlanks()
    if (text.startsWith(CDATA_OPEN, this.at)) return { name, text: this.cdata(name), cdata: true }
    const c = text.charCodeAt(this.at)
    if (c === LT && isNameStart(text.charCodeAt(this.at + 1))) {
      return { name, children: this.children(name, depth + 1) }
    }
    // Plain text (blanks included), up to the end tag.
    this.at = start
    const end = text.indexOf('<', start)
    if (end === -1) throw GIVE_UP
    const value = text.slice(start, end)
    if (value.includes('&') || value.includes('>')) throw GIVE_UP
    this.at = end
    if (!this.closes(name)) throw GIVE_UP
    return { name, text: value, cdata: false }
  }

  /** One or more CDATA sections with only blanks around them, through `</name>`. */
  private cdata(name: string): string {
    const { text } = this
    let value = ''
    while (text.startsWith(CDATA_OPEN, this.at)) {
      const end = text.indexOf(CDATA_CLOSE, this.at + CDATA_OPEN.length)
      if (end === -1) throw GIVE_UP
      value += text.slice(this.at + CDATA_OPEN.length, end)
      this.at = end + CDATA_CLOSE.length
      this.skipBlanks()
    }
    if (!this.closes(name)) throw GIVE_UP
    return value
  }

  /** Consumes `</name>` when it is at the cursor. */
  private closes(name: string): boolean {
    const { text, at } = this
    if (text.charCodeAt(at) !== LT || text.charCodeAt(at + 1) !== SLASH) {
      if (text.charCodeAt(at) === LT && text.charCodeAt(at + 1) === BANG) throw GIVE_UP
      return false
    }
    const end = at + 2 + name.length
    if (!text.startsWith(name, at + 2) || text.charCodeAt(end) !== GT) throw GIVE_UP
    this.at = end + 1
    return true
  }

  private skipBlanks(): void {
    while (isBlank(this.text.charCodeAt(this.at))) this.at++
  }
}
