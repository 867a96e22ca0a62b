/**
 * Words for the redirect_uri problems (protocol.md §9.1-§9.3): presence, urlencoding, scheme, domain,
 * and the shape of the callback. Part of OAUTH_PROBLEM_TEXT (oauth-problems.ts).
 */
import type { OAuthProblemCode } from '../model/oauth-problem-codes'
import type { Explanation } from './types'

export const OAUTH_REDIRECT_TEXT = {
  'redirect-uri-missing': {
    zh: {
      title: 'redirect_uri 为空',
      explanation:
        '链接里没有 redirect_uri，或者它的值是空的，微信会显示错误码 10011。也可能是参数名拼错了（redirect_url）。',
      fix: '加上 redirect_uri=回调地址（urlencode 之后）。',
    },
    en: {
      title: 'redirect_uri is empty',
      explanation:
        'The link has no redirect_uri, or an empty one; WeChat shows error 10011. Check the name is not misspelt as redirect_url.',
      fix: 'Add redirect_uri= followed by your urlencoded callback URL.',
    },
  },
  'redirect-uri-not-encoded': {
    zh: {
      title: 'redirect_uri 没有 urlencode',
      explanation:
        '文档要求对 redirect_uri 做 urlencode。这一次还没有造成参数错乱，但只要回调地址带上 ? 或 & 参数，外层链接就会被拆坏。',
      fix: '拼接前对 redirect_uri 做 urlencode，例如 Python 的 urllib.parse.quote(url, safe="")，JavaScript 的 encodeURIComponent。',
    },
    en: {
      title: 'redirect_uri not urlencoded',
      explanation:
        'The doc requires redirect_uri to be urlencoded. Nothing broke this time, but as soon as the callback URL has its own ? or & parameters the outer link falls apart.',
      fix: 'Encode it before joining: urllib.parse.quote(url, safe="") in Python, encodeURIComponent in JavaScript.',
    },
  },
  'redirect-uri-query-split': {
    zh: {
      title: 'redirect_uri 自带的参数被拆散了',
      explanation:
        'redirect_uri 没有 urlencode，它里面的 & 把外层链接提前截断了：微信看到的 redirect_uri 只到第一个 & 为止，后面的部分变成了授权链接自己的参数，回调时不会带回来。',
      fix: '对整个 redirect_uri 做 urlencode 后再拼接，? 会变成 %3F，& 会变成 %26。',
    },
    en: {
      title: 'redirect_uri’s own parameters were split off',
      explanation:
        'redirect_uri was not urlencoded, so its & ended it early: WeChat reads redirect_uri only up to the first &, and the rest become parameters of the authorize link that never come back on the callback.',
      fix: 'urlencode the whole redirect_uri before joining it in: ? becomes %3F and & becomes %26.',
    },
  },
  'redirect-uri-hash-unencoded': {
    zh: {
      title: 'redirect_uri 里的 # 没有编码',
      explanation:
        'redirect_uri 里有一个原样的 #（常见于 Vue、React 的 hash 路由，比如 http://example.com/#/login）。浏览器把第一个 # 之后的内容都当成锚点，于是后面的 response_type、scope、state 和 #wechat_redirect 全都丢了。',
      fix: '对 redirect_uri 做 urlencode（# 会变成 %23）；更稳妥的做法是回调到一个不带 # 的页面，比如改用 history 路由或单独的回调页。',
    },
    en: {
      title: 'Raw # inside redirect_uri',
      explanation:
        'redirect_uri contains a raw # (typical of hash routers: http://example.com/#/login). Everything after the first # becomes the link’s fragment, so response_type, scope, state and #wechat_redirect are all lost.',
      fix: 'urlencode redirect_uri (# becomes %23). Better still, return to a page without #: history-mode routing or a dedicated callback page.',
    },
  },
  'redirect-uri-double-encoded': {
    zh: {
      title: 'redirect_uri 被编码了两次',
      explanation:
        '微信只解码一次，解码后仍然是 http%3A%2F%2F… 这样的字符串，取不到域名，结果是 10003。多半是 urlencode(dict) 已经编码过一次，自己又手动编码了一次。',
      fix: '只编码一次：要么手动拼接并对 redirect_uri 做 urlencode，要么整体交给 urlencode(dict)，不要两者都做。',
    },
    en: {
      title: 'redirect_uri encoded twice',
      explanation:
        'WeChat decodes once and still gets http%3A%2F%2F…, which has no host to match: 10003. Usually a helper such as urlencode(dict) encoded it after the code had already encoded it by hand.',
      fix: 'Encode exactly once: either join the query by hand and encode redirect_uri, or let one encoding helper build the whole query.',
    },
  },
  'redirect-uri-no-scheme': {
    zh: {
      title: 'redirect_uri 缺少 http:// 或 https://',
      explanation:
        'redirect_uri 必须是完整的绝对地址。像 121.42.154.163/authorization/code 这样只有主机和路径的地址，微信取不到域名，授权会失败。Django 的 request.get_host() 只返回主机（和端口），不带协议头，是常见的来源。',
      fix: "补上协议头，例如 'http://' + request.get_host() + reverse('get_code')，或者直接用 request.build_absolute_uri(reverse('get_code'))。",
    },
    en: {
      title: 'redirect_uri lacks http:// or https://',
      explanation:
        'redirect_uri must be a complete absolute URL. With only host and path, such as 121.42.154.163/authorization/code, WeChat cannot find the domain and authorization fails. Django’s request.get_host() returns the host (and port) without a scheme, a frequent source of this.',
      fix: "Add the scheme: 'http://' + request.get_host() + reverse('get_code'), or simply request.build_absolute_uri(reverse('get_code')).",
    },
  },
  'redirect-uri-scheme-unsupported': {
    zh: {
      title: 'redirect_uri 的协议不支持',
      explanation:
        '回调地址只能是 http:// 或 https:// 的网页地址，weixin://、ftp://、javascript: 之类的协议都不行。',
      fix: '改成指向你服务器上某个页面的 http(s) 地址。',
    },
    en: {
      title: 'Unsupported redirect_uri scheme',
      explanation:
        'The callback must be an http:// or https:// web page; schemes such as weixin://, ftp:// or javascript: are not accepted.',
      fix: 'Point it to an http(s) page on your server.',
    },
  },
  'redirect-uri-domain-mismatch': {
    zh: {
      title: 'redirect_uri 的域名与网页授权域名不一致',
      explanation:
        '回调地址的域名必须与配置的网页授权域名完全一致：配置 www.qq.com 只允许 http://www.qq.com/…，pay.qq.com、qq.com 都不行，子域名和上级域名也不行。授权域名本身填错（带了 http:// 或路径）同样匹配不上。微信会显示错误码 10003。',
      fix: '让两边完全相同：要么改 redirect_uri 的域名，要么把网页授权域名改成 redirect_uri 的域名（只填域名，测试号可以填 IP:端口）。',
    },
    en: {
      title: 'redirect_uri outside the callback domain',
      explanation:
        'The callback host must equal the configured web-authorization domain exactly: www.qq.com allows http://www.qq.com/…, not pay.qq.com or qq.com, nor any sub- or parent domain. A domain saved with http:// or a path matches nothing either. WeChat shows error 10003.',
      fix: 'Make them identical: change the redirect_uri host, or set the domain to that host (bare domain; test accounts may use IP:port).',
    },
  },
  'redirect-uri-port-not-allowed': {
    zh: {
      title: 'redirect_uri 带了端口',
      explanation:
        '正式公众号的网页授权不支持端口号，redirect_uri 里出现端口（哪怕是 :80）都会得到 10003。只有测试号允许 IP:端口。',
      fix: '让服务通过 80/443 端口对外提供（比如用 Nginx 反向代理），redirect_uri 里去掉端口；本地调试可以先用测试号。',
    },
    en: {
      title: 'Port in redirect_uri',
      explanation:
        'Formal accounts do not allow a port in web authorization: any port in redirect_uri, even :80, gives 10003. Only test accounts accept IP:port.',
      fix: 'Serve on 80/443 (a reverse proxy such as Nginx helps) and drop the port from redirect_uri; use a test account for local development.',
    },
  },
  'redirect-uri-has-userinfo': {
    zh: {
      title: 'redirect_uri 的域名前带有用户名或密码（@）',
      explanation:
        'redirect_uri 的 // 和域名之间有 user@ 或 user:password@ 这样的用户信息。真实的回调地址用不到它，它却常被用来伪装域名：http://good.example@evil.example/ 看起来是 good.example，浏览器去的却是 evil.example。所以只要有 @（哪怕 @ 前面是空的），mpsim 就按与网页授权域名不一致处理，显示 10003。详情里的 browserHost 是浏览器实际会去的主机。',
      fix: '去掉 @ 和它前面的部分，写成 http(s)://域名[:端口]/路径。需要带给回调页的数据放进查询参数或 state。',
    },
    en: {
      title: 'User name or password (@) before the redirect_uri host',
      explanation:
        'redirect_uri has user information such as user@ or user:password@ between // and the host. A real callback never needs it, and it is the classic way to disguise a host: http://good.example@evil.example/ looks like good.example, but the browser goes to evil.example. So any @ there (even with nothing before it) is treated as outside the callback domain, error 10003. browserHost in the detail is where a browser would actually go.',
      fix: 'Remove the @ and everything before it: http(s)://host[:port]/path. Pass data for the callback page in its query or in state.',
    },
  },
  'redirect-uri-ambiguous': {
    zh: {
      title: 'redirect_uri 可以被读成不同的地址',
      explanation:
        '浏览器会先“修正”这个地址再访问，而照字面读它的程序（你的服务端、代理、授权检查）不会这样修正，两边认为的域名可能不同，授权码就可能被送到别处。所以 mpsim 按与网页授权域名不一致处理，显示 10003。详情里的 reason 说明是哪一种：backslash（\\，浏览器当作 /）、control-character（制表符、换行等，浏览器直接删掉）、surrounding-space（首尾空格）、slashes（协议后不是正好两个斜杠，如 http:/、http:///）、host-not-canonical（域名里有 %编码、全角字符、会被改写的国际化域名，或 127.1、0x7f.0.0.1、2130706433 这类 IP 写法）、trailing-dot（域名末尾有点）、port-not-canonical（端口有前导零或冒号后为空）、unparseable（浏览器根本打不开）。browserHost 是浏览器实际会去的主机。',
      fix: '写成规范形式：http(s)://域名[:端口]/路径，协议后正好两个斜杠，只用 /，不要有空白或控制字符；域名用小写字母、数字和 -（国际化域名可以写原文或 xn-- 形式），IP 写成 127.0.0.1 这样的四段十进制，末尾不带点，端口不带前导零。',
    },
    en: {
      title: 'redirect_uri can be read as more than one URL',
      explanation:
        'A browser repairs this URL before following it, while programs that read it as written (your server, a proxy, the authorization check) do not, so they can disagree on the host and the code could go somewhere else. It is therefore treated as outside the callback domain, error 10003. reason in the detail says which repair: backslash (\\ is read as /), control-character (tabs and newlines are deleted), surrounding-space, slashes (not exactly two slashes after the scheme: http:/, http:///), host-not-canonical (%-escapes, full-width characters, an internationalised name that gets rewritten, or IPs such as 127.1, 0x7f.0.0.1, 2130706433), trailing-dot, port-not-canonical (a leading zero, or a colon with no port), unparseable (no browser can open it). browserHost is where a browser would actually go.',
      fix: 'Write the canonical form: http(s)://host[:port]/path with exactly two slashes, only /, no spaces or control characters; a lower-case host of letters, digits and - (an internationalised name as itself or as xn--…), an IP as four decimal numbers like 127.0.0.1, no trailing dot, no leading zero in the port.',
    },
  },
  'redirect-uri-no-trailing-slash': {
    zh: {
      title: '回调路径末尾没有 /（可能的坑）',
      explanation:
        '回调路径看起来是目录式的路由，但末尾没有 /。如果框架会用 301 帮你补上斜杠（比如 Django 的 APPEND_SLASH），这次跳转发生在微信内置浏览器里，有开发者遇到过跳转后多出 nsukey 参数、回调请求失败。如果你的路由本来就不带斜杠，可以忽略。',
      fix: '让 redirect_uri 和路由的最终形式完全一致（通常是在末尾加 /），不要让回调再多一次 301。',
    },
    en: {
      title: 'Callback path without trailing slash (possible pitfall)',
      explanation:
        'The callback path looks like a directory-style route but has no trailing /. If your framework answers with a 301 to add it (Django’s APPEND_SLASH does), that hop happens inside WeChat’s browser; developers have seen an nsukey parameter appear and the callback fail. Ignore this if your route really has no slash.',
      fix: 'Make redirect_uri match the route’s final form exactly (usually with a trailing /), so the callback needs no extra 301.',
    },
  },
  'redirect-uri-has-fragment': {
    zh: {
      title: 'redirect_uri 带有 # 锚点',
      explanation:
        '微信把 ?code=…&state=… 插在 # 之前，而不是拼到 # 后面的路由里。用 hash 路由的单页应用在路由的 query（比如 this.$route.query）里拿不到 code。',
      fix: '从 location.search 里读取 code 和 state，或者回调到一个不带 # 的页面。',
    },
    en: {
      title: 'redirect_uri has a # fragment',
      explanation:
        'WeChat inserts ?code=…&state=… before the #, not into the route after it, so a hash-routed app will not find code in its route query (this.$route.query, for example).',
      fix: 'Read code and state from location.search, or return to a page without #.',
    },
  },
} as const satisfies Partial<Record<OAuthProblemCode, Explanation>>
