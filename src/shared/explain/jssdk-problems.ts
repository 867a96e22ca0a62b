/**
 * Words for the phone browser's JS-SDK verdicts (protocol.md §11), in zh-CN and English: why
 * `wx.config` failed, what the page's signature turned out to be made over, and why a `wx.*` call
 * was refused. The core reports codes (src/core/protocol/jssdk-config-verdict.ts); the renderer
 * and the CLI read these tables. Typed as full Records, so a code without words does not compile.
 */
import type {
  JssdkCallPermission,
  JssdkConfigProblem,
  JssdkSignatureMatch,
} from '../model/jssdk-codes'
import type { Explanation } from './types'

export const JSSDK_PROBLEM_TEXT: Readonly<Record<JssdkConfigProblem, Explanation>> = {
  'invalid-signature': {
    zh: {
      title: '签名无效（config:invalid signature）',
      explanation:
        '微信用公众号当前的 jsapi_ticket、wx.config 里的 nonceStr 和 timestamp，以及当前页面的完整地址（含 http(s)://、路径和 ? 后的参数，不含 # 及其后面的部分）拼出 string1：jsapi_ticket=…&noncestr=…&timestamp=…&url=…，再做 sha1。页面传来的 signature 与这个结果不同。详情里是 mpsim 计算的 string1；如果认出了页面实际签名用的字符串，也会一并列出。',
      fix: '在后端按页面的完整地址签名（去掉 #…）；wx.config 的 nonceStr（注意大写 S）和 timestamp（秒）必须与签名时用的完全相同；jsapi_ticket 用同一个 AppID 的 access_token 通过 getticket?type=jsapi 获取，并缓存 7200 秒；wx.config 的 appId 与获取 ticket 的 AppID 一致。',
    },
    en: {
      title: 'Invalid signature (config:invalid signature)',
      explanation:
        'WeChat builds string1 from the account’s current jsapi_ticket, the nonceStr and timestamp passed to wx.config, and the page’s full address (http(s)://, path and ?query, without # and what follows): jsapi_ticket=…&noncestr=…&timestamp=…&url=…, then takes its sha1. The page’s signature differs. The detail shows the string1 mpsim computed and, when mpsim recognised it, the string the page really signed.',
      fix: 'Sign the page’s full address on the server, without #…; pass wx.config exactly the nonceStr (capital S) and timestamp (seconds) you signed; get the jsapi_ticket with getticket?type=jsapi using the same AppID’s access_token, and cache it for 7200 s; use that AppID as wx.config’s appId.',
    },
  },
  'invalid-url-domain': {
    zh: {
      title: '页面域名不在 JS 接口安全域名中（config:invalid url domain）',
      explanation:
        '当前页面所在的域名与这个 AppID 绑定的“JS接口安全域名”不一致。域名要完全一致；正式号只支持 80（http）和 443（https）端口，测试号可以填写 IP:端口。',
      fix: '在公众平台“公众号设置 → 功能设置 → JS接口安全域名”（测试号在测试号页面的“JS接口安全域名”）填写页面的域名，只填域名，不要 http://，也不要路径。在 mpsim 里：设置 → JS接口安全域名（留空时沿用网页授权域名）。',
    },
    en: {
      title: 'The page’s domain is not a JS API safe domain (config:invalid url domain)',
      explanation:
        'The page’s domain is not one of the JS API safe domains (JS接口安全域名) bound to this AppID. The whole domain must match; formal accounts support ports 80 (http) and 443 (https) only, test accounts may give IP:port.',
      fix: 'Add the page’s domain under Official Account Settings → Function Settings → JS API safe domains (on a test account, the “JS接口安全域名” section of its page): the bare domain, no http://, no path. In mpsim: Settings → JS API safe domains (empty: the OAuth callback domain).',
    },
  },
  'invalid-appid': {
    zh: {
      title: 'AppID 无效（config:invalid appid）',
      explanation:
        'wx.config 里的 appId 不属于任何公众号。微信文档没有写这种情况下的确切提示，mpsim 按 40013 的 errmsg “invalid appid” 回答。',
      fix: '把 wx.config 的 appId 改成签名所用 jsapi_ticket 所属公众号的 AppID（在 mpsim 里：设置 → AppID）。',
    },
    en: {
      title: 'Invalid AppID (config:invalid appid)',
      explanation:
        'wx.config’s appId belongs to no account. WeChat’s doc does not give the exact message for this case; mpsim answers after errcode 40013’s errmsg, “invalid appid”.',
      fix: 'Pass the AppID of the account whose jsapi_ticket you signed with (in mpsim: Settings → AppID).',
    },
  },
}

/** What the page signed instead of its own address ('page-url' needs no words). */
export const JSSDK_SIGNED_TEXT: Readonly<
  Record<Exclude<JssdkSignatureMatch, 'page-url'>, Explanation>
> = {
  'gateway-url': {
    zh: {
      title: '签名用的是 mpsim 网关地址（已接受）',
      explanation:
        '浏览器模式下，页面运行在 mpsim 的本机网关（127.0.0.1:端口）上，location.href 显示的是网关地址，页面在脚本里取地址签名就签了它。在微信里 location.href 就是真实地址，同样的代码是正确的，所以 mpsim 接受这个签名并在这里说明。',
      fix: "不用修改。静态页面用 location.href.split('#')[0] 取地址交给后端签名，正是文档推荐的做法。",
    },
    en: {
      title: 'Signed over mpsim’s gateway address (accepted)',
      explanation:
        'In browser mode the page runs on a loopback gateway of mpsim (127.0.0.1:port), so location.href shows the gateway’s address, and a page that takes the address in script signs that. In WeChat location.href is the real address and the same code is right, so mpsim accepts the signature and says so here.',
      fix: "Nothing to fix. Sending location.href.split('#')[0] to the backend to sign is what the doc recommends for static pages.",
    },
  },
  'url-with-fragment': {
    zh: {
      title: '签名的地址带了 #…',
      explanation:
        '页面签名用的地址包含 # 及其后面的部分（常见于 hash 路由的单页应用直接用 location.href）。微信计算时会去掉 #…，所以两边的 string1 不同。',
      fix: "签名前去掉 #…：location.href.split('#')[0]。",
    },
    en: {
      title: 'The signed address kept its #…',
      explanation:
        'The page signed its address with # and what follows (typical of a hash-routed single-page app passing location.href whole). WeChat drops #…, so the two string1 differ.',
      fix: "Drop #… before signing: location.href.split('#')[0].",
    },
  },
  'url-encoded': {
    zh: {
      title: '签名的地址是 URL 编码后的',
      explanation:
        '前端按文档建议用 encodeURIComponent 把地址传给后端，后端却没有解码就直接签名，string1 里的 url 变成了 http%3A%2F%2F…。签名要用原始地址，不做 URL 编码。',
      fix: '后端先把参数解码（大多数框架读取查询参数时会自动解码；自己拼接时注意不要编码两次），再用原始地址签名。',
    },
    en: {
      title: 'The signed address was URL-encoded',
      explanation:
        'The page sent its address to the backend with encodeURIComponent, as the doc suggests, and the backend signed it without decoding: string1’s url reads http%3A%2F%2F…. The signature takes the raw address, not URL-encoded.',
      fix: 'Decode the parameter on the backend first (most frameworks decode query parameters for you; beware of encoding twice), then sign the raw address.',
    },
  },
  'url-without-query': {
    zh: {
      title: '签名的地址少了 ? 后面的参数',
      explanation:
        "后端只用了协议、域名和路径（比如 Django 的 request.path、PHP 的 $_SERVER['PHP_SELF']），丢掉了查询参数。网页授权回调后地址会多出 code 和 state，分享出去的链接也会被加上参数，签名都要包含它们。",
      fix: '用请求的完整地址签名：Django 用 request.build_absolute_uri()，或协议 + Host + 完整路径（含 ? 后的参数）。',
    },
    en: {
      title: 'The signed address lost its ?query',
      explanation:
        "The backend used only scheme, host and path (Django’s request.path, PHP’s $_SERVER['PHP_SELF']) and dropped the query. After an OAuth callback the address carries code and state, and shared links get parameters appended: the signature must include them.",
      fix: 'Sign the full address of the request: in Django request.build_absolute_uri(), or scheme + Host + full path with its ?query.',
    },
  },
  'scheme-differs': {
    zh: {
      title: '签名的地址协议不对（http 与 https）',
      explanation:
        '页面是 https://（或 http://）打开的，后端签名时用的却是另一种协议。常见原因：后端在反向代理后面，只看到代理转发来的 http 请求。',
      fix: "让后端知道真实协议（例如 Nginx 传 X-Forwarded-Proto，框架里开启对代理头的信任），或者由前端把 location.href.split('#')[0] 传给后端签名。",
    },
    en: {
      title: 'The signed address has the wrong scheme (http vs https)',
      explanation:
        'The page was opened over https:// (or http://) and the backend signed the other scheme — typically a backend behind a reverse proxy that only sees the proxy’s plain-http request.',
      fix: "Let the backend know the real scheme (send X-Forwarded-Proto from the proxy and trust it in the framework), or sign the location.href.split('#')[0] the page sends.",
    },
  },
  'previous-ticket': {
    zh: {
      title: '签名用的是已过期的 jsapi_ticket',
      explanation:
        '地址是对的，但签名用的是上一个 jsapi_ticket。ticket 有效期 7200 秒，过期后 getticket 会返回新的，微信按新的校验。',
      fix: '缓存 ticket 时记下过期时间（expires_in），到期前重新获取；不要永久缓存。',
    },
    en: {
      title: 'Signed with an expired jsapi_ticket',
      explanation:
        'The address is right, but the signature used the previous jsapi_ticket. A ticket lasts 7200 s; after that getticket returns a new one and WeChat checks against it.',
      fix: 'Cache the ticket with its expiry (expires_in) and fetch a new one before it runs out; never cache it forever.',
    },
  },
  'wx-card-ticket': {
    zh: {
      title: '签名用的是卡券的 ticket（type=wx_card）',
      explanation:
        '地址是对的，但签名用的是 getticket?type=wx_card 返回的卡券 api_ticket，不是 jsapi_ticket。',
      fix: '获取 ticket 时用 type=jsapi。',
    },
    en: {
      title: 'Signed with the card ticket (type=wx_card)',
      explanation:
        'The address is right, but the signature used the card api_ticket from getticket?type=wx_card instead of the jsapi_ticket.',
      fix: 'Ask getticket for type=jsapi.',
    },
  },
}

/** Why a `wx.*` call was refused before it ran (both errMsg tails are the doc's). */
export const JSSDK_DENIAL_TEXT: Readonly<
  Record<Exclude<JssdkCallPermission, 'granted'>, Explanation>
> = {
  'not-in-list': {
    zh: {
      title: '没有权限（permission denied）',
      explanation:
        '调用的接口没有写进 wx.config 的 jsApiList，或者公众号没有这个接口的权限（部分接口需要认证后才能使用）。',
      fix: '把接口名加进 jsApiList，重新 wx.config。',
    },
    en: {
      title: 'Permission denied',
      explanation:
        'The API was not listed in wx.config’s jsApiList, or the account has no permission for it (some APIs need a verified account).',
      fix: 'Add the API’s name to jsApiList and call wx.config again.',
    },
  },
  'not-configured': {
    zh: {
      title: '权限还在校验中（the permission value is offline verifying）',
      explanation:
        'wx.config 还没有成功（还在校验，或者已经失败）时就调用了接口。页面加载时就要调用的接口必须放在 wx.ready 的回调里。',
      fix: '先确认 wx.config 成功（没有触发 wx.error），再在 wx.ready 里调用接口。',
    },
    en: {
      title: 'Permission still being verified (the permission value is offline verifying)',
      explanation:
        'The API was called before wx.config succeeded (still verifying, or it failed). An API called as the page loads must be called inside wx.ready’s callback.',
      fix: 'Make sure wx.config succeeds (wx.error not called), then call the API inside wx.ready.',
    },
  },
}
