/**
 * Return codes of the official WXBizMsgCrypt sample library (protocol.md §8.6). They are local to a bot's
 * SDK and never travel on the wire; mpsim names its crypto failures after them so a developer
 * recognises them from their own logs. Shared so the renderer and the CLI can explain them.
 */
export const WXBIZ_CODES = {
  ValidateSignature_Error: -40001,
  ParseXml_Error: -40002,
  ComputeSignature_Error: -40003,
  IllegalAesKey: -40004,
  ValidateAppid_Error: -40005,
  EncryptAES_Error: -40006,
  DecryptAES_Error: -40007,
  IllegalBuffer: -40008,
  EncodeBase64_Error: -40009,
  DecodeBase64_Error: -40010,
  GenReturnXml_Error: -40011,
} as const

export type CryptoErrorCode = keyof typeof WXBIZ_CODES
