/**
 * What the mock platform notes on a call beside its errcode (PlatformAnalysis.problem, .warnings,
 * .phoneUser), worded in zh-CN and English: the facts WeChat itself never tells a bot (a code that
 * belongs to another account, a base token used for the profile), and odd but accepted requests.
 * Codes without words here (menu rules, message-field paths) are shown as the facts they are.
 */
import type { Explanation } from './types'

export type PlatformNoteCode =
  | 'token-scope-base'
  | 'code-of-another-account'
  | 'openid-not-token-owner'
  | 'lang-unknown'
  | 'first-user-of-account'
  | 'content-type-not-json'
  | 'unknown-api'
  | 'body-too-large'
  | 'body-unreadable'
  | 'mpsim-internal-error'

export interface PlatformNote extends Explanation {
  /** 'info' explains an errcode already shown; 'warning' is odd but was accepted. */
  readonly severity: 'info' | 'warning'
  /** The protocol notes' section. */
  readonly spec: string
}

export const PLATFORM_NOTE_TEXT: Readonly<Record<PlatformNoteCode, PlatformNote>> = {
  'token-scope-base': {
    severity: 'info',
    spec: '§9.4',
    zh: {
      title: '这个 access_token 是 snsapi_base 授权换来的',
      explanation: 'snsapi_base 只给 openid，不允许拉取用户信息，所以 /sns/userinfo 返回 48001。',
      fix: '需要昵称和头像时，授权链接用 scope=snsapi_userinfo。',
    },
    en: {
      title: 'This access_token came from an snsapi_base authorization',
      explanation:
        'snsapi_base gives the openid only, not the profile, so /sns/userinfo answers 48001.',
      fix: 'For the nickname and avatar, use scope=snsapi_userinfo in the authorize link.',
    },
  },
  'code-of-another-account': {
    severity: 'info',
    spec: '§9.4',
    zh: {
      title: '这个 code 属于另一个公众号',
      explanation:
        'code 是为另一个 AppID 发放的。微信只回答 40029，不会说明原因；mpsim 在这里替你指出来。',
      fix: '用发起授权的那个公众号的 appid 和 secret 去换 code。',
    },
    en: {
      title: 'The code belongs to another account',
      explanation:
        'The code was issued for another AppID. WeChat only answers 40029 without saying why; mpsim points it out here.',
      fix: 'Trade the code with the appid and secret of the account that started the authorization.',
    },
  },
  'openid-not-token-owner': {
    severity: 'info',
    spec: '§9.4',
    zh: {
      title: 'openid 不是这个 access_token 的用户',
      explanation: '网页授权的 access_token 只属于一个用户，openid 必须是换取它时一起返回的那个。',
      fix: '使用和 access_token 一起返回的 openid。',
    },
    en: {
      title: 'The openid is not this access_token’s user',
      explanation:
        'A web-authorization access_token belongs to one user; the openid must be the one returned with it.',
      fix: 'Send the openid returned together with the access_token.',
    },
  },
  'lang-unknown': {
    severity: 'warning',
    spec: '§9.4',
    zh: {
      title: 'lang 不是 zh_CN、zh_TW 或 en',
      explanation:
        'lang 只决定省份、城市、国家用哪种语言；这几项自 2021 年起都是空的。其他值会不会出错，文档没有说明。',
      fix: '使用 zh_CN、zh_TW 或 en，或者不传 lang。',
    },
    en: {
      title: 'lang is not zh_CN, zh_TW or en',
      explanation:
        'lang only picks the language of province, city and country, empty since 2021. Whether other values fail is undocumented.',
      fix: 'Send zh_CN, zh_TW or en, or leave lang out.',
    },
  },
  'first-user-of-account': {
    severity: 'info',
    spec: '§9.3',
    zh: {
      title: '手机上没有选中这个公众号的用户',
      explanation: '授权以公众号的第一个模拟用户的身份进行。',
      fix: '在手机上切换到想用的用户，再重新打开授权链接。',
    },
    en: {
      title: 'No user of this account was chosen on the phone',
      explanation: 'The authorization went ahead as the account’s first simulated user.',
      fix: 'Pick the user on the phone, then open the authorize link again.',
    },
  },
  'content-type-not-json': {
    severity: 'warning',
    spec: '§12',
    zh: {
      title: '请求的 Content-Type 不是 JSON',
      explanation:
        '请求体是 JSON，但 Content-Type 没有说明。微信目前照样接受，但有的代理或网关会按 Content-Type 处理请求体。',
      fix: '发送 JSON 时带上 Content-Type: application/json。',
    },
    en: {
      title: 'The request’s Content-Type is not JSON',
      explanation:
        'The body is JSON but the Content-Type does not say so. WeChat accepts it today; proxies and gateways may treat the body by its Content-Type.',
      fix: 'Send Content-Type: application/json with a JSON body.',
    },
  },
  'unknown-api': {
    severity: 'info',
    spec: '§10.7',
    zh: {
      title: 'mpsim 没有模拟这个接口',
      explanation:
        '真实微信对不存在的接口路径返回 40066。也可能这是一个真实存在、但 mpsim 没有模拟的接口。',
      fix: '对照文档检查接口路径（包括 /cgi-bin 前缀和大小写）。',
    },
    en: {
      title: 'mpsim does not simulate this API',
      explanation:
        'Real WeChat answers 40066 for a path it does not know. It may also be a real API mpsim does not cover.',
      fix: 'Check the path against the documentation (the /cgi-bin prefix, the case).',
    },
  },
  'body-too-large': {
    severity: 'info',
    spec: '§12',
    zh: {
      title: '请求体超过大小上限',
      explanation: '请求体太大，mpsim 没有读取就拒绝了（HTTP 413，errcode 45002）。',
      fix: '检查发送的内容：素材应通过上传接口发送，不要放进 JSON 里。',
    },
    en: {
      title: 'The request body is over the size limit',
      explanation: 'The body was too big; mpsim refused it unread (HTTP 413, errcode 45002).',
      fix: 'Check what is sent: media go through the upload APIs, not inside the JSON.',
    },
  },
  'body-unreadable': {
    severity: 'info',
    spec: '§12',
    zh: {
      title: '无法读取请求体',
      explanation: '请求体的压缩方式或字符集无法识别，所以无法解析（errcode 47001）。',
      fix: '发送未压缩的 UTF-8 请求体。',
    },
    en: {
      title: 'The request body could not be read',
      explanation:
        'Its Content-Encoding or charset is not one mpsim reads, so it could not be parsed (errcode 47001).',
      fix: 'Send an uncompressed UTF-8 body.',
    },
  },
  'mpsim-internal-error': {
    severity: 'info',
    spec: '§12',
    zh: {
      title: 'mpsim 自身出错了',
      explanation: '这是 mpsim 的错误，不是你的 bot 的问题。详细信息在 mpsim 的日志里。',
      fix: '请把 mpsim 的日志附在问题报告里。',
    },
    en: {
      title: 'mpsim itself failed',
      explanation: 'This is a bug in mpsim, not in your bot. Its log has the details.',
      fix: 'Please attach mpsim’s log to a bug report.',
    },
  },
}

export function isPlatformNoteCode(code: string): code is PlatformNoteCode {
  return Object.hasOwn(PLATFORM_NOTE_TEXT, code)
}
