/**
 * Text reply (protocol.md §7.2): <Content> in CDATA, newlines allowed. An empty Content makes WeChat show
 * the system tip (protocol.md §7.3, community reports); very long text is flagged (limits.ts).
 */
import type { ReplyProblem } from '../../../../shared/model/reply-problem-codes'
import { childText } from '../../xml-node'
import type { XmlNode } from '../../xml-node'
import { TEXT_CONTENT_BYTE_LIMIT } from '../limits'
import { problem } from '../problems'

export function readText(nodes: readonly XmlNode[], problems: ReplyProblem[]) {
  const text = childText(nodes, 'Content')
  if (text === undefined) {
    problems.push(problem('field-missing', { field: 'Content' }))
  } else if (text.trim() === '') {
    problems.push(problem('text-content-empty'))
  } else {
    const bytes = Buffer.byteLength(text, 'utf8')
    if (bytes > TEXT_CONTENT_BYTE_LIMIT) {
      problems.push(problem('text-content-too-long', { bytes, limit: TEXT_CONTENT_BYTE_LIMIT }))
    }
  }
  return { msgType: 'text' as const, content: text }
}
