/**
 * Words for the authorize-URL shape problems (protocol.md §9.1): endpoint, parameter list and order,
 * the `#wechat_redirect` fragment. Part of OAUTH_PROBLEM_TEXT (oauth-problems.ts).
 */
import type { OAuthProblemCode } from '../model/oauth-problem-codes'
import type { Explanation } from './types'

export const OAUTH_URL_TEXT = {
  'authorize-url-unparseable': {
    zh: {
      title: '授权链接无法解析',
      explanation:
        '这不是一个完整的绝对地址，微信客户端打不开。最常见的原因是漏了 https://，或者链接在拼接、复制时被截断了。',
      fix: '授权链接必须以 https://open.weixin.qq.com/connect/oauth2/authorize? 开头，检查拼接代码有没有丢掉协议头。',
    },
    en: {
      title: 'Authorize link cannot be parsed',
      explanation:
        'This is not a complete absolute URL, so the WeChat client cannot open it. Usually the https:// is missing, or the link was cut off while being built or copied.',
      fix: 'Start the link with https://open.weixin.qq.com/connect/oauth2/authorize? and check that the code building it keeps the scheme.',
    },
  },
  'authorize-endpoint-wrong': {
    zh: {
      title: '授权地址不对',
      explanation:
        '公众号网页授权的地址是 https://open.weixin.qq.com/connect/oauth2/authorize。常见的错误是用了开放平台网站应用扫码登录的 /connect/qrconnect，或者主机、路径拼错了。',
      fix: '把 ? 前面的部分换成详情里 expected 的地址（在 mpsim 里是模拟器自己的地址），参数部分保持不变。',
    },
    en: {
      title: 'Wrong authorize endpoint',
      explanation:
        'Official-account web authorization lives at https://open.weixin.qq.com/connect/oauth2/authorize. A common mistake is the Open Platform website-login endpoint /connect/qrconnect, or a typo in the host or path.',
      fix: 'Replace everything before the ? with the expected address shown in the detail (mpsim’s own address when simulating); keep the parameters.',
    },
  },
  'param-duplicated': {
    zh: {
      title: '参数重复',
      explanation:
        '同一个参数在链接里出现了不止一次，微信只会取其中一个，结果难以预料。多半是 redirect_uri 没有 urlencode，它自带的参数漏到了外层链接里。',
      fix: '每个参数只保留一份，并对 redirect_uri 做 urlencode。',
    },
    en: {
      title: 'Parameter repeated',
      explanation:
        'The same parameter appears more than once; WeChat uses only one of them and which one is hard to predict. Most often redirect_uri was not urlencoded and its own parameters leaked into the outer link.',
      fix: 'Keep each parameter once, and urlencode redirect_uri.',
    },
  },
  'param-order-unusual': {
    zh: {
      title: '参数顺序与文档不一致',
      explanation:
        '文档提醒授权链接会被严格校验，参数顺序不对可能导致页面打不开。规定的顺序是 appid、redirect_uri、response_type、scope、state。',
      fix: '按 appid → redirect_uri → response_type → scope → state 的顺序拼接。用 urlencode(dict) 生成时要留意顺序，Python 2 的 dict 是无序的，可以改用有序的列表。',
    },
    en: {
      title: 'Parameters not in the documented order',
      explanation:
        'The doc warns that the link is matched strictly and that a wrong parameter order can stop the page from opening. The order is appid, redirect_uri, response_type, scope, state.',
      fix: 'Build the query in the order appid → redirect_uri → response_type → scope → state. When encoding a dict, mind its order (Python 2 dicts are unordered): pass a list of pairs instead.',
    },
  },
  'param-unknown': {
    zh: {
      title: '授权接口不认识的参数',
      explanation:
        '链接里有授权接口不使用的参数，微信会忽略它。这往往说明参数名拼错了，比如把 redirect_uri 写成 redirect_url。',
      fix: '检查参数名拼写；如果这个参数是给自己回调页用的，把它放进 redirect_uri 再整体 urlencode，或者放进 state。',
    },
    en: {
      title: 'Parameter the authorize endpoint does not use',
      explanation:
        'The link carries a parameter the authorize endpoint ignores. It often means a misspelt name, such as redirect_url for redirect_uri.',
      fix: 'Check the spelling. If the value is meant for your callback page, put it inside redirect_uri before urlencoding it, or into state.',
    },
  },
  'wechat-redirect-missing': {
    zh: {
      title: '缺少 #wechat_redirect',
      explanation:
        '文档要求授权链接以 #wechat_redirect 结尾，无论是直接打开还是经过 302 跳转过来都一样。',
      fix: '在链接最末尾（所有参数之后）加上 #wechat_redirect。',
    },
    en: {
      title: '#wechat_redirect missing',
      explanation:
        'The doc requires the link to end with #wechat_redirect, whether it is opened directly or reached through a 302.',
      fix: 'Append #wechat_redirect at the very end, after all parameters.',
    },
  },
} as const satisfies Partial<Record<OAuthProblemCode, Explanation>>
