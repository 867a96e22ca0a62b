/** Wire shape of control API errors: `{ error: { code, message, issues? } }` with an HTTP status. */
export type ControlErrorCode =
  | 'token-missing'
  | 'token-invalid'
  | 'host-forbidden'
  | 'origin-forbidden'
  | 'invalid-input'
  | 'payload-too-large'
  | 'unsupported-encoding'
  | 'unsupported-media-type'
  | 'not-found'
  | 'unsupported'
  | 'internal'

export interface ControlErrorBody {
  error: {
    code: ControlErrorCode
    message: string
    issues?: { path: string; message: string }[]
  }
}

export const CONTROL_ERROR_STATUS: Record<ControlErrorCode, number> = {
  'token-missing': 401,
  'token-invalid': 401,
  'host-forbidden': 403,
  'origin-forbidden': 403,
  'invalid-input': 400,
  // Transport mistakes of the client: a body over the limit, a Content-Encoding (the API takes
  // none), a charset other than UTF-8.
  'payload-too-large': 413,
  'unsupported-encoding': 415,
  'unsupported-media-type': 415,
  'not-found': 404,
  unsupported: 501,
  internal: 500,
}
