/**
 * The ordered XML element tree every WeChat body is made of. Order matters because real pushes
 * have a fixed element order per type (protocol.md §4.3), and the CDATA flag matters because WeChat wraps
 * strings in CDATA and leaves numbers bare (protocol.md §4.3 "CDATA rule"). Values are always strings:
 * 64-bit MsgIds must never pass through a JS number (protocol.md §0 #2).
 */
export interface XmlTextNode {
  readonly name: string
  readonly text: string
  readonly cdata: boolean
}

export interface XmlGroupNode {
  readonly name: string
  readonly children: readonly XmlNode[]
}

export type XmlNode = XmlTextNode | XmlGroupNode

export function isGroupNode(node: XmlNode): node is XmlGroupNode {
  return 'children' in node
}

/** A text node whose value WeChat writes as CDATA (strings). */
export const cdata = (name: string, text: string): XmlTextNode => ({ name, text, cdata: true })

/** A text node WeChat writes bare (numbers: CreateTime, MsgId, coordinates, counts). */
export const bare = (name: string, text: string): XmlTextNode => ({ name, text, cdata: false })

export const group = (name: string, children: readonly XmlNode[]): XmlGroupNode => ({
  name,
  children,
})

/** First direct child with this name, or undefined. */
export function findChild(nodes: readonly XmlNode[], name: string): XmlNode | undefined {
  return nodes.find((n) => n.name === name)
}

/** Text of the first direct text child with this name, or undefined. */
export function childText(nodes: readonly XmlNode[], name: string): string | undefined {
  const node = findChild(nodes, name)
  return node && !isGroupNode(node) ? node.text : undefined
}
