/**
 * A field of a reply by its dotted path (docs/replay.md "Assertions"): `Content`,
 * `ArticleCount`, `Articles.item.1.Title` — a number picks among elements of the same name.
 */
import { parseWechatXml } from '../../protocol/xml-codec'
import { isGroupNode } from '../../protocol/xml-node'
import type { XmlNode } from '../../protocol/xml-node'

export function replyNodes(xml: string | undefined): XmlNode[] | undefined {
  if (xml === undefined || !xml.trim().startsWith('<')) return undefined
  try {
    return parseWechatXml(xml)
  } catch {
    return undefined
  }
}

/** The text at the path, or undefined when the reply has no such element. */
export function fieldAt(nodes: readonly XmlNode[], path: string): string | undefined {
  const segments = path.split('.')
  let level: readonly XmlNode[] = nodes
  let node: XmlNode | undefined
  for (let i = 0; i < segments.length; i++) {
    const name = segments[i] ?? ''
    const same = level.filter((n) => n.name === name)
    const next = segments[i + 1]
    const numbered = next !== undefined && /^\d+$/.test(next)
    const index = numbered ? Number(next) : 0
    if (numbered) i++
    node = same[index]
    if (!node) return undefined
    if (i < segments.length - 1) {
      if (!isGroupNode(node)) return undefined
      level = node.children
    }
  }
  return node && !isGroupNode(node) ? node.text : undefined
}
