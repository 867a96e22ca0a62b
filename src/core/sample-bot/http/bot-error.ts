/**
 * A request the bot refuses, with the HTTP status to answer and a stable code. The message is
 * written for the developer reading the response in mpsim's inspector (or curl), so it says what
 * was wrong and what to do, in Chinese and English.
 */
import { MpsimError } from '../../errors'

export type BotErrorCode =
  | 'param-missing'
  | 'param-repeated'
  | 'param-invalid'
  | 'signature-mismatch'
  | 'msg-signature-mismatch'
  | 'decrypt-failed'
  | 'xml-invalid'
  | 'push-field-missing'
  | 'content-type-unsupported'
  | 'body-too-large'
  | 'body-unreadable'
  | 'host-invalid'
  | 'not-found'

export class BotHttpError extends MpsimError {
  override readonly code: BotErrorCode
  readonly status: number
  constructor(status: number, code: BotErrorCode, message: string) {
    super(message)
    this.status = status
    this.code = code
  }
}
