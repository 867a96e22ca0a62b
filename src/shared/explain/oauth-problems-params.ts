/**
 * Words for the parameter-value problems of the authorize URL (protocol.md §1, §9.1): appid,
 * response_type, scope, state. Part of OAUTH_PROBLEM_TEXT (oauth-problems.ts).
 */
import type { OAuthProblemCode } from '../model/oauth-problem-codes'
import type { Explanation } from './types'

export const OAUTH_PARAMS_TEXT = {
  'appid-missing': {
    zh: {
      title: 'appid 为空',
      explanation: '链接里没有 appid，或者它的值是空的，微信会显示错误码 10012。',
      fix: '填入公众号的 AppID（在“基本配置”页可以看到，测试号在测试号管理页）。检查读取配置的变量是不是空的。',
    },
    en: {
      title: 'appid is empty',
      explanation: 'The link has no appid, or an empty one; WeChat shows error 10012.',
      fix: 'Put in the account’s AppID (shown under Basic Configuration, or on the test-account page). Check that the setting your code reads is not empty.',
    },
  },
  'appid-malformed': {
    zh: {
      title: 'appid 格式不对',
      explanation:
        '公众号的 AppID 是 wx 加 16 位小写十六进制字符，共 18 位。常见的错误是多复制了空格，或者填成了原始 ID（gh_ 开头）、AppSecret。',
      fix: '从公众平台重新复制 AppID。',
    },
    en: {
      title: 'appid is malformed',
      explanation:
        'An AppID is wx followed by 16 lowercase hex characters, 18 in all. Typical mistakes are a copied space, the original ID (gh_…) or the AppSecret.',
      fix: 'Copy the AppID again from the platform.',
    },
  },
  'appid-not-this-account': {
    zh: {
      title: 'appid 不是当前公众号的',
      explanation:
        'appid 的格式没问题，但不是当前配置的公众号。授权会按那个公众号进行，授权域名和拿到的 openid 都对不上。',
      fix: '使用当前公众号的 AppID；多套环境时检查是不是读到了另一套（比如测试号和正式号）的配置。',
    },
    en: {
      title: 'appid belongs to another account',
      explanation:
        'The appid is well formed but is not this account’s. WeChat would authorize for that other account, so the callback domain and the openid would not be yours.',
      fix: 'Use this account’s AppID; with several environments, check you are not reading another one’s settings (test account vs. formal account).',
    },
  },
  'response-type-not-code': {
    zh: {
      title: 'response_type 必须是 code',
      explanation:
        '公众号网页授权只支持 response_type=code：先拿到 code，再由你的服务器用 code 换取网页授权 access_token。',
      fix: '固定写 response_type=code。',
    },
    en: {
      title: 'response_type must be code',
      explanation:
        'Official-account web authorization only supports response_type=code: the page gets a code, and your server exchanges it for an access_token.',
      fix: 'Always send response_type=code.',
    },
  },
  'scope-missing': {
    zh: {
      title: 'scope 为空',
      explanation: '没有传 scope 或者值为空，微信会显示错误码 10010。',
      fix: '填写 snsapi_base（静默授权，只能拿到 openid）或 snsapi_userinfo（弹出授权页，可以获取昵称、头像）。',
    },
    en: {
      title: 'scope is empty',
      explanation: 'scope is missing or empty; WeChat shows error 10010.',
      fix: 'Use snsapi_base (silent, openid only) or snsapi_userinfo (consent page, nickname and avatar).',
    },
  },
  'scope-invalid': {
    zh: {
      title: 'scope 不支持',
      explanation:
        '公众号网页授权只有 snsapi_base 和 snsapi_userinfo 两种 scope。snsapi_login 是开放平台网站应用扫码登录用的，不能用在这里。公众号没有网页授权权限时，微信同样显示错误码 10005。',
      fix: '改成 snsapi_base 或 snsapi_userinfo，注意拼写和大小写。',
    },
    en: {
      title: 'scope not supported',
      explanation:
        'Official-account web authorization has exactly two scopes, snsapi_base and snsapi_userinfo. snsapi_login belongs to Open Platform website login and does not work here. WeChat also shows 10005 when the account lacks web-authorization permission.',
      fix: 'Use snsapi_base or snsapi_userinfo, spelt exactly so and in lower case.',
    },
  },
  'state-missing': {
    zh: {
      title: '没有传 state',
      explanation:
        'state 是可选参数，但它是防 CSRF 的主要手段：回调时微信会原样带回，你可以借此确认这次回调来自自己发起的授权。文档的错误码表里也有 10013（state 为空）。',
      fix: '生成一个随机值放进 state，同时存到会话里，回调时比对。',
    },
    en: {
      title: 'No state',
      explanation:
        'state is optional, but it is your main CSRF defence: WeChat echoes it on the callback, which lets you check the callback answers an authorization you started. The doc’s code list also has 10013 (state empty).',
      fix: 'Put a random value in state, keep it in the session, and compare it on the callback.',
    },
  },
  'state-too-long': {
    zh: {
      title: 'state 超过 128 字节',
      explanation: '文档规定 state 最多 128 字节，中文等多字节字符按 UTF-8 编码后的字节数计算。',
      fix: '缩短 state，只放一个随机标识；要带回的数据存在服务端，回调时用这个标识去查。',
    },
    en: {
      title: 'state longer than 128 bytes',
      explanation:
        'The doc limits state to 128 bytes, counted after UTF-8 encoding, so each Chinese character counts three.',
      fix: 'Keep state to a short random key; store the data you need on the server and look it up with that key on the callback.',
    },
  },
  'state-unusual-chars': {
    zh: {
      title: 'state 含有字母数字以外的字符',
      explanation:
        '公众号文档规定 state 只能是 a-zA-Z0-9；较新的第三方平台文档允许任意值。为了稳妥，最好只用字母和数字。',
      fix: '改用只含字母和数字的随机串（比如十六进制）；需要带复杂数据时存在服务端。',
    },
    en: {
      title: 'state has characters other than letters and digits',
      explanation:
        'The official-account doc allows only a-zA-Z0-9 in state; the newer third-party-platform doc allows any value. Letters and digits are the safe choice.',
      fix: 'Use a random string of letters and digits (hex, for example); keep structured data on the server.',
    },
  },
} as const satisfies Partial<Record<OAuthProblemCode, Explanation>>
