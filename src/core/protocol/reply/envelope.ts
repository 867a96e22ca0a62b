/**
 * The encrypted reply envelope (protocol.md §8.5): <Encrypt>, <MsgSignature>, <TimeStamp>, <Nonce>.
 * MsgSignature is recomputed from the Token and the envelope's *own* TimeStamp and Nonce (not the
 * push's, protocol.md §8.5); the ciphertext is decrypted tolerantly (any pad 1..32, protocol.md §8.3 policy) and
 * its AppID compared (-40005). Failures carry the WXBizMsgCrypt name and number (protocol.md §8.6).
 */
import type { ReplyProblem } from '../../../shared/model/reply-problem-codes'
import type { EnvelopeReport } from '../../../shared/model/verdict'
import { WXBIZ_CODES } from '../errors'
import type { CryptoLayers } from '../message-crypto'
import { msgSignature } from '../msg-signature'
import { checkSignature } from '../server-signature'
import type { XmlNode } from '../xml-node'
import { decryptWithKeys } from './envelope-decrypt'
import { optionalText } from './field-reader'
import type { CryptoSettings } from './input'
import { MILLISECONDS_PATTERN } from './limits'
import { fact, problem } from './problems'

export interface OpenedEnvelope {
  readonly problems: ReplyProblem[]
  readonly report: EnvelopeReport
  /** The decrypted reply, when decryption worked (even with a wrong AppID, for display). */
  readonly plaintext?: string
}

export function openEnvelope(nodes: readonly XmlNode[], crypto: CryptoSettings): OpenedEnvelope {
  const problems: ReplyProblem[] = []
  const encrypt = envelopeField(nodes, 'Encrypt', problems)
  const msgSig = envelopeField(nodes, 'MsgSignature', problems)
  const timeStamp = envelopeField(nodes, 'TimeStamp', problems)
  const nonce = envelopeField(nodes, 'Nonce', problems)
  let report: EnvelopeReport = { timeStamp, nonce, msgSignature: msgSig }
  if (timeStamp !== undefined && MILLISECONDS_PATTERN.test(timeStamp)) {
    // node-webot/wechat puts Date.now() here too (protocol.md §13); it only feeds the signature.
    problems.push(problem('envelope-timestamp-milliseconds', { got: timeStamp }))
  }
  if (encrypt === undefined) return { problems, report }
  if (msgSig !== undefined && timeStamp !== undefined && nonce !== undefined) {
    const breakdown = msgSignature({ token: crypto.token, timestamp: timeStamp, nonce, encrypt })
    report = { ...report, expectedSignature: breakdown.sha1, sortedParts: breakdown.sorted }
    if (!checkSignature(breakdown, msgSig).ok) {
      problems.push(
        problem('envelope-signature-mismatch', {
          expected: breakdown.sha1,
          got: msgSig,
          cryptoCode: 'ValidateSignature_Error',
          wxbizCode: WXBIZ_CODES.ValidateSignature_Error,
        }),
      )
    }
  }
  const decrypted = decryptWithKeys(encrypt, crypto)
  if (!decrypted.ok) {
    const { error, previousError } = decrypted
    problems.push(
      problem('envelope-decrypt-failed', {
        cryptoCode: error.code,
        wxbizCode: error.wxbizCode,
        ...error.detail,
        ...fact('previousKeyCryptoCode', previousError?.code),
      }),
    )
    return { problems, report }
  }
  const { layers, keyUsed } = decrypted
  problems.push(...layerProblems(layers, keyUsed, crypto.appId))
  report = {
    ...report,
    keyUsed,
    receiveId: layers.receiveId,
    padValue: layers.padValue,
    innerXml: layers.message,
  }
  return { problems, report, plaintext: layers.message }
}

/** The envelope field's text; a missing or empty one is a problem. */
function envelopeField(
  nodes: readonly XmlNode[],
  name: string,
  problems: ReplyProblem[],
): string | undefined {
  const value = optionalText(nodes, name)
  if (value === undefined || value === '') {
    problems.push(problem('envelope-field-missing', { field: name }))
    return undefined
  }
  return value
}

function layerProblems(
  layers: CryptoLayers,
  keyUsed: 'current' | 'previous',
  appId: string,
): ReplyProblem[] {
  const problems: ReplyProblem[] = []
  if (layers.receiveId !== appId) {
    problems.push(
      problem('envelope-appid-mismatch', {
        expected: appId,
        got: layers.receiveId,
        cryptoCode: 'ValidateAppid_Error',
        wxbizCode: WXBIZ_CODES.ValidateAppid_Error,
      }),
    )
  }
  if (keyUsed === 'previous') problems.push(problem('envelope-previous-key'))
  if (!layers.padBytesUniform) {
    problems.push(problem('envelope-padding-irregular', { padValue: layers.padValue }))
  }
  // A 32-byte pad always ends FullStr on a 32-byte boundary; anything else was padded to 16 —
  // accepted by the official decoder, [unconfirmed] for real WeChat (protocol.md §8.3).
  if ((layers.fullStrBytes + layers.padValue) % 32 !== 0) {
    problems.push(
      problem('envelope-padded-to-16', {
        padValue: layers.padValue,
        fullStrBytes: layers.fullStrBytes,
      }),
    )
  }
  return problems
}
