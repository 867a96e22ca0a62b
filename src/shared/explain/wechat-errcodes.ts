/**
 * What each errcode means, in zh-CN and English: every code the mock platform answers (its errmsg
 * table, protocol.md §9.4 and §10.7) and the numbers WeChat's authorize error page shows
 * (protocol.md §9.1). The codes a bot meets during web authorization, and the common API ones, also
 * say why they happen and what fixes them. The media, audience and messaging APIs' codes are worded
 * in wechat-errcodes-platform.ts and merged here. The inspector and the OAuth steps read this table.
 */
import { WECHAT_PAGE_LINES } from './oauth-page-texts'
import { PLATFORM_EXPLAINED, PLATFORM_MEANINGS } from './wechat-errcodes-platform'
import type { Lang } from './types'

export interface ErrcodeText {
  /** One line: what WeChat means by the number. */
  readonly meaning: string
  readonly explanation?: string
  readonly fix?: string
}

type Entry = { readonly zh: ErrcodeText; readonly en: ErrcodeText }

/** Meaning only, both languages: [zh, en]. */
const MEANINGS: Readonly<Record<number, readonly [string, string]>> = {
  [-1]: ['系统繁忙', 'System busy'],
  0: ['成功', 'OK'],
  40008: ['消息类型无效', 'Invalid message type'],
  40015: ['菜单类型无效', 'Invalid menu type'],
  40016: ['按钮数量不对', 'Wrong number of buttons'],
  40017: ['按钮类型无效', 'Invalid button type'],
  40018: ['按钮名称太长', 'Button name too long'],
  40019: ['按钮 key 太长', 'Button key too long'],
  40020: ['按钮 url 太长', 'Button url too long'],
  40022: ['子菜单层级不对', 'Invalid sub-menu level'],
  40023: ['子按钮数量不对', 'Wrong number of sub-buttons'],
  40024: ['子按钮类型无效', 'Invalid sub-button type'],
  40025: ['子按钮名称太长', 'Sub-button name too long'],
  40026: ['子按钮 key 太长', 'Sub-button key too long'],
  40027: ['子按钮 url 太长', 'Sub-button url too long'],
  40032: ['openid 列表长度不对', 'Wrong size of the openid list'],
  40052: ['action_name 无效', 'Invalid action_name'],
  40053: ['action_info 无效', 'Invalid action_info'],
  40054: ['子按钮 url 的域名无效', 'Invalid sub-button url domain'],
  40055: ['按钮 url 的域名无效', 'Invalid button url domain'],
  40066: ['url 无效（没有这个接口）', 'Invalid url (no such API)'],
  40073: ['卡券 id 无效', 'Invalid card id'],
  40097: ['参数无效', 'Invalid arguments'],
  40243: ['AppSecret 已被冻结', 'AppSecret frozen'],
  41002: ['缺少 appid', 'appid missing'],
  41003: ['缺少 refresh_token', 'refresh_token missing'],
  41004: ['缺少 secret', 'secret missing'],
  41008: ['缺少 code', 'code missing'],
  41009: ['缺少 openid', 'openid missing'],
  41010: ['缺少 url', 'url missing'],
  43001: ['需要 GET 请求', 'GET required'],
  43002: ['需要 POST 请求', 'POST required'],
  44002: ['POST 数据为空', 'Empty POST data'],
  44003: ['图文消息内容为空', 'Empty news data'],
  44004: ['文本内容为空', 'Empty content'],
  45002: ['消息内容超过长度限制', 'Content too long'],
  45008: ['图文消息超过限制', 'Too many articles'],
  45011: ['调用太频繁', 'Too frequent (per-minute limit)'],
  46003: ['菜单不存在', 'No menu'],
  47001: ['数据格式错误（JSON/XML 无法解析）', 'Data format error (JSON/XML cannot be parsed)'],
  48006: ['今日清零次数已用完', 'No quota resets left today'],
  89501: ['此 IP 等待管理员确认', 'This IP awaits the administrator’s confirmation'],
  89503: ['此 IP 需要管理员确认', 'This IP needs the administrator’s confirmation'],
  89506: ['24 小时内管理员两次拒绝此 IP', 'The administrator refused this IP twice within 24 h'],
  89507: ['1 小时内管理员拒绝过此 IP', 'The administrator refused this IP within the hour'],
}

/** The codes worth a full explanation: web authorization's, and the API's everyday ones. */
const EXPLAINED: Readonly<Record<number, Entry>> = {
  40001: {
    zh: {
      meaning: 'access_token 无效或不是最新的',
      explanation:
        'AppSecret 不对，或者这个 access_token 已经被新获取的 token 取代（每次获取都会让旧 token 在几分钟后失效）。',
      fix: '确认 AppSecret；全局只保留一处获取和缓存 access_token 的代码，遇到 40001 时刷新一次再重试。',
    },
    en: {
      meaning: 'access_token invalid or not the latest',
      explanation:
        'The AppSecret is wrong, or a newer token replaced this one (each fetch retires the previous token within minutes).',
      fix: 'Check the AppSecret; fetch and cache the access_token in one place only, and on 40001 refresh once and retry.',
    },
  },
  40002: {
    zh: {
      meaning: 'grant_type 无效',
      explanation:
        'code 换 access_token 时 grant_type 必须是 authorization_code；刷新时是 refresh_token。',
      fix: '按接口要求填写 grant_type。',
    },
    en: {
      meaning: 'Invalid grant_type',
      explanation:
        'Trading a code needs grant_type=authorization_code; a refresh needs grant_type=refresh_token.',
      fix: 'Send the grant_type the endpoint expects.',
    },
  },
  40003: {
    zh: {
      meaning: 'openid 无效',
      explanation:
        'openid 不属于这个 access_token 或这个公众号（openid 按公众号区分，换一个公众号就不同）。',
      fix: '使用换取 access_token 时一起返回的 openid。',
    },
    en: {
      meaning: 'Invalid openid',
      explanation:
        'The openid does not belong to this access_token or this account (openids differ per account).',
      fix: 'Use the openid returned together with the access_token.',
    },
  },
  40013: {
    zh: {
      meaning: 'appid 无效',
      explanation: '没有这个 AppID，或者它不是这个公众号的。',
      fix: '核对 bot 配置的 AppID 与公众平台（或 mpsim 设置）里的一致。',
    },
    en: {
      meaning: 'Invalid appid',
      explanation: 'No account has this AppID, or it is not this account’s.',
      fix: 'Check the AppID your bot uses against the one in the admin page (or mpsim’s settings).',
    },
  },
  40014: {
    zh: {
      meaning: 'access_token 无效',
      explanation:
        '这个 access_token 不存在、被截断，或者是另一种 token（网页授权 token 和基础 token 不能互换）。',
      fix: '使用对应接口的 token：/sns/* 用网页授权的 access_token，/cgi-bin/* 用基础 access_token。',
    },
    en: {
      meaning: 'Invalid access_token',
      explanation:
        'The token does not exist, was cut short, or is the other kind (web-authorization and base tokens are not interchangeable).',
      fix: 'Use the right token: the web-authorization one for /sns/*, the base one for /cgi-bin/*.',
    },
  },
  40029: {
    zh: {
      meaning: 'code 无效',
      explanation: 'code 不存在，或者是另一个公众号的 code。',
      fix: '用回调里收到的 code，并用同一个公众号的 appid 和 secret 去换取。',
    },
    en: {
      meaning: 'Invalid code',
      explanation: 'The code does not exist, or belongs to another account.',
      fix: 'Trade the code the callback received, with the appid and secret of the same account.',
    },
  },
  40030: {
    zh: {
      meaning: 'refresh_token 无效',
      explanation: 'refresh_token 不存在，或者不属于这个 appid。',
      fix: '使用换取 access_token 时返回的 refresh_token；它过期（30 天）后只能让用户重新授权。',
    },
    en: {
      meaning: 'Invalid refresh_token',
      explanation: 'The refresh_token does not exist or is not this appid’s.',
      fix: 'Use the refresh_token returned with the access_token; once it expires (30 days) the user must authorize again.',
    },
  },
  40125: {
    zh: {
      meaning: 'AppSecret 无效',
      explanation: 'secret 与这个 AppID 不匹配（可能已重置，或多复制了空格）。',
      fix: '从公众平台（或 mpsim 设置）重新复制 AppSecret。',
    },
    en: {
      meaning: 'Invalid AppSecret',
      explanation: 'The secret does not match this AppID (reset since, or copied with a space).',
      fix: 'Copy the AppSecret again from the admin page (or mpsim’s settings).',
    },
  },
  40163: {
    zh: {
      meaning: 'code 已被使用',
      explanation:
        'code 只能用一次。常见原因：页面刷新后同一个 code 又换了一次；微信内置浏览器把回调请求发了两次（授权链接没带 connect_redirect=1 时会这样）。',
      fix: '换到 access_token 后立刻跳转到不带 code 的地址；重复请求时用会话里已有的结果，不要再换一次。',
    },
    en: {
      meaning: 'Code already used',
      explanation:
        'A code works once. Usual causes: a page reload traded the same code again; WeChat’s browser sent the callback twice (it does when the authorize link lacks connect_redirect=1).',
      fix: 'Once traded, redirect to an address without the code; on a repeated request reuse the session’s result instead of trading again.',
    },
  },
  40164: {
    zh: {
      meaning: '调用方 IP 不在白名单中',
      explanation: '公众号开启了 IP 白名单，这台服务器的出口 IP 不在其中。',
      fix: '在公众平台“基本配置 → IP 白名单”里加上服务器的出口 IP。',
    },
    en: {
      meaning: 'Caller IP not in the whitelist',
      explanation: 'The account has an IP whitelist and this server’s outgoing IP is not on it.',
      fix: 'Add the server’s outgoing IP under Basic Configuration → IP whitelist.',
    },
  },
  41001: {
    zh: {
      meaning: '缺少 access_token',
      explanation: '请求里没有 access_token 参数。',
      fix: '在查询字符串里带上 access_token。',
    },
    en: {
      meaning: 'access_token missing',
      explanation: 'The request has no access_token parameter.',
      fix: 'Send access_token in the query string.',
    },
  },
  42001: {
    zh: {
      meaning: 'access_token 已过期',
      explanation: 'access_token 的有效期是 7200 秒（网页授权的 token 也一样），过期后不能再用。',
      fix: '基础 token：重新获取并缓存；网页授权 token：用 refresh_token 调 /sns/oauth2/refresh_token 刷新。',
    },
    en: {
      meaning: 'access_token expired',
      explanation:
        'An access_token lives 7200 s (web-authorization tokens too) and is useless after.',
      fix: 'Base token: fetch and cache a new one. Web-authorization token: refresh it with /sns/oauth2/refresh_token.',
    },
  },
  42002: {
    zh: {
      meaning: 'refresh_token 已过期',
      explanation: 'refresh_token 的有效期是 30 天。',
      fix: '让用户重新走一遍网页授权。',
    },
    en: {
      meaning: 'refresh_token expired',
      explanation: 'A refresh_token lives 30 days.',
      fix: 'Send the user through web authorization again.',
    },
  },
  42003: {
    zh: {
      meaning: 'code 已过期',
      explanation: 'code 在 5 分钟内没有被使用就会失效。',
      fix: '收到回调后马上在服务器端换取 access_token，不要把 code 留到以后。',
    },
    en: {
      meaning: 'Code expired',
      explanation: 'A code dies after 5 minutes unused.',
      fix: 'Trade it on the server as soon as the callback arrives; never keep a code for later.',
    },
  },
  42007: {
    zh: {
      meaning: '用户修改了密码，token 已失效',
      explanation: '用户修改微信密码后，之前的 access_token 和 refresh_token 都会失效。',
      fix: '让用户重新授权。',
    },
    en: {
      meaning: 'The user changed password; tokens revoked',
      explanation:
        'After a password change both the access_token and the refresh_token stop working.',
      fix: 'Ask the user to authorize again.',
    },
  },
  43004: {
    zh: {
      meaning: '需要用户关注',
      explanation: '接收者没有关注这个公众号。',
      fix: '只给已关注的用户发消息。',
    },
    en: {
      meaning: 'The user must follow',
      explanation: 'The recipient does not follow this account.',
      fix: 'Send only to followers.',
    },
  },
  45009: {
    zh: {
      meaning: '接口调用超过每日限额',
      explanation: '这个接口今天的调用次数已经用完（mpsim 按北京时间的模拟时钟计日）。',
      fix: '缓存结果（尤其是 access_token），减少调用；测试时可以在 mpsim 里清零。',
    },
    en: {
      meaning: 'Daily API quota used up',
      explanation:
        'This API’s calls for today are used up (mpsim counts days on the Beijing calendar of its clock).',
      fix: 'Cache results (the access_token above all) to call less; in mpsim you can reset the quota.',
    },
  },
  45015: {
    zh: {
      meaning: '回复时间超过限制',
      explanation:
        '客服消息只能在用户互动打开的窗口内发送：发消息后 48 小时，点菜单、关注或扫码后 1 分钟。',
      fix: '在窗口内回复；窗口关闭后改用模板消息。',
    },
    en: {
      meaning: 'Reply window closed',
      explanation:
        'Customer-service messages fit only in a window the user opened: 48 h after a message, 1 min after a menu click, follow or scan.',
      fix: 'Answer inside the window; once it is closed, use a template message.',
    },
  },
  45047: {
    zh: {
      meaning: '客服消息条数超过限制',
      explanation: '一次互动之后能发的客服消息有限：用户发消息后 5 条，点菜单、关注或扫码后 3 条。',
      fix: '合并消息，或者等用户再次互动。',
    },
    en: {
      meaning: 'Too many customer-service messages',
      explanation:
        'One interaction allows a few customer-service messages: 5 after a user’s message, 3 after a menu click, follow or scan.',
      fix: 'Merge messages, or wait for the user to interact again.',
    },
  },
  48001: {
    zh: {
      meaning: '接口未授权',
      explanation:
        '这个 token 没有调用该接口的权限。网页授权中最常见的情况：用 snsapi_base 换到的 token 去调 /sns/userinfo。',
      fix: '要拉取用户信息，授权链接的 scope 必须是 snsapi_userinfo。',
    },
    en: {
      meaning: 'API unauthorized',
      explanation:
        'The token has no permission for this API. In web authorization it is nearly always an snsapi_base token used for /sns/userinfo.',
      fix: 'To read the profile, the authorize link must ask for scope snsapi_userinfo.',
    },
  },
}

/** The authorize page's codes (protocol.md §9.1): WeChat's own line, and for the common ones why. */
const PAGE_EXPLAINED: Readonly<
  Record<number, { zh: Partial<ErrcodeText>; en: Partial<ErrcodeText> }>
> = {
  10003: {
    zh: {
      explanation:
        'redirect_uri 的域名不在公众号配置的网页授权域名下（完整域名匹配，测试号可带端口）。',
      fix: '让 redirect_uri 的域名与“网页授权域名”完全一致，并确认 redirect_uri 带着 http:// 或 https:// 且只 urlencode 一次。',
    },
    en: {
      explanation:
        'The redirect_uri’s host is not under the account’s authorization callback domain (matched on the full domain; test accounts may add a port).',
      fix: 'Make the redirect_uri’s host the configured domain, with http:// or https://, urlencoded once.',
    },
  },
  10006: {
    zh: {
      explanation: '测试号只给已关注的用户做网页授权。',
      fix: '让这个用户先关注测试号，或者换一个已关注的用户。',
    },
    en: {
      explanation: 'A test account authorizes only users who follow it.',
      fix: 'Make the user follow the test account, or pick one who does.',
    },
  },
  10010: {
    zh: { fix: '授权链接带上 scope=snsapi_base 或 scope=snsapi_userinfo。' },
    en: { fix: 'Add scope=snsapi_base or scope=snsapi_userinfo to the link.' },
  },
  10011: {
    zh: { fix: '授权链接带上 urlencode 过的 redirect_uri。' },
    en: { fix: 'Add the urlencoded redirect_uri to the link.' },
  },
  10012: {
    zh: { fix: '授权链接带上公众号的 AppID。' },
    en: { fix: 'Add the account’s AppID to the link.' },
  },
}

function pageEntry(code: number, line: { zh: string; en: string }): Entry {
  const more = PAGE_EXPLAINED[code]
  return {
    zh: { ...more?.zh, meaning: line.zh },
    en: { ...more?.en, meaning: line.en },
  }
}

export const WECHAT_ERRCODE_TEXT: Readonly<Record<number, Entry>> = {
  ...Object.fromEntries(
    Object.entries({ ...MEANINGS, ...PLATFORM_MEANINGS }).map(([code, [zh, en]]) => [
      code,
      { zh: { meaning: zh }, en: { meaning: en } },
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(WECHAT_PAGE_LINES).map(([code, line]) => [code, pageEntry(Number(code), line)]),
  ),
  ...EXPLAINED,
  ...PLATFORM_EXPLAINED,
}

/** What the number means in the reader's language; undefined for a code mpsim never answers. */
export function errcodeText(errcode: number, lang: Lang): ErrcodeText | undefined {
  return WECHAT_ERRCODE_TEXT[errcode]?.[lang]
}
