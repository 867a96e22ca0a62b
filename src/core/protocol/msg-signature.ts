/**
 * msg_signature: sha1 over the byte-wise sorted token, timestamp, nonce and the Encrypt value
 * exactly as it appears in the XML (protocol.md §8.4). Used on encrypted pushes (query `msg_signature`)
 * and on encrypted replies (`<MsgSignature>`, computed from the reply's own TimeStamp/Nonce, §8.5).
 */
import { checkSignature, sortedSha1 } from './server-signature'
import type { SignatureBreakdown, SignatureCheck } from './server-signature'

export interface MsgSignatureInput {
  token: string
  timestamp: string
  nonce: string
  encrypt: string
}

export function msgSignature(input: MsgSignatureInput): SignatureBreakdown {
  return sortedSha1([input.token, input.timestamp, input.nonce, input.encrypt])
}

export function verifyMsgSignature(input: MsgSignatureInput, received: string): SignatureCheck {
  return checkSignature(msgSignature(input), received)
}
