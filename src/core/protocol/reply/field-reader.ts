/**
 * Reading reply fields while recording what is missing. A field is "missing" when the element is
 * absent (or is a group where text belongs) and "empty" when its text is blank; both are refusals
 * (protocol.md §7.2 "required", §7.3 empty-field rows). `path` names nested fields as `Image/MediaId`.
 */
import type { ReplyProblem } from '../../../shared/model/reply-problem-codes'
import { childText, findChild, isGroupNode } from '../xml-node'
import type { XmlNode } from '../xml-node'
import { problem } from './problems'

/** Text of an optional field, or undefined. */
export function optionalText(nodes: readonly XmlNode[], name: string): string | undefined {
  return childText(nodes, name)
}

/** Text of a required field; records field-missing / field-empty. Returns what was found. */
export function requiredText(
  nodes: readonly XmlNode[],
  name: string,
  problems: ReplyProblem[],
  path: string = name,
): string | undefined {
  const text = childText(nodes, name)
  if (text === undefined) problems.push(problem('field-missing', { field: path }))
  else if (text.trim() === '') problems.push(problem('field-empty', { field: path }))
  return text
}

/**
 * Children of a group element such as <Image>: undefined when absent, [] when present but holding
 * no elements (`<Image></Image>` or `<Image>text</Image>`).
 */
export function groupChildren(
  nodes: readonly XmlNode[],
  name: string,
): readonly XmlNode[] | undefined {
  const node = findChild(nodes, name)
  if (node === undefined) return undefined
  return isGroupNode(node) ? node.children : []
}
