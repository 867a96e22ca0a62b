/**
 * Typed errors of the protocol core.
 * - CryptoError mirrors the official WXBizMsgCrypt sample library's return codes (protocol.md §8.6). Those
 *   codes are local to a bot's SDK and never travel on the wire; mpsim uses their names so a
 *   developer recognises them from their own SDK's logs.
 * - XmlError is thrown when a body is not usable WeChat XML.
 */
import { MpsimError } from '../errors'
import { WXBIZ_CODES } from '../../shared/model/crypto-codes'
import type { CryptoErrorCode } from '../../shared/model/crypto-codes'

export { WXBIZ_CODES } from '../../shared/model/crypto-codes'
export type { CryptoErrorCode } from '../../shared/model/crypto-codes'

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

/**
 * A body that is not usable WeChat XML. The XML codec throws this and nothing else, whatever the
 * input: `detail` carries `parserCode` (fast-xml-parser's validator code, or one of the codec's
 * own: InvalidChar, InvalidDeclaration, UnclosedComment, UnclosedCdata, UnclosedPi,
 * UnclosedTag, ParserException) and, where known, 1-based `line` and `col`.
 */
export class XmlError extends MpsimError {
  override readonly code: XmlErrorCode
  readonly detail: Readonly<Record<string, string | number>>
  constructor(
    code: XmlErrorCode,
    message: string,
    detail: Record<string, string | number> = {},
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.code = code
    this.detail = detail
  }
}
