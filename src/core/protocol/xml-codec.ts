/**
 * The XML codec: the only module that imports fast-xml-parser.
 * Parses any WeChat body (CDATA or not) into the ordered node tree of `xml-node.ts`, keeping every
 * value a string so 64-bit MsgIds survive (protocol.md §0 #2), and renders node trees back to text.
 * Security: WeChat XML never has a DTD, so any DOCTYPE or ENTITY declaration is refused before the
 * parser sees it — no entity expansion, no external entities, no "billion laughs".
 * Robustness: bodies come from bots, captures and the composer, so any string at all may arrive.
 * Whatever it is, parsing ends in a result or an XmlError — never another exception — in time
 * linear in its length: characters XML forbids, markup the library mishandles and excessive nesting
 * are refused by one pass of our own before the library runs, and anything the library still
 * throws is turned into an XmlError at the root (`parseXmlDocument`).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { XmlError } from './errors'
import { decodeXmlReferences } from './xml-references'
import { parseFast } from './xml-fast'
import type { XmlNode } from './xml-node'
import { checkCharacters, scanMarkup, tooDeep } from './xml-scan'

/**
 * Levels of elements allowed below the root. The deepest WeChat message uses 4 below <xml>
 * (MASSSENDJOBFINISH); 16 leaves headroom, and the recursive walk (`toNodes`) stays shallow.
 */
const MAX_DEPTH = 16

const parser = new XMLParser({
  preserveOrder: true,
  cdataPropName: '__cdata',
  // Keep every value a string: parseTagValue would turn MsgId 6054768590064713728 into a lossy number.
  parseTagValue: false,
  ignoreAttributes: true,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // References are decoded by xml-references.ts in one pass: the library decodes &amp; before
  // numeric references (so `&amp;#20320;` would become 你) and ignores numeric ones otherwise.
  processEntities: false,
  htmlEntities: false,
})

type OrderedEntry = Record<string, OrderedEntry[] | string | undefined>

/** What sits outside the root element, which a strict reader (WeChat) may refuse. */
export interface OutsideRoot {
  readonly bom: boolean
  readonly declaration: boolean
  /** Whitespace before the root (after BOM and declaration). */
  readonly before: string
  /** Whitespace after the root. */
  readonly after: string
}

export interface ParsedXml {
  /** Name of the root element (WeChat requires `xml`). */
  readonly root: string
  readonly nodes: XmlNode[]
  readonly outside: OutsideRoot
}

/**
 * Parses one XML document. Throws XmlError — and nothing else, whatever the input — for empty input,
 * DTDs/entities, characters XML forbids, malformed XML, nesting deeper than 16 levels below the
 * root, or non-whitespace outside the root. Does not require the root to be `xml`: see
 * `parseWechatXml`.
 */
export function parseXmlDocument(text: string): ParsedXml {
  return parseGuarded(text, true)
}

/**
 * parseXmlDocument without the fast path (xml-fast.ts): what the fast path must agree with,
 * exported for the test that compares them.
 */
export function parseXmlDocumentGeneral(text: string): ParsedXml {
  return parseGuarded(text, false)
}

function parseGuarded(text: string, fastPath: boolean): ParsedXml {
  try {
    return readDocument(text, fastPath)
  } catch (error) {
    if (error instanceof XmlError) throw error
    // fast-xml-parser throws plain Errors ("readTagExp returned undefined", "CDATA is not closed")
    // for some input its own validator lets through. scanMarkup (xml-scan.ts) refuses every such
    // input found so far; anything left is still malformed XML to the caller, never a crash.
    const message = error instanceof Error ? error.message : String(error)
    throw new XmlError(
      'xml-malformed',
      message,
      { parserCode: 'ParserException' },
      { cause: error },
    )
  }
}

function readDocument(text: string, fastPath: boolean): ParsedXml {
  if (text.trim() === '' || text === '\uFEFF') throw new XmlError('xml-empty', 'the body is empty')
  if (/<!DOCTYPE/i.test(text)) {
    throw new XmlError(
      'xml-doctype-forbidden',
      'a DOCTYPE declaration is not allowed in WeChat XML',
    )
  }
  if (/<!ENTITY/i.test(text)) {
    throw new XmlError('xml-entity-forbidden', 'entity declarations are not allowed in WeChat XML')
  }
  // The usual plain shape is read directly; anything else takes the checks and the library below.
  const fast = fastPath ? parseFast(text) : undefined
  if (fast) {
    const outside = {
      bom: false,
      declaration: fast.declaration,
      before: fast.before,
      after: fast.after,
    }
    return { root: fast.root, nodes: fast.nodes, outside }
  }
  const bom = text.startsWith('\uFEFF')
  const body = bom ? text.slice(1) : text
  checkCharacters(body)
  scanMarkup(body, MAX_DEPTH)
  const validation = XMLValidator.validate(body)
  if (validation !== true) {
    const { code, msg, line, col } = validation.err
    const outside = code === 'InvalidChar' && line === 1 && col === 1
    throw new XmlError(outside ? 'xml-bytes-outside-root' : 'xml-malformed', msg, {
      parserCode: code,
      line,
      col,
    })
  }
  const declMatch = /^\s*<\?xml[^?]*\?>/.exec(body)
  const afterDecl = declMatch ? body.slice(declMatch[0].length) : body
  // trimStart/trimEnd rather than /\s*$/: that regex is quadratic in the length of a whitespace
  // run, and a bot's reply of a few megabytes of spaces would block the process for hours.
  const before = afterDecl.slice(0, afterDecl.length - afterDecl.trimStart().length)
  const after = afterDecl.slice(afterDecl.trimEnd().length)
  const top = (parser.parse(body) as OrderedEntry[]).filter((e) => elementName(e) !== undefined)
  const rootEntry = top[0]
  const root = rootEntry ? elementName(rootEntry) : undefined
  if (!rootEntry || root === undefined) throw new XmlError('xml-malformed', 'no root element')
  const nodes = toNodes(rootEntry[root] as OrderedEntry[], 1)
  return { root, nodes, outside: { bom, declaration: declMatch !== null, before, after } }
}

/** Parses a WeChat body whose root must be `<xml>`; returns the root's children. */
export function parseWechatXml(text: string): XmlNode[] {
  const parsed = parseXmlDocument(text)
  if (parsed.root !== 'xml') {
    throw new XmlError('xml-root-not-xml', `the root element is <${parsed.root}>, not <xml>`, {
      root: parsed.root,
    })
  }
  return parsed.nodes
}

function elementName(entry: OrderedEntry): string | undefined {
  return Object.keys(entry).find((k) => k !== '#text' && k !== '__cdata' && k !== ':@')
}

function toNodes(entries: readonly OrderedEntry[], depth: number): XmlNode[] {
  // Already enforced by scanMarkup; kept so the recursion is bounded even if the library and the
  // scan ever disagreed on what is an element.
  if (depth > MAX_DEPTH) throw tooDeep(MAX_DEPTH)
  const nodes: XmlNode[] = []
  for (const entry of entries) {
    const name = elementName(entry)
    if (name === undefined) continue // text between elements (the layout's line feeds)
    const content = (entry[name] ?? []) as OrderedEntry[]
    const hasElements = content.some((c) => elementName(c) !== undefined)
    if (hasElements) {
      nodes.push({ name, children: toNodes(content, depth + 1) })
    } else {
      nodes.push(textNode(name, content))
    }
  }
  return nodes
}

function textNode(name: string, content: readonly OrderedEntry[]): XmlNode {
  const cdataParts = content.filter((c) => '__cdata' in c)
  if (cdataParts.length > 0) {
    // Whitespace around a CDATA section is layout, not value.
    const text = cdataParts.map((c) => plainText(c.__cdata as OrderedEntry[])).join('')
    return { name, text, cdata: true }
  }
  return { name, text: decodeXmlReferences(plainText(content)), cdata: false }
}

function plainText(content: readonly OrderedEntry[]): string {
  return content.map((c) => (typeof c['#text'] === 'string' ? c['#text'] : '')).join('')
}

/** Escapes text for a bare (non-CDATA) element. */
export function escapeXmlText(text: string): string {
  // Most values (ids, times, numbers) need nothing: one test instead of three replacements.
  if (!/[&<>]/.test(text)) return text
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A CDATA section; a literal `]]>` inside is split across two sections, as XML requires. */
export function cdataSection(text: string): string {
  const safe = text.includes(']]>') ? text.replace(/]]>/g, ']]]]><![CDATA[>') : text
  return `<![CDATA[${safe}]]>`
}

/** One element on one line: `<Name>value</Name>` (groups are rendered by the caller's layout). */
export function renderTextElement(name: string, text: string, asCdata: boolean): string {
  return `<${name}>${asCdata ? cdataSection(text) : escapeXmlText(text)}</${name}>`
}
