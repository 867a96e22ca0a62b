/**
 * Everything an OAuth or API exchange records about web authorization, worded (protocol.md §9):
 * a finding's code — from the protocol rules or from the platform's own pages — its explanation
 * and its section of the protocol notes, how the authorize pages ended (a code, a refusal, the
 * consent page, an error page). One table for the mock platform's pages and the app alike; what
 * the /sns endpoints note beside an errcode is worded in platform-notes.ts.
 */
import { OAUTH_PROBLEM_META } from '../model/oauth-problem-codes'
import type { OAuthProblemCode } from '../model/oauth-problem-codes'
import { OAUTH_PAGE_TEXT } from './oauth-page-texts'
import type { OauthPageCode } from './oauth-page-texts'
import { OAUTH_PROBLEM_TEXT } from './oauth-problems'
import type { Explanation } from './types'

function isProblemCode(code: string): code is OAuthProblemCode {
  return Object.hasOwn(OAUTH_PROBLEM_META, code)
}

function isPageCode(code: string): code is OauthPageCode {
  return Object.hasOwn(OAUTH_PAGE_TEXT, code)
}

/** The words of a finding recorded on an exchange; undefined for a code this version never made. */
export function oauthFindingText(code: string): Explanation | undefined {
  if (isProblemCode(code)) return OAUTH_PROBLEM_TEXT[code]
  if (isPageCode(code)) return OAUTH_PAGE_TEXT[code]
  return undefined
}

/** The protocol notes' section a finding cites ("§9.2"); the platform's own findings cite §9.1/§9.3. */
export function oauthFindingSpec(code: string): string | undefined {
  if (isProblemCode(code)) return OAUTH_PROBLEM_META[code].spec
  if (code.startsWith('consent-')) return '§9.3'
  if (isPageCode(code)) return '§9.1'
  return undefined
}

/** How the authorize pages ended (PlatformAnalysis.outcome). */
export type OauthOutcome = 'code' | 'denied' | 'consent-page' | 'error-page'

export const OAUTH_OUTCOME_TEXT: Readonly<Record<OauthOutcome, Explanation>> = {
  code: {
    zh: {
      title: '用户同意授权，带着 code 跳回 redirect_uri',
      explanation:
        '微信用 302 把浏览器送回 redirect_uri，查询串里有 code 和原样返回的 state。code 只能用一次，5 分钟内有效。',
      fix: '在服务器端核对 state，然后立刻用 code 调 /sns/oauth2/access_token 换取 access_token 和 openid。',
    },
    en: {
      title: 'The user agreed: back to redirect_uri with a code',
      explanation:
        'WeChat sends the browser back to redirect_uri with a 302 carrying code and the state unchanged. The code works once, within 5 minutes.',
      fix: 'Check state on the server, then trade the code at once at /sns/oauth2/access_token for the access_token and openid.',
    },
  },
  denied: {
    zh: {
      title: '用户拒绝了授权',
      explanation:
        '用户在授权页点了“拒绝”。微信照样用 302 跳回 redirect_uri，但只带 state，没有 code；这不是错误码，bot 也不会收到任何错误信息。',
      fix: '回调里先判断有没有 code：没有 code 就是用户拒绝了，给出友好的提示或改用 snsapi_base，而不是拿不存在的 code 去换 token（只会得到错误码）。',
    },
    en: {
      title: 'The user refused',
      explanation:
        'The user tapped Deny on the consent page. WeChat still redirects to redirect_uri with a 302, carrying state but no code; there is no errcode and the bot is told nothing else.',
      fix: 'In the callback, check for code first: no code means a refusal. Show a friendly page or fall back to snsapi_base instead of trading a code that is not there (which only gets an errcode).',
    },
  },
  'consent-page': {
    zh: {
      title: '显示授权页，等待用户选择',
      explanation:
        'scope 是 snsapi_userinfo，微信先问用户是否同意（关注者从公众号会话或菜单进入时例外）。用户选择之后才会跳回 redirect_uri。',
      fix: '在手机上点“允许”或“拒绝”；下一条记录就是用户的选择。',
    },
    en: {
      title: 'Consent page shown, waiting for the user',
      explanation:
        'With scope snsapi_userinfo WeChat asks the user first (followers arriving from the chat or menu excepted). Only their answer sends the browser back to redirect_uri.',
      fix: 'Tap Allow or Deny on the phone; the next record is the user’s answer.',
    },
  },
  'error-page': {
    zh: {
      title: '微信显示了错误页',
      explanation:
        '微信拒绝了这个授权链接：手机上只显示一个错误页和错误码，不会跳回 redirect_uri，bot 什么也收不到。',
      fix: '按下面的发现修正授权链接或公众号配置。',
    },
    en: {
      title: 'WeChat showed its error page',
      explanation:
        'WeChat refused the authorize link: the phone shows an error page with a code, nothing goes back to redirect_uri and the bot hears nothing.',
      fix: 'Correct the link or the account settings as the findings below say.',
    },
  },
}
