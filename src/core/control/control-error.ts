/** A control API failure with its wire code; the one error middleware turns it into JSON. */
import { MpsimError } from '../errors'
import { CONTROL_ERROR_STATUS } from '../../shared/control/errors'
import type { ControlErrorBody, ControlErrorCode } from '../../shared/control/errors'

export class ControlError extends MpsimError {
  override readonly code: ControlErrorCode
  readonly issues: ControlErrorBody['error']['issues']
  constructor(
    code: ControlErrorCode,
    message: string,
    issues?: ControlErrorBody['error']['issues'],
  ) {
    super(message)
    this.code = code
    this.issues = issues
  }
  get status(): number {
    return CONTROL_ERROR_STATUS[this.code]
  }
  toBody(): ControlErrorBody {
    return { error: { code: this.code, message: this.message, issues: this.issues } }
  }
}
