/**
 * Guards of the control API (docs/design.md "The parts", control API): loopback Host only (DNS rebinding), same-origin or no
 * Origin (other sites open in the user's browser), and the per-launch token in a header compared
 * in constant time. A header, not a cookie: a cross-site request can never carry it.
 */
import { timingSafeEqual } from 'node:crypto'
import type { NextFunction, Request, Response } from 'express'
import { TOKEN_HEADER } from '../../shared/control/contract'
import { hostNameOf, isLoopbackName } from '../runtime/host-guard'
import { ControlError } from './control-error'

/** Refuses any Host that is not a loopback name: a rebinding DNS name resolves here but says so. */
export function checkHost(req: Request, _res: Response, next: NextFunction): void {
  const host = req.headers.host ?? ''
  if (!isLoopbackName(hostNameOf(host))) {
    next(new ControlError('host-forbidden', `Host "${host}" is not a loopback address`))
    return
  }
  next()
}

/** Allows requests without Origin (curl, scripts) and from the app's own loopback origins. */
export function checkOrigin(allowedOrigins: () => readonly string[]) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const origin = req.headers.origin
    if (origin !== undefined && !allowedOrigins().includes(origin)) {
      next(new ControlError('origin-forbidden', `Origin "${origin}" may not use the control API`))
      return
    }
    next()
  }
}

export function checkToken(token: string) {
  const expected = Buffer.from(token, 'utf8')
  return (req: Request, _res: Response, next: NextFunction): void => {
    const given = req.headers[TOKEN_HEADER]
    if (typeof given !== 'string' || given === '') {
      next(new ControlError('token-missing', `the ${TOKEN_HEADER} header is required`))
      return
    }
    const actual = Buffer.from(given, 'utf8')
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
      next(new ControlError('token-invalid', `the ${TOKEN_HEADER} header does not match`))
      return
    }
    next()
  }
}
