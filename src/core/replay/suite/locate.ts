/**
 * Where a value of a parsed suite sits in its file: the node at a path, or — for a key that
 * should not be there — that key itself; for something missing, the object that misses it.
 */
import { isMap, isNode, isPair, isScalar } from 'yaml'
import type { Document, LineCounter, Node } from 'yaml'

export interface LinePos {
  readonly line: number
  readonly col: number
}

export function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly string[],
  extraKey?: string,
): LinePos | undefined {
  // Walk down as far as the file goes: a missing step field points at the step.
  let node: Node | undefined = isNode(doc.contents) ? doc.contents : undefined
  for (const segment of path) {
    const child: unknown =
      node && 'get' in node
        ? (node as { get(k: unknown, keep: true): unknown }).get(keyFor(node, segment), true)
        : undefined
    if (!isNode(child)) break
    node = child
  }
  if (!node) return undefined
  if (extraKey !== undefined && isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === extraKey,
    )
    if (pair && isNode(pair.key) && pair.key.range) return lineCounter.linePos(pair.key.range[0])
  }
  return node.range ? lineCounter.linePos(node.range[0]) : undefined
}

/** Sequences are indexed by number; maps by the key as written. */
function keyFor(node: Node, segment: string): unknown {
  return isMap(node) ? segment : Number(segment)
}
