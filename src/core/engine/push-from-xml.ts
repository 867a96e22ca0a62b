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
  return { typeId: parsed.typeId, values: parsed.values }
}
