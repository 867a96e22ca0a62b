/**
 * Schemas of the Crypto lab commands: the signature worked out step by step and the message
 * envelope encrypted and decrypted layer by layer (protocol.md §3, §8). Shared by server and client.
 */
import { z } from 'zod'
import type { CryptoLayers, SignatureBreakdown } from '../model/breakdowns'
import { cryptoLayersSchema, signatureBreakdownSchema } from '../model/exchange-schema'

// The lab shows the same breakdowns the engine records on every attempt: one schema for both.
export const SignatureBreakdownSchema = signatureBreakdownSchema
export type SignatureBreakdownDto = SignatureBreakdown

export const LabSignatureInput = z.object({
  token: z.string(),
  timestamp: z.string(),
  nonce: z.string(),
  /** When given, msg_signature is worked out too. */
  encrypt: z.string().optional(),
  /** A signature to compare with (e.g. copied from a request). */
  received: z.string().optional(),
})

export const LabSignatureOutput = z.object({
  signature: SignatureBreakdownSchema,
  msgSignature: SignatureBreakdownSchema.optional(),
  /** Present when `received` was given: whether it equals the signature (or msg_signature). */
  match: z.object({ against: z.enum(['signature', 'msg_signature']), ok: z.boolean() }).optional(),
})

export const CryptoLayersSchema = cryptoLayersSchema
export type CryptoLayersDto = CryptoLayers

export const CryptoFailureSchema = z.object({
  code: z.string(),
  wxbizCode: z.number(),
  message: z.string(),
  detail: z.record(z.string(), z.union([z.string(), z.number()])),
})
export type CryptoFailure = z.infer<typeof CryptoFailureSchema>

const KeyAndApp = {
  encodingAesKey: z.string(),
  appId: z.string(),
}

export const LabEncryptInput = z.object({
  ...KeyAndApp,
  message: z.string(),
  /** 16 characters; a random one is drawn when absent. */
  random: z.string().optional(),
  token: z.string(),
  timestamp: z.string(),
  nonce: z.string(),
  /** The gh_ id written into the safe-mode body. */
  toUserName: z.string().default('gh_0000000000000'),
})

export const LabEncryptOutput = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    encrypted: CryptoLayersSchema,
    msgSignature: SignatureBreakdownSchema,
    /** The safe-mode push body WeChat would send. */
    safeBody: z.string(),
    /** Decrypting the result again, to show the way back. */
    decrypted: CryptoLayersSchema,
  }),
  z.object({ ok: z.literal(false), error: CryptoFailureSchema }),
])

export const LabDecryptInput = z.object({
  ...KeyAndApp,
  encrypt: z.string(),
})

export const LabDecryptOutput = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), decrypted: CryptoLayersSchema }),
  z.object({ ok: z.literal(false), error: CryptoFailureSchema }),
])
