/**
 * Reads body elements back into catalogue values, recursively through groups, `<item>` lists,
 * inline lists and repeated elements (each read as an array).
 * Tolerant by design: bots and captures carry elements the catalogue does not know, and real
 * element order varies (protocol.md §4.3), so nothing here throws. Unknown, repeated or oddly shaped
 * elements are reported; absent elements read as `null`, so buildPush rebuilds the same push.
 */
import type { CatalogField, PushValue, PushValues } from '../../../shared/model/catalog-types'
import { isGroupNode } from '../xml-node'
import type { XmlNode } from '../xml-node'
import { LIST_ITEM, pathOf } from './paths'

/** An element parsePush could not place in the catalogue type; reported, never an error. */
export interface UnknownField {
  /** Dotted path with list indexes, e.g. `SendPicsInfo.PicList[0].Extra`. */
  readonly path: string
  /**
   * not-in-catalog: the type has no such field; duplicate: a second element of a field already
   * read; unexpected-shape: text where the field holds elements, or the other way round.
   */
  readonly reason: 'not-in-catalog' | 'duplicate' | 'unexpected-shape'
  readonly node: XmlNode
}

export interface ReadReport {
  readonly unknownFields: UnknownField[]
  /** Paths of required fields with no element. */
  readonly missingFields: string[]
}

type MutableValues = Record<string, PushValue | null>

export function readFields(
  fields: readonly CatalogField[],
  nodes: readonly XmlNode[],
  path: string,
  report: ReadReport,
): MutableValues {
  const values: MutableValues = {}
  for (const node of nodes) {
    const field = fields.find((f) => f.name === node.name)
    const at = pathOf(path, node.name)
    if (!field) report.unknownFields.push({ path: at, reason: 'not-in-catalog', node })
    else if (isRepeating(field)) readRepeat(field, node, values, at, report)
    else if (Object.hasOwn(values, field.name))
      report.unknownFields.push({ path: at, reason: 'duplicate', node })
    else {
      const value = readField(field, node, at, report)
      if (value === undefined)
        report.unknownFields.push({ path: at, reason: 'unexpected-shape', node })
      else values[field.name] = value
    }
  }
  for (const field of fields) {
    if (Object.hasOwn(values, field.name)) continue
    values[field.name] = null
    if (field.required) report.missingFields.push(pathOf(path, field.name))
  }
  return values
}

/** A field whose element repeats in place: a repeated text element or an inline list. */
const isRepeating = (field: CatalogField): boolean =>
  field.kind === 'list' ? field.inline === true : field.kind !== 'group' && field.repeated === true

/** Appends one element of a repeating field to the field's list of values. */
function readRepeat(
  field: CatalogField,
  node: XmlNode,
  values: MutableValues,
  at: string,
  report: ReadReport,
): void {
  const before = values[field.name]
  const list: unknown[] = Array.isArray(before) ? [...(before as unknown[])] : []
  const itemPath = `${at}[${list.length}]`
  // An inline list's element is one item, read like a group; a repeated element like a scalar.
  const children = field.kind === 'list' ? childrenOf(node) : undefined
  const value =
    field.kind === 'list'
      ? children && readFields(field.fields, children, itemPath, report)
      : readField(field, node, itemPath, report)
  if (value === undefined) report.unknownFields.push({ path: at, reason: 'unexpected-shape', node })
  else values[field.name] = [...list, value] as PushValue
}

/** The field's value, or undefined when the element's shape does not fit the field. */
function readField(
  field: CatalogField,
  node: XmlNode,
  path: string,
  report: ReadReport,
): PushValue | undefined {
  switch (field.kind) {
    case 'string':
    case 'number':
      return isGroupNode(node) ? undefined : node.text
    case 'group': {
      const children = childrenOf(node)
      return children && readFields(field.fields, children, path, report)
    }
    case 'list': {
      const children = childrenOf(node)
      if (!children) return undefined
      const items: PushValues[] = []
      for (const child of children) {
        const itemPath = `${path}[${items.length}]`
        const inner = child.name === LIST_ITEM ? childrenOf(child) : undefined
        if (inner) items.push(readFields(field.fields, inner, itemPath, report))
        else {
          const reason = child.name === LIST_ITEM ? 'unexpected-shape' : 'not-in-catalog'
          report.unknownFields.push({ path: pathOf(path, child.name), reason, node: child })
        }
      }
      return items
    }
  }
}

/**
 * The child elements of a container. An element with nothing but whitespace inside parses as a
 * text node, so it counts as an empty container: an empty PicList renders as
 * `<PicList>⏎</PicList>`.
 */
function childrenOf(node: XmlNode): readonly XmlNode[] | undefined {
  if (isGroupNode(node)) return node.children
  return node.text.trim() === '' ? [] : undefined
}
