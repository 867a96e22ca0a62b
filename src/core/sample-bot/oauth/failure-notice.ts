/**
 * What the user sees when a call to WeChat fails during the OAuth flow: a WeUI page that names
 * the errcode and, for the common ones, says what happened (protocol.md §9.4's error table).
 */
import { UpstreamError, WechatApiError } from '../platform-client/api-errors'
import type { Notice } from '../views/notice-page'

const EXPLAINED: ReadonlyMap<number, string> = new Map([
  [40029, 'code 无效 / The code is invalid (or belongs to another AppID).'],
  [40163, 'code 已被使用 / The code was already used: each code works once (a page reload?).'],
  [42003, 'code 已过期 / The code expired: it must be used within 5 minutes.'],
  [40030, 'refresh_token 无效 / The refresh_token is invalid.'],
  [42002, 'refresh_token 已过期 / The refresh_token expired (after 30 days).'],
  [48001, '没有权限 / Not authorized: /sns/userinfo needs an snsapi_userinfo token.'],
  [40125, 'AppSecret 错误 / The AppSecret is wrong.'],
  [40013, 'AppID 错误 / The AppID is wrong.'],
])

export const START_AGAIN = { href: '/oauth', label: '重新开始 / Start again' } as const

/** The notice for a failed WeChat call, or undefined when `error` is something else (a bug). */
export function failureNotice(error: unknown): Notice | undefined {
  if (error instanceof WechatApiError) {
    return {
      icon: 'warn',
      title: '微信接口返回错误 / WeChat answered an error',
      lines: [EXPLAINED.get(error.errcode) ?? `${error.api} 调用失败 / ${error.api} failed.`],
      detail: `${error.api} → errcode ${error.errcode}: ${error.errmsg}`,
      action: START_AGAIN,
    }
  }
  if (error instanceof UpstreamError) {
    return {
      icon: 'warn',
      title: '无法连接微信接口 / Could not reach the WeChat API',
      lines: ['请确认平台地址配置正确。/ Check the platform base URL.'],
      detail: error.message,
      action: START_AGAIN,
    }
  }
  return undefined
}
