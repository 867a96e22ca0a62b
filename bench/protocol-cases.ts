/**
 * Benchmark cases of the protocol core, each against the raw Node/fast-xml-parser operation it
 * wraps, on the same inputs.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto'
import { serverSignature } from '../src/core/protocol/server-signature'
import { msgSignature, verifyMsgSignature } from '../src/core/protocol/msg-signature'
import { decryptMessage, encryptMessage } from '../src/core/protocol/message-crypto'
import type { BenchCase } from './harness'

const token = 'GreedIsGood'
const timestamp = '1669731472'
const nonce = '1487905294'
const appId = 'wxabb8e5e80f591861'
const encodingAesKey = 'h7ZycbpEh2vNdfkYulfw9pG95HjLYwmrKBFeqIktff6'
const random = '7359400fb2f8ef64'
/** A realistic 200-byte plaintext push. */
export const MESSAGE_200 =
  '<xml><ToUserName><![CDATA[gh_b4f0e22ae50e]]></ToUserName>\n<FromUserName><![CDATA[oJqxQwYRyZMXFTc8sipB5TSe6Vw4]]></FromUserName>\n<CreateTime>1669731471</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n</xml>'

const rawKey = Buffer.from(encodingAesKey + '=', 'base64')
const rawIv = rawKey.subarray(0, 16)

function rawSha1Sorted(parts: string[]): string {
  return createHash('sha1').update(parts.sort().join('')).digest('hex')
}

function rawEncrypt(message: string): string {
  const msg = Buffer.from(message)
  const len = Buffer.alloc(4)
  len.writeUInt32BE(msg.length)
  const full = Buffer.concat([Buffer.from(random), len, msg, Buffer.from(appId)])
  const pad = 32 - (full.length % 32)
  const cipher = createCipheriv('aes-256-cbc', rawKey, rawIv)
  cipher.setAutoPadding(false)
  return Buffer.concat([
    cipher.update(Buffer.concat([full, Buffer.alloc(pad, pad)])),
    cipher.final(),
  ]).toString('base64')
}

const encrypted = rawEncrypt(MESSAGE_200)
const encryptedSignature = rawSha1Sorted([token, timestamp, nonce, encrypted])

export const cryptoCases: BenchCase[] = [
  {
    name: 'signature',
    baselineName: 'raw createHash(sha1) of sorted',
    run: () => serverSignature({ token, timestamp, nonce }).sha1,
    baseline: () => rawSha1Sorted([token, timestamp, nonce]),
  },
  {
    name: 'encrypt+sign',
    baselineName: 'raw createCipheriv + sha1',
    goal: 0.8,
    run: () => {
      const layers = encryptMessage({ message: MESSAGE_200, appId, encodingAesKey, random })
      return msgSignature({ token, timestamp, nonce, encrypt: layers.encrypt }).sha1
    },
    baseline: () => rawSha1Sorted([token, timestamp, nonce, rawEncrypt(MESSAGE_200)]),
  },
  {
    name: 'decrypt+verify',
    baselineName: 'raw createDecipheriv + sha1',
    run: () => {
      if (
        !verifyMsgSignature({ token, timestamp, nonce, encrypt: encrypted }, encryptedSignature).ok
      ) {
        throw new Error('bench input does not verify')
      }
      return decryptMessage({ encrypt: encrypted, encodingAesKey, expectedAppId: appId }).message
    },
    baseline: () => {
      if (rawSha1Sorted([token, timestamp, nonce, encrypted]) !== encryptedSignature)
        throw new Error('x')
      const decipher = createDecipheriv('aes-256-cbc', rawKey, rawIv)
      decipher.setAutoPadding(false)
      const plain = Buffer.concat([
        decipher.update(Buffer.from(encrypted, 'base64')),
        decipher.final(),
      ])
      const unpadded = plain.subarray(0, plain.length - plain[plain.length - 1]!)
      const len = unpadded.readUInt32BE(16)
      return unpadded.subarray(20, 20 + len).toString()
    },
  },
]
