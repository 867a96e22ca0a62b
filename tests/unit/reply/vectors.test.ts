import { describe, expect, it } from 'vitest'
import { loadEncryptionVectors, loadReplyVectors } from '../../helpers/vectors'
import { childText } from '../../../src/core/protocol/xml-node'
import { parseWechatXml } from '../../../src/core/protocol/xml-codec'
import {
  CLICK_PUSH,
  codesOf,
  CRYPTO,
  envelope,
  errorsOf,
  flipChar,
  GH,
  judge,
  OPENID,
  seal,
  textXml,
} from './helpers'

const plainReplies = loadReplyVectors().filter((v) => v.MsgType !== '(encrypted envelope)')
const encryption = loadEncryptionVectors()
const byId = (id: string) => {
  const v = encryption.find((e) => e.id === id)
  if (!v) throw new Error(`no encryption vector ${id}`)
  return v
}

describe('every messages/reply-*.xml sample is accepted (protocol.md §7.2)', () => {
  it('covers all seven reply types', () => {
    expect(new Set(plainReplies.map((v) => v.MsgType))).toEqual(
      new Set(['text', 'image', 'voice', 'video', 'music', 'news', 'transfer_customer_service']),
    )
  })

  it.each(plainReplies)('$file', (v) => {
    // The samples use placeholder ids; the push they answer is the swap of the reply's addressing.
    const nodes = parseWechatXml(v.xml)
    const push = {
      toUserName: childText(nodes, 'FromUserName')!,
      fromUserName: childText(nodes, 'ToUserName')!,
      msgType: 'text',
    }
    const verdict = judge(v.xml, { push })
    expect(errorsOf(verdict)).toEqual([])
    expect(verdict.outcome).toBe('reply')
    expect(verdict.reply?.msgType).toBe(v.MsgType)
    expect(verdict.problems.filter((p) => p.severity === 'warning')).toEqual([])
  })
})

describe('the official encrypted reply envelope (protocol.md §8.5, §8.7)', () => {
  const v = byId('official-doc-reply-encrypt')
  const crypto = { token: v.token, encodingAesKey: v.encoding_aes_key!, appId: v.receive_id! }
  const body = loadReplyVectors().find((r) => r.file === 'reply-encrypted-envelope.xml')!.xml
  const push = { mode: 'safe' as const }

  it('verifies MsgSignature, decrypts with the current key and finds the AppID', () => {
    const verdict = judge(body, { push, crypto })
    expect(verdict.envelope).toMatchObject({
      timeStamp: v.timestamp,
      nonce: v.nonce,
      msgSignature: v.msg_signature,
      expectedSignature: v.msg_signature,
      keyUsed: 'current',
      receiveId: v.receive_id,
      padValue: v.pad_value,
      innerXml: v.plaintext,
    })
    // Every envelope-level check passes: the only finding is about the decrypted content.
    expect(verdict.problems.filter((p) => p.detail.layer !== 'decrypted')).toEqual([])
  })

  it('reports its JSON content as not a passive reply (it is the mini-program JSON example)', () => {
    const verdict = judge(body, { push, crypto })
    expect(codesOf(verdict)).toEqual(['body-json'])
    expect(verdict.problems[0]?.detail.layer).toBe('decrypted')
    expect(verdict.outcome).toBe('service-unavailable')
  })

  it('the reply_xml_envelope layout (4-space indent) verifies the same way', () => {
    const verdict = judge(v.reply_xml_envelope!, { push, crypto })
    expect(verdict.envelope?.keyUsed).toBe('current')
    expect(codesOf(verdict)).toEqual(['body-json'])
  })

  it.each([0, 20, 40, 60])('one changed character of Encrypt (at %i) breaks MsgSignature', (i) => {
    const tampered = body.replace(v.encrypt, flipChar(v.encrypt, i))
    const verdict = judge(tampered, { push, crypto })
    expect(verdict.outcome).toBe('service-unavailable')
    if (verdict.outcome !== 'service-unavailable') return
    expect(verdict.cause).toBe('envelope-signature-mismatch')
    expect(verdict.problems[0]?.detail).toMatchObject({
      cryptoCode: 'ValidateSignature_Error',
      wxbizCode: -40001,
      got: v.msg_signature,
    })
  })

  it('one changed character of MsgSignature is ValidateSignature_Error (-40001)', () => {
    const tampered = body.replace(v.msg_signature!, flipChar(v.msg_signature!, 5))
    const verdict = judge(tampered, { push, crypto })
    expect(verdict.outcome).toBe('service-unavailable')
    expect(codesOf(verdict)).toEqual(['envelope-signature-mismatch', 'body-json'])
  })
})

describe('encrypted reply vectors from SDKs (protocol.md §8)', () => {
  it('wxjava-aes-encrypt-2: a video reply, sealed with its Encrypt verbatim', () => {
    const v = byId('wxjava-aes-encrypt-2')
    const crypto = { token: v.token, encodingAesKey: v.encoding_aes_key!, appId: v.receive_id! }
    const push = {
      toUserName: 'gh_7f083739789a',
      fromUserName: 'oia2Tj我是中文jewbmiOUlr6X-1crbLOvLw',
      mode: 'safe' as const,
    }
    const verdict = judge(envelope(v.encrypt, { crypto }), { push, crypto })
    expect(verdict.problems).toEqual([])
    expect(verdict.phoneView).toEqual({
      kind: 'video',
      mediaId: 'eYJ1MbwPRJtOvIEabaxHs7TX2D-HV71s79GUxqdUkjm6Gs2Ed1KF3ulAOA9H1xG0',
      title: 'testCallBackReplyVideo',
      description: 'testCallBackReplyVideo',
    })
  })

  it('wechatpy-reply-encrypt: a WeCom-style reply sends the AppID as FromUserName', () => {
    const v = byId('wechatpy-reply-encrypt')
    const crypto = { token: v.token, encodingAesKey: v.encoding_aes_key!, appId: v.receive_id! }
    const body = envelope(v.encrypt, { crypto, timeStamp: v.timestamp!, nonce: v.nonce! })
    expect(body).toContain(v.msg_signature)
    const push = { toUserName: GH, fromUserName: 'messense', mode: 'safe' as const }
    const verdict = judge(body, { push, crypto })
    expect(codesOf(verdict)).toEqual(['from-user-is-appid'])
    expect(verdict.problems[0]?.detail).toMatchObject({
      got: v.receive_id,
      expected: GH,
      layer: 'decrypted',
    })
  })

  it('a sealed text reply with a tampered MsgSignature fails on the signature alone', () => {
    const good = seal(textXml())
    expect(judge(good, { push: { mode: 'safe' }, crypto: CRYPTO }).outcome).toBe('reply')
    const tampered = seal(textXml(), { signature: '0'.repeat(40) })
    const verdict = judge(tampered, { push: { mode: 'safe' }, crypto: CRYPTO })
    expect(codesOf(verdict)).toEqual(['envelope-signature-mismatch'])
    expect(verdict.reply).toMatchObject({ msgType: 'text', toUserName: OPENID })
  })

  it('answers a CLICK event in compatible mode with an encrypted reply', () => {
    const verdict = judge(seal(textXml('菜单')), {
      push: { ...CLICK_PUSH, mode: 'compatible' },
      crypto: CRYPTO,
    })
    expect(verdict.phoneView).toEqual({ kind: 'text', content: '菜单' })
  })
})
