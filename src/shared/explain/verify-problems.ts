/**
 * Words for the URL-verification outcomes (protocol.md §3) in zh-CN and English. WeChat shows only
 * "Token验证失败"; these say which byte, status or network event caused it and how to fix it.
 */
import type { VerifyCode } from '../model/verify-codes'
import type { Explanation } from './types'

export const VERIFY_TEXT: Record<VerifyCode, Explanation> = {
  passed: {
    zh: {
      title: '验证通过',
      explanation: '机器人返回 HTTP 200，响应体与 echostr 完全一致。',
      fix: '无需处理。',
    },
    en: {
      title: 'Verification passed',
      explanation: 'The bot answered HTTP 200 with a body exactly equal to echostr.',
      fix: 'Nothing to do.',
    },
  },
  'echostr-trailing-whitespace': {
    zh: {
      title: 'echostr 后面多了空白字符',
      explanation:
        '响应体是 echostr 加上换行或空格。微信要求完全一致；是否容忍尾部空白没有得到证实，mpsim 按失败处理。',
      fix: '原样返回 echostr：Django 用 HttpResponse(echostr)，不要用 print 或模板；PHP 注意 ?> 之后的换行；Express 用 res.send(echostr)。',
    },
    en: {
      title: 'Whitespace after echostr',
      explanation:
        'The body is echostr plus a newline or spaces. WeChat requires an exact match; whether it tolerates trailing whitespace is unconfirmed, so mpsim fails it.',
      fix: 'Return echostr untouched: HttpResponse(echostr) in Django (no print, no template); watch for a newline after ?> in PHP; res.send(echostr) in Express.',
    },
  },
  'echostr-bom': {
    zh: {
      title: '响应体以 BOM 开头',
      explanation: 'echostr 前面有 UTF-8 BOM（EF BB BF），肉眼看不见，但字节不相等。',
      fix: '把源文件另存为“UTF-8 无 BOM”，或在输出前去掉 BOM。',
    },
    en: {
      title: 'Body starts with a BOM',
      explanation: 'A UTF-8 byte-order mark (EF BB BF) precedes echostr: invisible, but not equal.',
      fix: 'Save the source file as UTF-8 without BOM, or strip it before writing the response.',
    },
  },
  'echostr-quoted': {
    zh: {
      title: 'echostr 被加了引号',
      explanation: '响应体是 "echostr"：通常是把字符串当 JSON 序列化了。',
      fix: '返回纯文本，不要 json.dumps / JsonResponse / res.json。',
    },
    en: {
      title: 'echostr in quotes',
      explanation: 'The body is "echostr": the string was serialised as JSON.',
      fix: 'Send plain text, not json.dumps / JsonResponse / res.json.',
    },
  },
  'echostr-wrapped-json': {
    zh: {
      title: 'echostr 被包在 JSON 里',
      explanation: '响应体是包含 echostr 的 JSON（例如 Django REST framework 的 Response）。',
      fix: '验证请求直接返回 echostr 字符串，不经过 JSON 渲染器。',
    },
    en: {
      title: 'echostr wrapped in JSON',
      explanation: 'The body is JSON containing echostr (a Django REST framework Response, say).',
      fix: 'Answer the verification GET with the bare echostr string, bypassing JSON renderers.',
    },
  },
  'echostr-wrapped-html': {
    zh: {
      title: 'echostr 被包在 HTML 里',
      explanation: '响应体是包含 echostr 的 HTML 页面（模板或调试页）。',
      fix: '不要渲染模板，直接返回 echostr 文本。',
    },
    en: {
      title: 'echostr wrapped in HTML',
      explanation: 'The body is an HTML page containing echostr (a template or a debug page).',
      fix: 'Do not render a template; return the echostr text itself.',
    },
  },
  'echostr-empty': {
    zh: {
      title: '响应体为空',
      explanation: '机器人返回了 200，但没有返回 echostr。',
      fix: '签名校验通过后返回 GET 参数里的 echostr。',
    },
    en: {
      title: 'Empty body',
      explanation: 'The bot answered 200 without the echostr.',
      fix: 'After checking the signature, return the echostr query parameter.',
    },
  },
  'echostr-mismatch': {
    zh: {
      title: '返回的不是 echostr',
      explanation:
        '响应体与 echostr 不同。常见原因：Token 与 mpsim 配置的不一致，机器人算出的签名不同，于是返回了错误信息。',
      fix: '核对两边的 Token（区分大小写）；签名按字节序排序 token、timestamp、nonce 后拼接再 sha1；然后返回 echostr。',
    },
    en: {
      title: 'Body is not echostr',
      explanation:
        'The body differs from echostr. Most often the bot’s Token differs from mpsim’s, so its signature check failed and it answered an error.',
      fix: 'Compare the Token on both sides (case matters); sort token, timestamp, nonce byte-wise, join, sha1; then return echostr.',
    },
  },
  'signature-rejected': {
    zh: {
      title: '机器人拒绝了签名：两边的 Token 不一致',
      explanation:
        '机器人返回 401/403，说明它自己算出的 signature 与 mpsim 发送的不同。mpsim 用下面的 Token 计算；机器人用的是它配置里的 Token。',
      fix: '让两边的 Token 完全一致（区分大小写，注意首尾空格和换行）：改机器人的配置，或把 mpsim 的 Token 改成机器人的（应用里在“设置 → Token”；命令行用 --token）。mpsim 用的 Token 和算出的签名随本结果给出；逐步计算过程见检查器的“签名”部分（命令行在报告末尾），可与机器人日志里的值逐一对比。',
    },
    en: {
      title: 'The bot refused the signature: the Tokens differ',
      explanation:
        'The bot answered 401/403: the signature it computed differs from the one mpsim sent. mpsim used the Token below; the bot used the one in its own configuration.',
      fix: 'Make both Tokens identical (case, and no stray spaces or newlines): change the bot’s configuration, or give mpsim the bot’s Token (Settings → Token in the app; --token on the command line). The Token mpsim used and its signature come with this result; the inspector’s Signature section (the end of the report on the command line) works it out step by step, to compare with the bot’s log.',
    },
  },
  'http-status': {
    zh: {
      title: 'HTTP 状态码不是 200',
      explanation:
        '机器人返回了非 200 状态。403 多半是签名不符（Token 不一致）；404 是路径不对；405 是没处理 GET；500 是代码异常。',
      fix: '确认服务器地址（URL）的路径正确、视图同时处理 GET 与 POST，并查看机器人的日志。',
    },
    en: {
      title: 'HTTP status is not 200',
      explanation:
        'The bot answered a non-200 status. 403 usually means a signature mismatch (different Token); 404 a wrong path; 405 GET not handled; 500 an exception.',
      fix: 'Check the URL path, that the view handles both GET and POST, and the bot’s log.',
    },
  },
  redirect: {
    zh: {
      title: '机器人返回了重定向',
      explanation:
        '微信不跟随重定向。常见于 Django 的 APPEND_SLASH（少了末尾的 /）或 http→https 跳转。',
      fix: '把服务器地址填成最终地址（注意末尾斜杠），或关闭该路径的跳转。',
    },
    en: {
      title: 'The bot redirected',
      explanation:
        'WeChat does not follow redirects. Typical causes: Django’s APPEND_SLASH (missing trailing /) or an http→https redirect.',
      fix: 'Configure the final URL (mind the trailing slash), or disable the redirect for that path.',
    },
  },
  timeout: {
    zh: {
      title: '5 秒内没有响应',
      explanation: '微信等待 5 秒后放弃。',
      fix: '验证请求只需计算 sha1，应立即返回；检查机器人是否卡在启动、数据库或外部调用上。',
    },
    en: {
      title: 'No answer within 5 s',
      explanation: 'WeChat gives up after 5 seconds.',
      fix: 'Verification is one sha1: answer at once. Check whether the bot is stuck starting up, on a database or on an outbound call.',
    },
  },
  'connection-refused': {
    zh: {
      title: '连接被拒绝',
      explanation: '该地址和端口上没有程序在监听。',
      fix: '启动机器人，并核对端口；Django 的 runserver 默认 8000。',
    },
    en: {
      title: 'Connection refused',
      explanation: 'Nothing listens on that address and port.',
      fix: 'Start the bot and check the port (Django’s runserver defaults to 8000).',
    },
  },
  'connection-reset': {
    zh: {
      title: '连接被断开',
      explanation: '机器人在返回响应前关闭了连接（进程崩溃或被代理切断）。',
      fix: '查看机器人的日志中的异常。',
    },
    en: {
      title: 'Connection reset',
      explanation: 'The bot closed the connection before answering (a crash, or a proxy cut it).',
      fix: 'Look for an exception in the bot’s log.',
    },
  },
  dns: {
    zh: {
      title: '域名无法解析',
      explanation: '服务器地址中的主机名解析失败。',
      fix: '本地测试请使用 127.0.0.1。',
    },
    en: {
      title: 'Host name not found',
      explanation: 'The host name in the URL did not resolve.',
      fix: 'For local testing use 127.0.0.1.',
    },
  },
  tls: {
    zh: {
      title: 'TLS 握手失败',
      explanation: 'https 地址的证书无效或握手失败。',
      fix: '本地测试请使用 http，或配置有效证书。',
    },
    en: {
      title: 'TLS handshake failed',
      explanation: 'The https URL has an invalid certificate or the handshake failed.',
      fix: 'Use http locally, or configure a valid certificate.',
    },
  },
  'too-large': {
    zh: {
      title: '响应过大',
      explanation: '响应体超出上限，这不可能是 echostr。',
      fix: '只返回 echostr。',
    },
    en: {
      title: 'Response too large',
      explanation: 'The body exceeded the limit; it cannot be an echostr.',
      fix: 'Return echostr only.',
    },
  },
  network: {
    zh: {
      title: '网络错误',
      explanation: '请求没有完成。',
      fix: '检查服务器地址是否正确，机器人是否在运行。',
    },
    en: {
      title: 'Network error',
      explanation: 'The request did not complete.',
      fix: 'Check the URL and that the bot is running.',
    },
  },
}
