/**
 * PKCS#7 padding with a 32-byte block, as WXBizMsgCrypt does (protocol.md §0 #1, §8.3). A stock 16-byte
 * unpadder throws on the pad values 17..32 that real WeChat traffic carries.
 */
import { CryptoError } from './errors'

export const WECHAT_BLOCK = 32

export function pad32(data: Buffer): Buffer {
  const n = WECHAT_BLOCK - (data.length % WECHAT_BLOCK)
  return Buffer.concat([data, Buffer.alloc(n, n)])
}

export interface Unpadded {
  readonly data: Buffer
  readonly padValue: number
  /** False when the pad bytes are not all equal to the pad value (the official decoder ignores it). */
  readonly padBytesUniform: boolean
}

/** Tolerant unpad: any pad value 1..32 (a bot padding to 16 is accepted, protocol.md §8.3 policy). */
export function unpad32(data: Buffer): Unpadded {
  const padValue = data.length > 0 ? data[data.length - 1]! : 0
  if (padValue < 1 || padValue > WECHAT_BLOCK || padValue > data.length) {
    throw new CryptoError('IllegalBuffer', `invalid PKCS#7 pad value ${padValue} (must be 1..32)`, {
      padValue,
      length: data.length,
    })
  }
  const padding = data.subarray(data.length - padValue)
  return {
    data: data.subarray(0, data.length - padValue),
    padValue,
    padBytesUniform: padding.every((b) => b === padValue),
  }
}
