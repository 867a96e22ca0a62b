/**
 * The composer's two-way bridge between its form and its XML editor, on the engine's own
 * catalogue (one implementation; the renderer does not import the core):
 * - previewPush: the plain XML a push would carry for this account and user (header filled the
 *   way the engine fills it at send time; MsgId and CreateTime are fresh again on send). A
 *   generated PicUrl names the mock platform's media address (`mediaBaseUrl`, the base of
 *   state.media.picUrl) so the preview shows a host that serves, not the catalogue's placeholder;
 * - lintPushXml: an edited XML read back into type and values, with every problem found (not
 *   XML, unknown type, elements the type does not have, required ones missing, bad formats).
 */
import type { Account } from '../../shared/model/account'
import type { PushLint } from '../../shared/control/composer-schemas'
import type { PushValues } from '../../shared/model/catalog-types'
import { buildPush, CatalogError, parsePush } from '../protocol/catalog'
import { XmlError } from '../protocol/errors'
import { renderPlainBody } from '../protocol/push-body'
import type { Random } from '../runtime/random'
import { parseWechatXml } from '../protocol/xml-codec'
import { withoutAbsent } from './push-from-xml'

export function previewPush(
  account: Account,
  openid: string,
  typeId: string,
  values: PushValues,
  now: number,
  random: Random,
  /** Where the platform serves media (state.media's base URL, set by start-core). */
  mediaBaseUrl?: string,
): string {
  const nodes = buildPush(typeId, values, {
    toUserName: account.originalId,
    fromUserName: openid,
    now,
    random,
    ...(mediaBaseUrl === undefined ? {} : { mediaBaseUrl }),
  })
  return renderPlainBody(nodes)
}

export function lintPushXml(xml: string, now: number, random: Random): PushLint {
  let parsed: ReturnType<typeof parsePush>
  try {
    parsed = parsePush(parseWechatXml(xml))
  } catch (error) {
    if (error instanceof XmlError || error instanceof CatalogError) {
      return { ok: false, problems: [problemOf(error)], unknownFields: [], missingFields: [] }
    }
    throw error
  }
  const unknownFields = parsed.unknownFields.map((u) => ({ path: u.path, reason: u.reason }))
  const problems: PushLint['problems'][number][] = []
  // Formats are checked by building the push again from what was read (the send does the same).
  try {
    buildPush(parsed.typeId, withoutAbsent(parsed.values), {
      toUserName: parsed.header.ToUserName,
      fromUserName: parsed.header.FromUserName,
      now,
      random,
    })
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error
    problems.push(problemOf(error))
  }
  return {
    ok: problems.length === 0,
    typeId: parsed.typeId,
    values: parsed.values,
    unknownFields,
    missingFields: parsed.missingFields,
    problems,
  }
}

function problemOf(error: XmlError | CatalogError): PushLint['problems'][number] {
  const detail = error.detail as Readonly<Record<string, unknown>>
  const line = typeof detail['line'] === 'number' ? detail['line'] : undefined
  const column = typeof detail['col'] === 'number' ? detail['col'] : undefined
  const field = typeof detail['field'] === 'string' ? detail['field'] : undefined
  return {
    code: error.code,
    message: error.message,
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
    ...(field === undefined ? {} : { field }),
  }
}
