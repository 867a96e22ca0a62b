/**
 * Value rules for appid, response_type, scope and state in the authorize URL (protocol.md §1, §9.1).
 * `null` means the parameter was absent; WeChat treats an empty value the same way.
 */
import { problem } from './problems'
import type { OAuthProblem } from './problems'

/** wx + 16 lowercase hex characters (protocol.md §1). */
const APPID = /^wx[0-9a-f]{16}$/

export const OAUTH_SCOPES = ['snsapi_base', 'snsapi_userinfo'] as const
export type OAuthScope = (typeof OAUTH_SCOPES)[number]

export const STATE_MAX_BYTES = 128

export function checkAppid(value: string | null, expected: string): OAuthProblem[] {
  if (value === null || value === '') return [problem('appid-missing')]
  if (!APPID.test(value)) return [problem('appid-malformed', { found: value })]
  // A well-formed appid of another account: WeChat would authorize for that account instead, so
  // the domain and the openid the bot receives would both be someone else's.
  if (value !== expected) return [problem('appid-not-this-account', { found: value, expected })]
  return []
}

export function checkResponseType(value: string | null): OAuthProblem[] {
  return value === 'code' ? [] : [problem('response-type-not-code', { found: value ?? '' })]
}

export function checkScope(value: string | null): OAuthProblem[] {
  if (value === null || value === '') return [problem('scope-missing')]
  if (!(OAUTH_SCOPES as readonly string[]).includes(value)) {
    return [problem('scope-invalid', { found: value, allowed: OAUTH_SCOPES.join(', ') })]
  }
  return []
}

/**
 * state is optional (protocol.md §9.1). The doc allows a-zA-Z0-9 up to 128 bytes; the newer
 * third-party-platform doc allows any value, so other characters are only a warning.
 */
export function checkState(value: string | null): OAuthProblem[] {
  if (value === null || value === '') return [problem('state-missing')]
  const problems: OAuthProblem[] = []
  const bytes = new TextEncoder().encode(value).length
  if (bytes > STATE_MAX_BYTES) {
    problems.push(problem('state-too-long', { bytes, max: STATE_MAX_BYTES }))
  }
  const unusual = [...new Set(value.replace(/[a-zA-Z0-9]/g, ''))]
  if (unusual.length > 0) {
    problems.push(problem('state-unusual-chars', { chars: unusual.join('') }))
  }
  return problems
}
