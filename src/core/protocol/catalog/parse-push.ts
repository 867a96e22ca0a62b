/**
 * parsePush: the element tree of a push (from parseWechatXml) → its catalogue type and values.
 * The type is found from MsgType, Event and, for subscribe, the EventKey prefix (identify.ts);
 * the common header is returned apart from the body values (protocol.md §4.3, §5, §6).
 */
import type { CatalogTypeId, PushValue } from '../../../shared/model/catalog-types'
import { childText } from '../xml-node'
import type { XmlNode } from '../xml-node'
import { CatalogError } from './errors'
import { identifyPush } from './identify'
import { readFields } from './parse-fields'
import type { ReadReport, UnknownField } from './parse-fields'

export type { UnknownField } from './parse-fields'

/** The common header every push starts with, as sent (CreateTime stays a string). */
export interface PushHeader {
  readonly ToUserName: string
  readonly FromUserName: string
  readonly CreateTime: string
}

export interface ParsedPush {
  readonly typeId: CatalogTypeId
  readonly header: PushHeader
  /** Body values by field; `null` where an element is absent. Feed back to buildPush to rebuild. */
  readonly values: Record<string, PushValue | null>
  /** Top-level body fields in the order the push carried them (BuildOptions.order). */
  readonly order: string[]
  /** Elements the type does not define, repeated, or of the wrong shape: reported, not errors. */
  readonly unknownFields: UnknownField[]
  /** Required elements the push lacks (header included); their values are null or empty. */
  readonly missingFields: string[]
}

const HEADER = ['ToUserName', 'FromUserName', 'CreateTime'] as const

/**
 * Identifies and reads one push. Throws CatalogError only when the type cannot be told: no
 * MsgType, an event without Event, or a MsgType/Event the catalogue does not know.
 */
export function parsePush(nodes: readonly XmlNode[]): ParsedPush {
  const msgType = childText(nodes, 'MsgType')
  if (msgType === undefined) {
    throw new CatalogError('catalog-msgtype-missing', 'the push has no <MsgType> element', {})
  }
  const event = childText(nodes, 'Event')
  if (msgType === 'event' && event === undefined) {
    throw new CatalogError('catalog-event-missing', 'MsgType is event but there is no <Event>', {
      msgType,
    })
  }
  const entry = identifyPush({ msgType, event, eventKey: childText(nodes, 'EventKey') })
  const headerNames: readonly string[] = [
    ...HEADER,
    'MsgType',
    ...(entry.event === undefined ? [] : ['Event']),
  ]
  const report: ReadReport = { unknownFields: [], missingFields: [] }
  const seen = new Set<string>()
  const body: XmlNode[] = []
  for (const node of nodes) {
    if (!headerNames.includes(node.name)) body.push(node)
    else if (seen.has(node.name)) {
      report.unknownFields.push({ path: node.name, reason: 'duplicate', node })
    } else seen.add(node.name)
  }
  const header = readHeader(nodes, report)
  const values = readFields(entry.fields, body, '', report)
  const order = [...new Set(body.map((n) => n.name))].filter((name) =>
    entry.fields.some((f) => f.name === name),
  )
  return { typeId: entry.id, header, values, order, ...report }
}

function readHeader(nodes: readonly XmlNode[], report: ReadReport): PushHeader {
  const read = (name: (typeof HEADER)[number]): string => {
    const text = childText(nodes, name)
    if (text === undefined) report.missingFields.push(name)
    return text ?? ''
  }
  return {
    ToUserName: read('ToUserName'),
    FromUserName: read('FromUserName'),
    CreateTime: read('CreateTime'),
  }
}
