/**
 * Words for the answer as a whole (protocol.md §7.1, §7.3): the 5-second rule, the HTTP status and
 * Content-Type, "no reply" bodies, bodies that are not a passive reply at all (JSON, HTML, text,
 * malformed XML), and mpsim's own failure to judge one. Part of REPLY_PROBLEM_TEXT (reply-problems.ts).
 */
import type { ReplyProblemCode } from '../model/reply-problem-codes'
import type { Explanation } from './types'

export const REPLY_BODY_TEXT = {
  'reply-timeout': {
    zh: {
      title: '5 秒内没有回复',
      explanation:
        '微信服务器只等 5 秒，超时就断开连接，然后把同一条消息（MsgId、CreateTime 都不变）重新推送，总共最多推送 3 次；超时后才到达的回复不会被读取。3 次都失败后，用户会看到“该公众号暂时无法提供服务，请稍后再试”。',
      fix: '收到推送后先立即回复“success”（或空字符串），把耗时的工作（调用接口、查数据库、请求大模型等）放到后台任务里（Django 可用 Celery 或线程，Express 里不要 await 慢操作再 res.send），做完后用客服消息接口 /cgi-bin/message/custom/send 把结果发给用户。同时按 MsgId（事件按 FromUserName + CreateTime）去重，重试的推送不要处理两遍。',
    },
    en: {
      title: 'No reply within 5 seconds',
      explanation:
        'WeChat waits 5 seconds, then drops the connection and pushes the same message again (same MsgId and CreateTime), up to 3 deliveries in total; a reply arriving after the deadline is never read. When all deliveries fail the user sees "该公众号暂时无法提供服务，请稍后再试" (service unavailable).',
      fix: 'Answer "success" (or an empty body) at once and do slow work (API calls, database, LLM requests) in the background — Celery or a thread in Django; in Express call res.send before awaiting anything slow — then send the result with the customer-service API /cgi-bin/message/custom/send. De-duplicate retries by MsgId (events: FromUserName + CreateTime).',
    },
  },
  'bot-unreachable': {
    zh: {
      title: '连不上机器人',
      explanation:
        '没有收到任何 HTTP 响应：连接被拒绝（没有程序在该端口监听）、被重置（进程崩溃或代理断开）、域名解析失败或 TLS 握手失败。微信会像超时一样重试，全部失败后用户看到“该公众号暂时无法提供服务，请稍后再试”。',
      fix: '确认机器人正在运行、公众平台配置的 URL 主机和端口正确（Django runserver 默认 8000）；连接被重置时查看机器人日志里的异常；本地测试用 http://127.0.0.1。',
    },
    en: {
      title: 'Bot unreachable',
      explanation:
        'No HTTP answer at all: the connection was refused (nothing listens on that port), reset (a crash, or a proxy cut it), the host name did not resolve, or TLS failed. WeChat retries as for a timeout; when every attempt fails the user sees "该公众号暂时无法提供服务，请稍后再试".',
      fix: 'Check that the bot is running and that the configured URL has the right host and port (Django runserver defaults to 8000); for a reset, look for an exception in the bot’s log; use http://127.0.0.1 locally.',
    },
  },
  'bom-before-root': {
    zh: {
      title: '回复以 BOM 开头',
      explanation:
        '回复体在 <xml> 之前有 UTF-8 BOM（EF BB BF）。它看不见，微信是否接受没有得到证实；严格的 XML 读取器会把它当成根元素之外的字节。',
      fix: '把源文件（尤其是 PHP 文件）另存为“UTF-8 无 BOM”，或在输出前去掉 BOM。',
    },
    en: {
      title: 'Reply starts with a BOM',
      explanation:
        'The body has a UTF-8 byte-order mark (EF BB BF) before <xml>. It is invisible and WeChat’s tolerance of it is unconfirmed; a strict XML reader treats it as bytes outside the root.',
      fix: 'Save the source file (PHP especially) as UTF-8 without BOM, or strip the BOM before writing the reply.',
    },
  },
  'http-status-not-ok': {
    zh: {
      title: 'HTTP 状态码不是 2xx',
      explanation:
        '微信期望 HTTP 200。其他状态码按“没有有效回复”处理：用户看到“该公众号暂时无法提供服务”。下方的状态码和“可能原因”指出了最可能的原因。',
      fix: '403 且页面提到 CSRF：Django 视图要加 @csrf_exempt（微信的 POST 没有 CSRF token）。415：Django REST framework 的 XMLParser 只认 application/xml，而微信发的是 text/xml，给解析器加上 text/xml 或者直接读 request.body。404/405：检查公众平台配置的 URL 与路由是否一致，并且视图同时接受 GET（验证）和 POST（消息）；Express 要同时有 app.get 和 app.post。5xx：查看服务器日志里的异常。',
    },
    en: {
      title: 'HTTP status is not 2xx',
      explanation:
        'WeChat expects HTTP 200. Any other status counts as "no valid reply", and the user sees the service-unavailable tip. The status and the likely cause listed below point to what went wrong.',
      fix: '403 mentioning CSRF: add @csrf_exempt to the Django view (WeChat’s POST has no CSRF token). 415: Django REST framework’s XMLParser accepts only application/xml while WeChat sends text/xml — add text/xml to the parser or read request.body yourself. 404/405: make the configured URL match your route, and accept both GET (verification) and POST (messages); in Express register app.get and app.post. 5xx: read the exception in your server log.',
    },
  },
  'content-type-unusual': {
    zh: {
      title: '回复的 Content-Type 不是 XML（仅提示）',
      explanation:
        '微信不检查回复的 Content-Type：Django 默认的 text/html、没有 Content-Type 都能正常工作，所以这不算错误。只是用浏览器或抓包工具查看时，text/xml 或 application/xml 更直观。',
      fix: '可以不改。想更规范的话：Django 用 HttpResponse(xml, content_type="application/xml")，Express 用 res.type("application/xml").send(xml)。',
    },
    en: {
      title: 'Reply Content-Type is not XML (note only)',
      explanation:
        'WeChat does not check the reply’s Content-Type: Django’s default text/html, or no header at all, works fine, so this is not an error. text/xml or application/xml is just clearer when inspecting traffic.',
      fix: 'Nothing to change. If you prefer: HttpResponse(xml, content_type="application/xml") in Django, res.type("application/xml").send(xml) in Express.',
    },
  },
  'content-type-charset-not-utf8': {
    zh: {
      title: '回复声明的字符集不是 UTF-8',
      explanation:
        '微信按 UTF-8 读取回复。用 GBK 等其他编码输出时，中文会变成乱码甚至导致 XML 解析失败。',
      fix: '以 UTF-8 编码输出回复正文，并把 charset 改为 utf-8（Django 默认 DEFAULT_CHARSET 就是 utf-8，检查是否被改过；Express 的 res.send 对字符串默认 utf-8）。',
    },
    en: {
      title: 'Reply charset is not UTF-8',
      explanation:
        'WeChat reads the reply as UTF-8. A body encoded as GBK or another charset turns Chinese text into mojibake or breaks the XML.',
      fix: 'Encode the body as UTF-8 and declare charset=utf-8 (Django’s DEFAULT_CHARSET is utf-8 unless changed; Express’s res.send uses utf-8 for strings).',
    },
  },
  'no-reply-empty': {
    zh: {
      title: '空回复：不给用户发消息',
      explanation:
        '回复正文为空（0 字节）。微信认为开发者不打算回复，不会给用户发任何消息，也不会重试。',
      fix: '如果本来就不想回复，这样是对的。想回复的话，返回被动回复 XML，或稍后用客服消息接口发送。',
    },
    en: {
      title: 'Empty body: nothing is sent to the user',
      explanation:
        'The body is empty (0 bytes). WeChat takes it as "no reply": nothing is shown to the user and the push is not retried.',
      fix: 'Correct if you meant not to reply. Otherwise return a passive-reply XML, or send later with the customer-service API.',
    },
  },
  'no-reply-success': {
    zh: {
      title: '“success”：不给用户发消息',
      explanation:
        '回复正文正好是 success。这是官方推荐的“不回复”写法：用户收不到消息，微信也不会重试。安全模式下 success 也应该明文返回。',
      fix: '如果本来就不想回复，这样是对的。',
    },
    en: {
      title: '"success": nothing is sent to the user',
      explanation:
        'The body is exactly success — the documented way to say "no reply": the user gets nothing and WeChat does not retry. In safe mode success is sent unencrypted too.',
      fix: 'Correct if you meant not to reply.',
    },
  },
  'body-whitespace-only': {
    zh: {
      title: '回复只有空白字符',
      explanation:
        '文档只说明 0 字节的空回复表示“不回复”。只含换行或空格的回复，微信会怎么处理没有得到确认，mpsim 按“不回复”处理。',
      fix: '要不回复就返回真正的空字符串或 success。常见来源是模板文件末尾的换行（Django render 一个空模板）或 print 进响应的换行。',
    },
    en: {
      title: 'Body is only whitespace',
      explanation:
        'Only a 0-byte body is documented as "no reply". How WeChat treats a body of just spaces or newlines is unconfirmed; mpsim assumes "no reply".',
      fix: 'Return a truly empty string or success. The whitespace usually comes from a template’s trailing newline (Django rendering an empty template) or a stray newline written to the response.',
    },
  },
  'success-padded': {
    zh: {
      title: '“success”前后有空白',
      explanation:
        '文档要求正文正好是 success。带换行或空格的 success 是否被识别没有得到确认，mpsim 按“不回复”处理并给出警告。',
      fix: '去掉多余的空白：Django 用 HttpResponse("success")，不要用会追加换行的模板；Express 用 res.send("success")。',
    },
    en: {
      title: '"success" has whitespace around it',
      explanation:
        'The doc asks for exactly success. Whether WeChat recognises it with a newline or spaces around is unconfirmed; mpsim treats it as "no reply" and warns.',
      fix: 'Drop the whitespace: HttpResponse("success") in Django (not a template that adds a newline), res.send("success") in Express.',
    },
  },
  'success-not-exact': {
    zh: {
      title: '不是微信认识的“success”',
      explanation:
        '微信只认小写、不带引号的 success。带引号的 "success" 是 JSON 字符串——Django REST framework 的 Response("success") 或 Express 的 res.json("success") 就会这样输出；SUCCESS、Success 也不行。微信把它当作异常数据，用户会看到“该公众号暂时无法提供服务”。',
      fix: '原样返回纯文本 success：Django 用 HttpResponse("success")（不要用 DRF 的 Response），Express 用 res.send("success")（不要用 res.json）。',
    },
    en: {
      title: 'Not the "success" WeChat looks for',
      explanation:
        'WeChat recognises only lowercase success without quotes. "success" in quotes is a JSON string — what Django REST framework’s Response("success") or Express’s res.json("success") produce; SUCCESS or Success fail too. WeChat treats it as invalid data and the user sees the service-unavailable tip.',
      fix: 'Return plain success: HttpResponse("success") in Django (not DRF’s Response), res.send("success") in Express (not res.json).',
    },
  },
  'body-json': {
    zh: {
      title: '回复是 JSON，不是 XML',
      explanation:
        '公众号的被动回复只能是 XML。JSON 会被当成异常数据，用户看到“该公众号暂时无法提供服务”。“可能原因”为 Django REST framework 的输出时，这是 DRF 的错误或视图输出（{"detail": …}，下方“信息”就是 DRF 的报错）。',
      fix: '按 XML 格式返回回复。Django：不要用 DRF 的 Response，改用 HttpResponse(xml)，或用 wechatpy 的 create_reply(...).render()；DRF 报错（如 Unsupported media type "text/xml"）说明解析器不认 text/xml。Express：用 res.send(xml)，不要 res.json。',
    },
    en: {
      title: 'The reply is JSON, not XML',
      explanation:
        'Official-account passive replies must be XML. JSON counts as invalid data, and the user sees the service-unavailable tip. When ‘Likely cause’ names Django REST framework, it is DRF output or a DRF error ({"detail": …}; ‘Message’ below quotes it).',
      fix: 'Return the reply as XML. Django: use HttpResponse(xml) or wechatpy’s create_reply(...).render() instead of DRF’s Response; a DRF error such as Unsupported media type "text/xml" means the parser does not accept text/xml. Express: res.send(xml), not res.json.',
    },
  },
  'body-html': {
    zh: {
      title: '回复是 HTML 页面',
      explanation:
        '回复是一个网页，通常是框架的错误页或默认页面，而不是被动回复 XML。用户看到“该公众号暂时无法提供服务”。下方“可能原因”会指出是哪种：Django 的 CSRF 拦截页、Django 的 DEBUG 异常页，或 Express 的“Cannot POST”页。',
      fix: 'Django CSRF 拦截页：给视图加 @csrf_exempt。Django 调试页面：看页面里的异常修代码。Express 的“Cannot POST”页：为配置的 URL 注册 app.post 路由。其他情况：检查公众平台填写的 URL 是否指向消息处理视图，而不是首页。',
    },
    en: {
      title: 'The reply is an HTML page',
      explanation:
        'The reply is a web page — usually a framework error page or a default page — not a passive-reply XML. The user sees the service-unavailable tip. ‘Likely cause’ below says which: Django’s CSRF rejection page, its DEBUG exception page, or Express’s "Cannot POST" page.',
      fix: 'Django’s CSRF page: add @csrf_exempt to the view. Django’s debug page: fix the exception shown in the page. Express’s "Cannot POST" page: register app.post for the configured URL. Otherwise check that the configured URL points to the message view, not a home page.',
    },
  },
  'body-not-xml': {
    zh: {
      title: '回复不是 XML',
      explanation:
        '回复是一段普通文本（下方“内容开头”是它的开头部分）。微信不会把纯文本当成消息发给用户，而是当作异常数据，用户看到“该公众号暂时无法提供服务”。',
      fix: '想回复文字，就返回 text 类型的 XML：<xml><ToUserName>用户openid</ToUserName><FromUserName>公众号原始ID</FromUserName><CreateTime>秒级时间戳</CreateTime><MsgType>text</MsgType><Content>内容</Content></xml>。wechatpy 可用 TextReply(message=msg, content="…").render()。不想回复就返回 success。',
    },
    en: {
      title: 'The reply is not XML',
      explanation:
        'The reply is plain text (‘Body starts with’ below shows its start). WeChat does not send plain text to the user; it treats it as invalid data and the user sees the service-unavailable tip.',
      fix: 'To answer with text, return a text reply XML: <xml><ToUserName>user openid</ToUserName><FromUserName>account original id</FromUserName><CreateTime>seconds</CreateTime><MsgType>text</MsgType><Content>…</Content></xml>; with wechatpy, TextReply(message=msg, content="…").render(). To stay silent, return success.',
    },
  },
  'xml-malformed': {
    zh: {
      title: 'XML 格式错误',
      explanation:
        '回复看起来是 XML，但无法解析（下方列出了解析器给出的行、列和原因）。常见原因：标签没闭合、大小写不一致、内容里有未转义的 & 或 <，或者包含 DOCTYPE；还有 XML 不允许的字符（NUL 等控制字符，下方会给出该字符的编码，如 U+0000），以及嵌套超过根元素下 16 层（“原因”为 xml-too-deep，微信的回复最多只有几层）。用户看到“该公众号暂时无法提供服务”。',
      fix: '文本放进 <![CDATA[…]]> 里，避免手工拼接字符串；用 wechatpy 的 create_reply 或 xml 库生成回复。检查下方“行”“列”所指的位置；把用户输入或数据库内容放进回复前，先去掉其中的控制字符。',
    },
    en: {
      title: 'Malformed XML',
      explanation:
        'The reply looks like XML but cannot be parsed (the parser’s line, column and reason are listed below). Usual causes: an unclosed tag, mismatched case, an unescaped & or < in the text, or a DOCTYPE; also characters XML forbids (NUL and other control characters; the character’s code, such as U+0000, is listed below) and nesting deeper than 16 levels below the root (‘Reason’ reads xml-too-deep; a WeChat reply is only a few levels deep). The user sees the service-unavailable tip.',
      fix: 'Put text inside <![CDATA[…]]> and avoid hand-concatenated strings; build replies with wechatpy’s create_reply or an XML library. Look at the ‘Line’ and ‘Column’ below, and strip control characters from user input or database text before putting it in a reply.',
    },
  },
  'root-not-xml': {
    zh: {
      title: '根元素不是 <xml>',
      explanation:
        '被动回复的根元素必须是 <xml>。Django REST framework 的 XMLRenderer 会输出 <root>…</root>（此时“可能原因”会指出 XMLRenderer），微信不认，用户看到“该公众号暂时无法提供服务”。',
      fix: '严格按官方格式输出，根元素用 <xml>。不要用 DRF 的 XMLRenderer 生成回复：用 HttpResponse 返回自己拼好的 XML，或 wechatpy 的 reply.render()。',
    },
    en: {
      title: 'The root element is not <xml>',
      explanation:
        'A passive reply’s root element must be <xml>. Django REST framework’s XMLRenderer writes <root>…</root> (‘Likely cause’ then names the XMLRenderer), which WeChat refuses; the user sees the service-unavailable tip.',
      fix: 'Follow the official layout with <xml> as the root. Do not render replies with DRF’s XMLRenderer: return your XML with HttpResponse, or wechatpy’s reply.render().',
    },
  },
  'unsubscribe-reply-dropped': {
    zh: {
      title: '取消关注事件的回复会被丢弃',
      explanation: '用户已经取消关注，微信会丢弃对 unsubscribe 事件的任何回复，用户什么都看不到。',
      fix: '对 unsubscribe 事件直接返回 success，在后台做清理（例如标记用户已取关）即可。',
    },
    en: {
      title: 'Replies to unsubscribe are dropped',
      explanation:
        'The user has just unfollowed; WeChat discards any reply to the unsubscribe event, so nothing is shown.',
      fix: 'Answer the unsubscribe event with success and do any clean-up (e.g. mark the user as unfollowed) in the background.',
    },
  },
  'mpsim-internal-error': {
    zh: {
      title: 'mpsim 判定回复时出错',
      explanation:
        'mpsim 自己在判定这个回复时出了错（下方“错误”和“信息”给出了错误名称和内容）。这是 mpsim 的缺陷，不一定是机器人的问题；推送和机器人的原始响应都已照常记录在这条记录里。手机上显示的“该公众号暂时无法提供服务”是推测：mpsim 读不懂的回复，微信多半也不接受。',
      fix: '在检查器里查看这次尝试的原始响应，确认机器人返回的是符合格式的被动回复；然后导出这条记录，连同下方的错误信息报告给 mpsim 的维护者。',
    },
    en: {
      title: 'mpsim failed while judging the reply',
      explanation:
        'mpsim itself hit an error while judging this answer (see ‘Error’ and ‘Message’ below). This is a bug in mpsim, not necessarily in your bot; the push and the bot’s raw response are recorded in this exchange as usual. The phone’s service-unavailable tip is a guess: a body mpsim cannot read is most likely one WeChat refuses too.',
      fix: 'Look at the attempt’s raw response in the inspector to check that the bot sent a well-formed passive reply, then export this exchange and report it, with the error shown below, to the mpsim maintainers.',
    },
  },
} as const satisfies Partial<Record<ReplyProblemCode, Explanation>>
