/**
 * Web authorization (网页授权) rules, protocol.md §9: the authorize URL (§9.1), the callback domain
 * (§9.2) and the callback URL (§9.3). Pure functions; problems are values with stable codes.
 */
export { buildAuthorizeUrl, checkAuthorizeUrl, DEFAULT_AUTHORIZE_BASE } from './authorize-url'
export type {
  AuthorizeRequest,
  AuthorizeUrlCheck,
  CheckAuthorizeOptions,
  ParsedAuthorizeUrl,
} from './authorize-url'
export { checkCallbackDomain, redirectUriInDomain, targetInDomain } from './callback-domain'
export type { CallbackDomainCheck, DomainMatch, DomainRelation } from './callback-domain'
export { readHost } from './host'
export type { HostFault, HostReading } from './host'
export { buildCallbackUrl } from './callback-url'
export type { CallbackParams } from './callback-url'
export { OAUTH_SCOPES, STATE_MAX_BYTES } from './params'
export type { OAuthScope } from './params'
export { hasErrors, problem } from './problems'
export type {
  AccountKind,
  OAuthProblem,
  OAuthProblemCode,
  OAuthSeverity,
  OAuthSpecRef,
} from './problems'
export { checkRedirectUri, readRedirectUri } from './redirect-uri'
export type { OAuthAccount, RedirectUriCheck } from './redirect-uri'
export { readRedirectTarget } from './redirect-target'
export type { RedirectTarget, TargetFault } from './redirect-target'
export { AUTHORIZE_PATH, PARAM_ORDER } from './url-shape'
