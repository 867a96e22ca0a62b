/**
 * Outcomes of the URL-verification handshake (protocol.md §3). WeChat itself only says "Token验证失败";
 * mpsim names the exact cause. Shared so the renderer and the CLI can explain each code.
 */
export const VERIFY_CODES = [
  'passed',
  /** Body is echostr plus whitespace: [unconfirmed] whether WeChat accepts; we fail with a warning. */
  'echostr-trailing-whitespace',
  'echostr-bom',
  'echostr-quoted',
  'echostr-wrapped-json',
  'echostr-wrapped-html',
  'echostr-empty',
  'echostr-mismatch',
  /** 401/403: the bot's signature check refused us; almost always a different Token. */
  'signature-rejected',
  'http-status',
  'redirect',
  'timeout',
  'connection-refused',
  'connection-reset',
  'dns',
  'tls',
  'too-large',
  'network',
] as const

export type VerifyCode = (typeof VERIFY_CODES)[number]

export interface VerifyVerdict {
  readonly ok: boolean
  readonly code: VerifyCode
  /** Facts for the explanation: expected vs got, status, digests. */
  readonly detail: Readonly<Record<string, string | number>>
  /**
   * Result of the optional forged-signature probe: the bot answered echostr to a request whose
   * signature was wrong, so it does not check signatures (protocol.md §3: a security warning, not a failure).
   */
  readonly acceptsForgedSignature?: boolean
}
