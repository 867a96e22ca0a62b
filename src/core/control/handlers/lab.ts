/**
 * Crypto lab commands: the protocol core's signature and envelope functions, run on the user's
 * values and returned with every intermediate step. Crypto failures are expected outcomes here
 * (a wrong key is what the lab teaches), so they come back as data, not as HTTP errors.
 */
import { serverSignature, checkSignature } from '../../protocol/server-signature'
import { msgSignature } from '../../protocol/msg-signature'
import { decryptMessage, encryptMessage } from '../../protocol/message-crypto'
import { renderSafeBody } from '../../protocol/push-body'
import { CryptoError } from '../../protocol/errors'
import { randomAlnum } from '../../runtime/random'
import type { Random } from '../../runtime/random'
import type { Handlers } from '../mount-contract'
import type { CryptoFailure } from '../../../shared/control/lab-schemas'

function failure(error: unknown): { ok: false; error: CryptoFailure } {
  if (error instanceof CryptoError) {
    return {
      ok: false,
      error: {
        code: error.code,
        wxbizCode: error.wxbizCode,
        message: error.message,
        detail: { ...error.detail },
      },
    }
  }
  throw error
}

export function labHandlers(
  random: Random,
): Pick<Handlers, 'labSignature' | 'labEncrypt' | 'labDecrypt'> {
  return {
    labSignature: (input) => {
      const signature = serverSignature(input)
      const msg =
        input.encrypt === undefined ? undefined : msgSignature({ ...input, encrypt: input.encrypt })
      const received = input.received?.trim()
      const against = msg ? 'msg_signature' : 'signature'
      const match = received
        ? ({ against, ok: checkSignature(msg ?? signature, received).ok } as const)
        : undefined
      return Promise.resolve({ signature, msgSignature: msg, match })
    },
    labEncrypt: (input) => {
      try {
        const encrypted = encryptMessage({
          message: input.message,
          appId: input.appId,
          encodingAesKey: input.encodingAesKey,
          random: input.random ?? randomAlnum(random, 16),
        })
        const signature = msgSignature({ ...input, encrypt: encrypted.encrypt })
        const decrypted = decryptMessage({
          encrypt: encrypted.encrypt,
          encodingAesKey: input.encodingAesKey,
          expectedAppId: input.appId,
        })
        return Promise.resolve({
          ok: true as const,
          encrypted,
          msgSignature: signature,
          safeBody: renderSafeBody(input.toUserName, encrypted.encrypt),
          decrypted,
        })
      } catch (error) {
        return Promise.resolve(failure(error))
      }
    },
    labDecrypt: (input) => {
      try {
        const decrypted = decryptMessage({
          encrypt: input.encrypt.trim(),
          encodingAesKey: input.encodingAesKey,
          expectedAppId: input.appId,
        })
        return Promise.resolve({ ok: true as const, decrypted })
      } catch (error) {
        return Promise.resolve(failure(error))
      }
    },
  }
}
