/**
 * A reply as comparable lines: the XML re-laid one element per line, indented, with the
 * elements that differ on every delivery left out — CreateTime and MsgId (fresh each time) and
 * ToUserName (the replayed user is a simulated one, not the captured one). Two replies that say
 * the same thing then have the same lines, and where they differ the line diff shows it.
 * Text that is not XML ('success', '', a JSON error page) is compared as it is, trimmed.
 */
import { parseWechatXml } from '../../protocol/xml-codec'
import { isGroupNode } from '../../protocol/xml-node'
import type { XmlNode } from '../../protocol/xml-node'

export const VOLATILE_REPLY_ELEMENTS: ReadonlySet<string> = new Set([
  'CreateTime',
  'MsgId',
  'ToUserName',
])

export function replyLines(text: string): string {
  const trimmed = text.trim()
  if (!trimmed.startsWith('<')) return trimmed
  let nodes: XmlNode[]
  try {
    nodes = parseWechatXml(trimmed)
  } catch {
    return trimmed
  }
  const lines = ['<xml>']
  render(nodes, 1, lines)
  lines.push('</xml>')
  return lines.join('\n')
}

function render(nodes: readonly XmlNode[], depth: number, out: string[]): void {
  const pad = '  '.repeat(depth)
  for (const node of nodes) {
    if (depth === 1 && VOLATILE_REPLY_ELEMENTS.has(node.name)) continue
    if (isGroupNode(node)) {
      out.push(`${pad}<${node.name}>`)
      render(node.children, depth + 1, out)
      out.push(`${pad}</${node.name}>`)
    } else out.push(`${pad}<${node.name}>${node.text}</${node.name}>`)
  }
}
