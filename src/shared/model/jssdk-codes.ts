/**
 * The codes of the phone browser's JS-SDK verdicts (protocol.md §11), shared so the renderer and
 * the CLI can explain them (src/shared/explain/jssdk-problems.ts) without importing the core.
 */

/** Why `wx.config` failed (JssdkConfigFact.problem), each with the errMsg the page receives. */
export const JSSDK_CONFIG_PROBLEMS = {
  // No account has this AppID. WeChat's wording for it is not documented; mpsim answers
  // 'config:invalid appid', after errcode 40013's errmsg "invalid appid" [unconfirmed].
  'invalid-appid': 'config:invalid appid',
  // Documented (JS-SDK doc, appendix 5 "常见错误及解决方法"): the page's domain is not one of
  // the account's JS API safe domains (JS接口安全域名).
  'invalid-url-domain': 'config:invalid url domain',
  // Documented (same appendix): the signature is not sha1 of the string WeChat builds.
  'invalid-signature': 'config:invalid signature',
} as const

export type JssdkConfigProblem = keyof typeof JSSDK_CONFIG_PROBLEMS

/**
 * What the page's signature turned out to be made over, when mpsim could tell
 * (JssdkConfigFact.signatureMatch). 'page-url' is right; 'gateway-url' is accepted with a note
 * (in browser mode the page runs on a loopback gateway, and a page that signs `location.href`
 * signs that address); every other one is a classic mistake, and the verdict is
 * 'invalid signature'. Absent from a fact: no known variant matched (wrong ticket source,
 * nonceStr/timestamp not the ones signed, another algorithm).
 */
export const JSSDK_SIGNATURE_MATCHES = [
  'page-url',
  'gateway-url',
  'url-with-fragment',
  'url-encoded',
  'url-without-query',
  'scheme-differs',
  'previous-ticket',
  'wx-card-ticket',
] as const

export type JssdkSignatureMatch = (typeof JSSDK_SIGNATURE_MATCHES)[number]

/**
 * Why a `wx.*` call was refused before it ran (the shim decides; the service records it).
 * Both errMsg tails are documented (appendix 5): 'permission denied' for an API left out of
 * jsApiList, 'the permission value is offline verifying' for a call made before wx.config
 * succeeded.
 */
export type JssdkCallPermission = 'granted' | 'not-in-list' | 'not-configured'

export const JSSDK_CALL_DENIALS = {
  'not-in-list': 'permission denied',
  'not-configured': 'the permission value is offline verifying',
} as const satisfies Record<Exclude<JssdkCallPermission, 'granted'>, string>
