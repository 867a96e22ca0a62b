import { describe, expect, it } from 'vitest'
import { loadCapturedIndex, readVectorText } from '../../helpers/vectors'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import {
  renderCompatibleBody,
  renderPlainBody,
  renderSafeBody,
} from '../../../src/core/protocol/push-body'
import { decryptMessage, encryptMessage } from '../../../src/core/protocol/message-crypto'
import { msgSignature } from '../../../src/core/protocol/msg-signature'
import { serverSignature } from '../../../src/core/protocol/server-signature'
import { childText } from '../../../src/core/protocol/xml-node'

const index = loadCapturedIndex()

describe('captured real pushes are rebuilt byte-identical from their fields (protocol.md §4.3)', () => {
  it.each(index.files)('$file', (entry) => {
    const body = readVectorText(`captured/${entry.file}`)
    expect(Buffer.byteLength(body)).toBe(entry.content_length)
    const query = new URLSearchParams(entry.query)
    const timestamp = query.get('timestamp')!
    const nonce = query.get('nonce')!
    expect(serverSignature({ token: entry.token, timestamp, nonce }).sha1).toBe(
      query.get('signature'),
    )
    const nodes = parseWechatXml(body)
    if (entry.mode === 'plaintext') {
      expect(renderPlainBody(nodes)).toBe(body)
      expect(childText(nodes, 'FromUserName')).toBe(query.get('openid'))
      return
    }
    // Encrypted modes: decrypt, rebuild the inner XML from its fields, re-encrypt with the same
    // random prefix, and rebuild the outer body.
    const encrypt = childText(nodes, 'Encrypt')!
    expect(msgSignature({ token: entry.token, timestamp, nonce, encrypt }).sha1).toBe(
      query.get('msg_signature'),
    )
    const key = entry.encoding_aes_key!
    const inner = decryptMessage({ encrypt, encodingAesKey: key, expectedAppId: entry.appid })
    const innerNodes = parseWechatXml(inner.message)
    expect(renderPlainBody(innerNodes)).toBe(inner.message)
    const again = encryptMessage({
      message: renderPlainBody(innerNodes),
      appId: entry.appid!,
      encodingAesKey: key,
      random: inner.random,
    })
    expect(again.encrypt).toBe(encrypt)
    const outerFields = nodes.filter((n) => n.name !== 'Encrypt')
    const rebuilt =
      entry.mode === 'safe'
        ? renderSafeBody(childText(nodes, 'ToUserName')!, again.encrypt)
        : renderCompatibleBody(outerFields, again.encrypt)
    expect(rebuilt).toBe(body)
  })
})

describe('renderPlainBody layout', () => {
  it('nests groups with the same one-element-per-line rule', () => {
    const body = renderPlainBody([
      { name: 'Event', text: 'scancode_push', cdata: true },
      {
        name: 'ScanCodeInfo',
        children: [
          { name: 'ScanType', text: 'qrcode', cdata: true },
          { name: 'ScanResult', text: '1', cdata: true },
        ],
      },
    ])
    expect(body).toBe(
      '<xml><Event><![CDATA[scancode_push]]></Event>\n<ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType>\n<ScanResult><![CDATA[1]]></ScanResult>\n</ScanCodeInfo>\n</xml>',
    )
  })
  it('splits a literal ]]> inside CDATA and escapes bare text', () => {
    const body = renderPlainBody([
      { name: 'Content', text: 'a]]>b', cdata: true },
      { name: 'Label', text: '1<2&3', cdata: false },
    ])
    const back = parseWechatXml(body)
    expect(childText(back, 'Content')).toBe('a]]>b')
    expect(childText(back, 'Label')).toBe('1<2&3')
  })
})
