/**
 * Typed errors of the protocol core.
 * - CryptoError mirrors the official WXBizMsgCrypt sample library's return codes (spec §8.6). Those
 *   codes are local to a bot's SDK and never travel on the wire; mpsim uses their names so a
 *   developer recognises them from their own SDK's logs.
 * - XmlError is thrown when a body is not usable WeChat XML.
 */
import { MpsimError } from '../errors'

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

export class CryptoError extends MpsimError {
  override readonly code: CryptoErrorCode
  /** Structured facts for the explanation (lengths, expected vs found...). */
  readonly detail: Readonly<Record<string, string | number>>
  constructor(
    code: CryptoErrorCode,
    message: string,
    detail: Record<string, string | number> = {},
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.code = code
    this.detail = detail
  }
  /** The number the official sample library returns for this failure, e.g. -40005. */
  get wxbizCode(): number {
    return WXBIZ_CODES[this.code]
  }
}

export type XmlErrorCode =
  | 'xml-empty'
  | 'xml-malformed'
  | 'xml-root-not-xml'
  | 'xml-doctype-forbidden'
  | 'xml-entity-forbidden'
  | 'xml-bytes-outside-root'
  | 'xml-too-deep'

export class XmlError extends MpsimError {
  override readonly code: XmlErrorCode
  readonly detail: Readonly<Record<string, string | number>>
  constructor(code: XmlErrorCode, message: string, detail: Record<string, string | number> = {}) {
    super(message)
    this.code = code
    this.detail = detail
  }
}
