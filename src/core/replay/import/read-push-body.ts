/**
 * One captured body → the push it holds, or why it holds none. Plaintext pushes are taken as
 * captured; encrypted envelopes (protocol.md §4.3: ToUserName + Encrypt, or every field + Encrypt
 * in compatible mode) are opened with the workspace's keys. A compatible-mode envelope no key
 * opens still carries the whole message in clear beside Encrypt, so that copy is used.
 */
import type { Account } from '../../../shared/model/account'
import type { SkipReason } from '../../../shared/model/capture'
import { CatalogError, parsePush } from '../../protocol/catalog'
import { XmlError } from '../../protocol/errors'
import { renderPlainBody } from '../../protocol/push-body'
import { parseWechatXml } from '../../protocol/xml-codec'
import { childText } from '../../protocol/xml-node'
import type { XmlNode } from '../../protocol/xml-node'
import { decryptEnvelope } from './decrypt-envelope'
import { MAX_PUSH_BYTES } from './types'

/** What a body says of the push it holds. */
export interface PushFacts {
  readonly plainXml: string
  readonly encrypted: boolean
  readonly msgType: string
  readonly event?: string
  readonly typeId: string
  readonly fromUserName?: string
  readonly msgId?: string
}

export interface PushReading {
  readonly ok: true
  readonly push: PushFacts
}

export interface SkipReading {
  readonly ok: false
  readonly reason: SkipReason
  readonly detail?: string
}

export function readPushBody(
  text: string,
  accounts: readonly Account[],
): PushReading | SkipReading {
  if (text.trim() === '' || text === '\uFEFF') return { ok: false, reason: 'empty' }
  if (Buffer.byteLength(text, 'utf8') > MAX_PUSH_BYTES) {
    return { ok: false, reason: 'too-large', detail: `over ${MAX_PUSH_BYTES} bytes` }
  }
  let nodes: XmlNode[]
  try {
    nodes = parseWechatXml(text)
  } catch (error) {
    if (!(error instanceof XmlError)) throw error
    const reason = error.code === 'xml-root-not-xml' ? 'not-a-push' : 'not-xml'
    return { ok: false, reason, detail: error.message }
  }
  const encrypt = childText(nodes, 'Encrypt')
  if (encrypt === undefined) return identify(text, nodes, false)
  const opened = decryptEnvelope(encrypt, childText(nodes, 'ToUserName'), accounts)
  if (opened.ok) return identify(opened.message, opened.nodes, true)
  const clear = nodes.filter((n) => n.name !== 'Encrypt')
  if (childText(clear, 'MsgType') !== undefined)
    return identify(renderPlainBody(clear), clear, true)
  return { ok: false, reason: 'undecryptable', detail: opened.detail }
}

function identify(
  plainXml: string,
  nodes: XmlNode[],
  encrypted: boolean,
): PushReading | SkipReading {
  try {
    const parsed = parsePush(nodes)
    const event = childText(nodes, 'Event')
    const fromUserName = childText(nodes, 'FromUserName')
    // Template and mass-send results spell it MsgID (protocol.md §6).
    const msgId = childText(nodes, 'MsgId') ?? childText(nodes, 'MsgID')
    const push: PushFacts = {
      plainXml,
      encrypted,
      msgType: childText(nodes, 'MsgType') ?? '',
      typeId: parsed.typeId,
      ...(event === undefined ? {} : { event }),
      ...(fromUserName === undefined ? {} : { fromUserName }),
      ...(msgId === undefined ? {} : { msgId }),
    }
    return { ok: true, push }
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error
    return { ok: false, reason: 'not-a-push', detail: error.message }
  }
}
