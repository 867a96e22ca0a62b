/**
 * A push given as XML (a capture, the composer's XML editor, File › Import) turned into what the
 * engine sends: its catalogue type and body values. The header (ToUserName, FromUserName,
 * CreateTime) is never kept: the engine fills it for the account and user it sends as, with a
 * fresh time, as WeChat would for a new delivery. MsgId is a body value, but it is the id WeChat
 * keeps only when it *retries* a delivery (protocol.md §4.4, §7.3): a bot that de-duplicates by MsgId
 * would take every replay of one capture for a retry and answer it once. So it is dropped too —
 * the catalogue then generates a fresh one — unless the caller asks to replay that very id
 * (`keepMsgId`, e.g. to test a bot's de-duplication).
 */
import type { PushValues } from '../../shared/model/catalog-types'
import { parsePush } from '../protocol/catalog'
import { parseWechatXml } from '../protocol/xml-codec'

export interface PushFromXml {
  readonly typeId: string
  readonly values: PushValues
}

export interface PushFromXmlOptions {
  /**
   * Send the captured MsgId again instead of a fresh one: the bot sees what a WeChat retry of
   * that message looks like. Pushes without a MsgId (events) are unaffected.
   * @default false
   */
  readonly keepMsgId?: boolean | undefined
}

/** The per-message id a retry repeats (a message push's MsgId, protocol.md §5). */
const MSG_ID = 'MsgId'

/** Throws XmlError (not XML, root not <xml>) or CatalogError (no MsgType, unknown type). */
export function pushFromXml(xml: string, options: PushFromXmlOptions = {}): PushFromXml {
  const parsed = parsePush(parseWechatXml(xml))
  const values = withoutAbsent(parsed.values)
  if (options.keepMsgId === true || !(MSG_ID in values)) return { typeId: parsed.typeId, values }
  const fresh = Object.entries(values).filter(([name]) => name !== MSG_ID)
  return { typeId: parsed.typeId, values: Object.fromEntries(fresh) }
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
