/**
 * Words for the problems of the configured authorization callback domain (网页授权域名,
 * protocol.md §9.2). Part of OAUTH_PROBLEM_TEXT (oauth-problems.ts).
 */
import type { OAuthProblemCode } from '../model/oauth-problem-codes'
import type { Explanation } from './types'

export const OAUTH_DOMAIN_TEXT = {
  'callback-domain-empty': {
    zh: {
      title: '没有配置网页授权域名',
      explanation: '公众号还没有设置网页授权域名，任何 redirect_uri 都会被拒绝（10003）。',
      fix: '在公众平台“功能设置”的“网页授权域名”里填写回调域名；测试号在“体验接口权限表 → 网页授权获取用户基本信息 → 修改”里填写。',
    },
    en: {
      title: 'No authorization callback domain',
      explanation:
        'The account has no web-authorization domain configured, so every redirect_uri is refused (10003).',
      fix: 'Set it under Function Settings → Web Authorization Domain; on a test account, under the permission table, "网页授权获取用户基本信息" → Modify.',
    },
  },
  'callback-domain-has-scheme': {
    zh: {
      title: '授权回调域名带了协议头',
      explanation:
        '这里只能填写域名，请勿加 http:// 或 https:// 等协议头。带协议头的配置和任何回调地址都匹配不上，授权时会报 10003。',
      fix: '去掉协议头，只保留域名，例如把 http://www.qq.com 改成 www.qq.com。',
    },
    en: {
      title: 'Callback domain includes a scheme',
      explanation:
        'This field takes a bare domain, without http:// or https://. With a scheme it matches no redirect_uri and authorization fails with 10003.',
      fix: 'Remove the scheme and keep the domain: www.qq.com, not http://www.qq.com.',
    },
  },
  'callback-domain-has-path': {
    zh: {
      title: '授权回调域名带了路径',
      explanation:
        '这里填的是域名，不是回调地址，不能带 / 或路径。具体回调到哪个页面由 redirect_uri 决定。',
      fix: '只保留域名部分，例如把 www.qq.com/oauth/callback 改成 www.qq.com。',
    },
    en: {
      title: 'Callback domain includes a path',
      explanation:
        'This field is a domain, not the callback URL: no slash, no path. The page to return to is given by redirect_uri.',
      fix: 'Keep only the domain: www.qq.com, not www.qq.com/oauth/callback.',
    },
  },
  'callback-domain-has-port': {
    zh: {
      title: '正式号的授权回调域名不能带端口',
      explanation: '正式公众号的网页授权域名不支持端口，只有测试号可以填写 IP:端口。',
      fix: '去掉端口，让服务通过 80/443 端口对外提供（比如用 Nginx 反向代理）；本地调试可以先用测试号。',
    },
    en: {
      title: 'Formal accounts cannot use a port',
      explanation:
        'A formal account’s web-authorization domain cannot include a port; only test accounts accept IP:port.',
      fix: 'Drop the port and serve on 80/443 (a reverse proxy such as Nginx helps); use a test account for local development.',
    },
  },
  'callback-domain-malformed': {
    zh: {
      title: '授权回调域名格式不对',
      explanation:
        '域名里有空格、通配符（*）或其他不允许的字符，或者不是浏览器使用的规范写法（比如 127.1、0x7f.0.0.1、全角字符、%编码、末尾带点、端口有前导零；详情里的 canonical 是规范写法）。网页授权要求整个域名完全匹配，不支持通配符。',
      fix: '填写一个完整的域名或 IP（测试号可以带端口），前后不要有空格；IP 写成 127.0.0.1 这样的四段十进制，国际化域名可以写原文或 xn-- 形式。',
    },
    en: {
      title: 'Malformed callback domain',
      explanation:
        'The domain contains spaces, a wildcard (*) or other characters that are not allowed, or is not written the way a browser writes it (127.1, 0x7f.0.0.1, full-width characters, %-escapes, a trailing dot, a port with a leading zero; canonical in the detail is the browser’s form). Web authorization matches the whole domain; wildcards are not supported.',
      fix: 'Enter one complete domain or IP (test accounts may add a port), with no surrounding spaces; an IP as four decimal numbers like 127.0.0.1, an internationalised name as itself or as xn--….',
    },
  },
} as const satisfies Partial<Record<OAuthProblemCode, Explanation>>
