/**
 * WeChat's verdict on `wx.config` (protocol.md §11), as a pure function: the page's values, the
 * account and its jsapi_ticket in; the JssdkConfigFact out — errMsg, what was hashed, what the page
 * sent, and, when the signature is wrong, which classic mistake produced it.
 *
 * Order of the checks: the AppID names an account, the page's domain is one of its JS API safe
 * domains (JS接口安全域名), then the signature. Which one a real client reports first when several
 * are wrong is not documented; this order reports the setting before the code.
 *
 * The address checked is the REAL page address (`pageUrl`: what the phone's user sees, e.g.
 * http://127.0.0.1:5176/jssdk). In browser mode the page runs on a loopback gateway and
 * `location.href` shows the gateway's address (`frameUrl`); a page that builds the URL to sign in
 * script signs that, which would never happen in WeChat. mpsim accepts it and says so
 * (signatureMatch 'gateway-url') rather than failing a page that is right.
 */
import type { JssdkConfigFact } from '../../shared/model/analysis'
import { JSSDK_CONFIG_PROBLEMS } from '../../shared/model/jssdk-codes'
import type { JssdkConfigProblem, JssdkSignatureMatch } from '../../shared/model/jssdk-codes'
import { redirectUriInDomain } from './oauth/callback-domain'
import { jssdkSignature, jssdkSignatureAsGiven } from './jssdk-signature'
import { signedUrlCandidates } from './jssdk-signed-url'

/** What the page passed to wx.config, and where it ran. */
export interface JssdkConfigRequest {
  readonly appId: string
  readonly timestamp: string
  readonly nonceStr: string
  readonly signature: string
  readonly jsApiList: readonly string[]
  /** The page's real address (the phone's user sees it), `#fragment` and all. */
  readonly pageUrl: string
  /** The address the frame shows (`location.href`): the gateway's in browser mode. */
  readonly frameUrl: string
}

/** The account the AppID names, as far as the verdict needs it. */
export interface JssdkConfigAccount {
  /** JS API safe domains in force: the account's jsDomains, or its callback domain. */
  readonly jsDomains: readonly string[]
  /** 测试号: IP:port domains allowed (protocol.md §9.2); formal accounts only 80/443. */
  readonly testAccount: boolean
}

/** The account's tickets: the one in force, and the ones a page may have signed with by mistake. */
export interface JssdkConfigTickets {
  readonly current: string
  /** The jsapi_ticket in force before the current one (a bot that cached past 7200 s). */
  readonly previous?: string | undefined
  /** A wx_card ticket (getticket?type=wx_card), a copy-paste mistake seen in the wild. */
  readonly wxCard?: string | undefined
}

const ACCEPTED: ReadonlySet<JssdkSignatureMatch> = new Set(['page-url', 'gateway-url'])

export function judgeJssdkConfig(
  request: JssdkConfigRequest,
  account: JssdkConfigAccount | undefined,
  tickets: JssdkConfigTickets | undefined,
): JssdkConfigFact {
  const signed = jssdkSignature({
    ticket: tickets?.current ?? '',
    noncestr: request.nonceStr,
    timestamp: request.timestamp,
    url: request.pageUrl,
  })
  const allowedDomains = account?.jsDomains ?? []
  const kind = account?.testAccount === false ? 'formal' : 'test'
  const domainOk = allowedDomains.some(
    (domain) => redirectUriInDomain(request.pageUrl, domain, kind).inDomain,
  )
  const found = tickets ? findSignature(request, tickets) : undefined
  const problem: JssdkConfigProblem | undefined = !account
    ? 'invalid-appid'
    : !domainOk
      ? 'invalid-url-domain'
      : found && ACCEPTED.has(found.match)
        ? undefined
        : 'invalid-signature'
  return {
    errMsg: problem ? JSSDK_CONFIG_PROBLEMS[problem] : 'config:ok',
    ok: problem === undefined,
    ...(problem ? { problem } : {}),
    appId: request.appId,
    timestamp: request.timestamp,
    nonceStr: request.nonceStr,
    jsApiList: [...request.jsApiList],
    url: signed.urlUsed,
    ...(signed.fragmentStripped === null ? {} : { fragmentStripped: signed.fragmentStripped }),
    ticket: tickets?.current ?? '',
    string1: tickets ? signed.string1 : '',
    expectedSignature: tickets ? signed.sha1 : '',
    givenSignature: request.signature,
    ...(found ? { signatureMatch: found.match } : {}),
    ...(found && found.match !== 'page-url' ? { signedString1: found.string1 } : {}),
    domain: hostOf(request.pageUrl),
    allowedDomains: [...allowedDomains],
  }
}

/** The first candidate (address × ticket) whose sha1 is the page's signature. */
function findSignature(
  request: JssdkConfigRequest,
  tickets: JssdkConfigTickets,
): { match: JssdkSignatureMatch; string1: string } | undefined {
  const urls = signedUrlCandidates(request.pageUrl, request.frameUrl)
  const tries: { match: JssdkSignatureMatch; ticket: string; url: string }[] = urls.map((c) => ({
    ...c,
    ticket: tickets.current,
  }))
  // Another ticket with the right address: the address is fine, the ticket is not.
  const right = urls.filter((c) => c.match === 'page-url' || c.match === 'gateway-url')
  const others: [JssdkSignatureMatch, string | undefined][] = [
    ['previous-ticket', tickets.previous],
    ['wx-card-ticket', tickets.wxCard],
  ]
  for (const [match, ticket] of others) {
    if (ticket === undefined || ticket === tickets.current) continue
    for (const c of right) tries.push({ match, ticket, url: c.url })
  }
  for (const t of tries) {
    const { string1, sha1 } = jssdkSignatureAsGiven({
      ticket: t.ticket,
      noncestr: request.nonceStr,
      timestamp: request.timestamp,
      url: t.url,
    })
    if (sha1 === request.signature) return { match: t.match, string1 }
  }
  return undefined
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : ''
}
