/** Why a load run could not start or be found; the control API answers each with its code. */
import { MpsimError } from '../errors'

export type LoadErrorCode = 'invalid-input' | 'busy' | 'not-found'

export class LoadError extends MpsimError {
  readonly code: LoadErrorCode
  constructor(code: LoadErrorCode, message: string) {
    super(message)
    this.code = code
  }
}
