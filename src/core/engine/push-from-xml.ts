/**
 * A push given as XML (a capture, the composer's XML editor, File › Import) turned into what the
 * engine sends: its catalogue type and body values. Header values (ToUserName, FromUserName,
 * CreateTime, MsgId) are not kept: the engine fills them for the account and user it sends as,
 * with a fresh time and id, as WeChat would for a new delivery.
 */
import type { PushValues } from '../../shared/model/catalog-types'
import { parsePush } from '../protocol/catalog'
import { parseWechatXml } from '../protocol/xml-codec'

export interface PushFromXml {
  readonly typeId: string
  readonly values: PushValues
}

/** Throws XmlError (not XML, root not <xml>) or CatalogError (no MsgType, unknown type). */
export function pushFromXml(xml: string): PushFromXml {
  const parsed = parsePush(parseWechatXml(xml))
  return { typeId: parsed.typeId, values: withoutAbsent(parsed.values) }
}

/**
 * parsePush reports an absent element as null, which buildPush reads as "leave it out" — and
 * refuses for a required one. A capture missing an element gets the catalogue's default instead
 * (a fresh MsgId, the list's count), so the key is dropped rather than kept as null.
 */
export function withoutAbsent(values: Readonly<Record<string, unknown>>): PushValues {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue
    if (Array.isArray(value)) {
      out[name] = value.map((item) => withoutAbsent(item as Record<string, unknown>))
    } else if (typeof value === 'object') {
      out[name] = withoutAbsent(value as Record<string, unknown>)
    } else out[name] = value
  }
  return out as PushValues
}
