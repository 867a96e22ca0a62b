/**
 * Push bodies laid out byte for byte as real WeChat sends them (protocol.md §0 #4, §4.3):
 * - plaintext: `<xml><ToUserName>…` then one element per line joined by LF, last line `</xml>`,
 *   no trailing LF, no XML declaration;
 * - safe mode: `<xml>` LF, 4-space-indented ToUserName and Encrypt, `</xml>` LF;
 * - compatible mode: the same indentation with every plaintext field, then Encrypt last.
 * The decrypted inner XML of safe/compatible mode uses the plaintext layout.
 * Nested groups (ScanCodeInfo, SendPicsInfo…) follow the plaintext rule one level down, as in the
 * official samples; no real capture of a nested push was available to confirm it.
 */
import { renderTextElement } from './xml-codec'
import { isGroupNode } from './xml-node'
import type { XmlNode } from './xml-node'

function renderNode(node: XmlNode): string {
  if (!isGroupNode(node)) return renderTextElement(node.name, node.text, node.cdata)
  return `<${node.name}>${renderLines(node.children)}\n</${node.name}>`
}

/** The nodes one per line, joined by LF (a loop: it runs for every push). */
function renderLines(nodes: readonly XmlNode[]): string {
  let out = ''
  for (let i = 0; i < nodes.length; i++) {
    out += i === 0 ? renderNode(nodes[i] as XmlNode) : `\n${renderNode(nodes[i] as XmlNode)}`
  }
  return out
}

/** Plaintext-mode body (also the decrypted inner XML of encrypted modes). */
export function renderPlainBody(nodes: readonly XmlNode[]): string {
  return `<xml>${renderLines(nodes)}\n</xml>`
}

/** Safe-mode body: only ToUserName and Encrypt. */
export function renderSafeBody(toUserName: string, encrypt: string): string {
  return renderIndented([
    { name: 'ToUserName', text: toUserName, cdata: true },
    { name: 'Encrypt', text: encrypt, cdata: true },
  ])
}

/** Compatible-mode body: every plaintext field, then Encrypt. */
export function renderCompatibleBody(nodes: readonly XmlNode[], encrypt: string): string {
  return renderIndented([...nodes, { name: 'Encrypt', text: encrypt, cdata: true }])
}

function renderIndented(nodes: readonly XmlNode[]): string {
  return `<xml>\n${nodes.map((n) => `    ${renderNode(n)}\n`).join('')}</xml>\n`
}
