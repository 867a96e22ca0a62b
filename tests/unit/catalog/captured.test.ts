import { describe, expect, it } from 'vitest'
import { loadCapturedIndex, readVectorText } from '../../helpers/vectors'
import { buildPush, parsePush } from '../../../src/core/protocol/catalog'
import type { CatalogTypeId } from '../../../src/core/protocol/catalog'
import { decryptMessage } from '../../../src/core/protocol/message-crypto'
import { renderPlainBody } from '../../../src/core/protocol/push-body'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import { childText } from '../../../src/core/protocol/xml-node'
import { testContext } from './helpers'

const index = loadCapturedIndex()

const CAPTURED_TYPES: Readonly<Record<string, CatalogTypeId>> = {
  'text.xml': 'text',
  'event-subscribe.xml': 'event.subscribe',
  'event-unsubscribe.xml': 'event.unsubscribe',
  'location.xml': 'location',
  'video.xml': 'video',
  'safe-mode-text.xml': 'text',
  'compat-mode-text.xml': 'text',
}

/** The plaintext push of a captured file: the body itself, or the decrypted inner XML. */
function plaintextOf(entry: (typeof index.files)[number]): string {
  const body = readVectorText(`captured/${entry.file}`)
  if (entry.mode === 'plaintext') return body
  const encrypt = childText(parseWechatXml(body), 'Encrypt')!
  return decryptMessage({
    encrypt,
    encodingAesKey: entry.encoding_aes_key!,
    expectedAppId: entry.appid,
  }).message
}

describe('captured real pushes round-trip byte-identically through the catalogue (protocol.md §4.3)', () => {
  it.each(index.files)('$file ($mode)', (entry) => {
    const plain = plaintextOf(entry)
    const parsed = parsePush(parseWechatXml(plain))
    expect(parsed.typeId).toBe(CAPTURED_TYPES[entry.file])
    expect(parsed.unknownFields).toEqual([])
    expect(parsed.missingFields).toEqual([])
    // No order option: the catalogue's own field order must be the order real pushes carry.
    const nodes = buildPush(
      parsed.typeId,
      { ...parsed.values, CreateTime: parsed.header.CreateTime },
      testContext({
        toUserName: parsed.header.ToUserName,
        fromUserName: parsed.header.FromUserName,
      }),
    )
    expect(renderPlainBody(nodes)).toBe(plain)
  })

  it.each(['event-subscribe.xml', 'event-unsubscribe.xml'])(
    '%s is what the defaults build (empty EventKey, protocol.md §0 #9)',
    (file) => {
      const body = readVectorText(`captured/${file}`)
      const { typeId, header } = parsePush(parseWechatXml(body))
      const nodes = buildPush(
        typeId,
        {},
        testContext({
          toUserName: header.ToUserName,
          fromUserName: header.FromUserName,
          now: Number(header.CreateTime),
        }),
      )
      expect(renderPlainBody(nodes)).toBe(body)
    },
  )
})
