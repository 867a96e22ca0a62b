/**
 * Words for the common reply fields (protocol.md §7.1): required fields, MsgType, the To/From swap and
 * CreateTime. Part of REPLY_PROBLEM_TEXT (reply-problems.ts).
 */
import type { ReplyProblemCode } from '../model/reply-problem-codes'
import type { Explanation } from './types'

export const REPLY_HEADER_TEXT = {
  'field-missing': {
    zh: {
      title: '缺少必填字段',
      explanation:
        '回复缺少一个必填元素（见下方“元素”，嵌套的写作 Image/MediaId）。每条被动回复都需要 ToUserName、FromUserName、CreateTime、MsgType，再加上该类型自己的字段。微信会拒绝这条回复。',
      fix: '按官方格式补上该元素，注意大小写完全一致（MsgType 不是 Msgtype）。用 wechatpy 的 TextReply/ImageReply 等类或 create_reply 生成回复可以避免遗漏。',
    },
    en: {
      title: 'Required field missing',
      explanation:
        'The reply lacks a required element (see ‘Element’ below; nested ones read like Image/MediaId). Every passive reply needs ToUserName, FromUserName, CreateTime and MsgType, plus the fields of its type. WeChat refuses the reply.',
      fix: 'Add the element exactly as documented, case included (MsgType, not Msgtype). wechatpy’s TextReply/ImageReply classes or create_reply avoid such omissions.',
    },
  },
  'field-empty': {
    zh: {
      title: '必填字段为空',
      explanation:
        '必填元素存在但内容为空（见下方“元素”）。例如 ToUserName 为空时微信无法投递，用户看到“该公众号暂时无法提供服务”。',
      fix: '检查取值的代码：ToUserName 取推送的 FromUserName，FromUserName 取推送的 ToUserName；变量名拼错或字典取值失败时常会得到空字符串。',
    },
    en: {
      title: 'Required field is empty',
      explanation:
        'A required element is present but empty (see ‘Element’ below). With an empty ToUserName, for example, WeChat cannot deliver and the user sees the service-unavailable tip.',
      fix: 'Check the code filling it: ToUserName comes from the push’s FromUserName, FromUserName from the push’s ToUserName; a misspelt key or failed lookup often yields an empty string.',
    },
  },
  'msgtype-unknown': {
    zh: {
      title: 'MsgType 不是被动回复支持的类型',
      explanation:
        '被动回复的 MsgType 只能是 text、image、voice、video、music、news、transfer_customer_service 之一，且区分大小写（下方“可能想写”给出最接近的那个）。像 event、link、mpnews 或 Text 都会被拒绝。',
      fix: '改成支持的类型之一。想发图文卡片用 news；小程序卡片、mpnews 等只能通过客服消息接口发送。',
    },
    en: {
      title: 'MsgType is not a passive-reply type',
      explanation:
        'A passive reply’s MsgType must be one of text, image, voice, video, music, news, transfer_customer_service, case-sensitive (‘Did you mean’ below gives the closest one). event, link, mpnews or Text are refused.',
      fix: 'Use one of the supported types. For article cards use news; mini-program cards, mpnews and the like can only be sent with the customer-service API.',
    },
  },
  'to-from-not-swapped': {
    zh: {
      title: 'ToUserName 和 FromUserName 没有对调',
      explanation:
        '回复原样照搬了推送的 ToUserName 和 FromUserName。回复是公众号发给用户的，所以两者要对调：回复的 ToUserName = 推送的 FromUserName（用户 openid），回复的 FromUserName = 推送的 ToUserName（公众号原始 ID gh_…）。不对调时用户看到“该公众号暂时无法提供服务”。',
      fix: 'Django 手写时：to_user = msg["FromUserName"]; from_user = msg["ToUserName"]。wechatpy 用 create_reply(content, message) 会自动对调。Express：toUser = req.body.xml.FromUserName，fromUser = req.body.xml.ToUserName。',
    },
    en: {
      title: 'ToUserName and FromUserName not swapped',
      explanation:
        'The reply copies the push’s ToUserName and FromUserName unchanged. A reply travels from the account to the user, so they must swap: reply ToUserName = push FromUserName (the user’s openid), reply FromUserName = push ToUserName (the gh_ original id). Otherwise the user sees the service-unavailable tip.',
      fix: 'By hand in Django: to_user = msg["FromUserName"]; from_user = msg["ToUserName"]. wechatpy’s create_reply(content, message) swaps them for you. Express: toUser = req.body.xml.FromUserName, fromUser = req.body.xml.ToUserName.',
    },
  },
  'from-user-is-appid': {
    zh: {
      title: 'FromUserName 写成了 AppID',
      explanation:
        '回复的 FromUserName 是 AppID（wx 开头），但应该是公众号原始 ID（gh_ 开头，就是推送里的 ToUserName）。微信会拒绝这条回复。企业微信的回复才用 CorpID，照搬企业微信示例时容易出这个错。',
      fix: '把 FromUserName 设为推送的 ToUserName（即下方“应为”的值），不要用配置里的 AppID。',
    },
    en: {
      title: 'FromUserName is the AppID',
      explanation:
        'The reply’s FromUserName is the AppID (starts with wx) but must be the account’s original id (starts with gh_, the push’s ToUserName). WeChat refuses the reply. WeCom replies use the CorpID, so copying a WeCom sample causes this.',
      fix: 'Set FromUserName to the push’s ToUserName (the ‘Expected’ value below), not the AppID from your settings.',
    },
  },
  'to-user-wrong': {
    zh: {
      title: 'ToUserName 不是发消息的用户',
      explanation:
        '回复的 ToUserName（下方“实际值”）不是这条推送的发送者 openid（“应为”）。被动回复只能发给刚发消息的那个用户。若“可能原因”说值本身正确，就是前后多了空格或换行（模板排版造成）。',
      fix: 'ToUserName 直接取推送的 FromUserName；不要用缓存或全局变量里的 openid（并发时会串用户）。用模板时把值写在同一行：<ToUserName><![CDATA[{{ to_user }}]]></ToUserName>。',
    },
    en: {
      title: 'ToUserName is not the sender',
      explanation:
        'The reply’s ToUserName (‘Got’ below) is not the openid that sent this push (‘Expected’). A passive reply can only go to that user. If ‘Likely cause’ says the value is right, a template layout padded it with spaces or newlines.',
      fix: 'Take ToUserName straight from the push’s FromUserName, never from a cache or a global (concurrent requests mix users up). In templates keep it on one line: <ToUserName><![CDATA[{{ to_user }}]]></ToUserName>.',
    },
  },
  'from-user-wrong': {
    zh: {
      title: 'FromUserName 不是本公众号的原始 ID',
      explanation:
        '回复的 FromUserName（下方“实际值”）应该是本公众号的原始 ID（“应为”，gh_ 开头，即推送的 ToUserName）。常见原因是写死了另一个公众号（比如测试号）的 ID。',
      fix: 'FromUserName 直接取推送的 ToUserName，不要写死在配置里。',
    },
    en: {
      title: 'FromUserName is not this account’s original id',
      explanation:
        'The reply’s FromUserName (‘Got’ below) must be this account’s original id (‘Expected’, starting with gh_ — the push’s ToUserName). Usually another account’s id (e.g. the test account’s) is hard-coded.',
      fix: 'Take FromUserName from the push’s ToUserName rather than hard-coding it.',
    },
  },
  'create-time-not-integer': {
    zh: {
      title: 'CreateTime 不是整数',
      explanation:
        'CreateTime 必须是整数秒时间戳。“可能原因”为带小数的秒数时，是把 Python 的 time.time() 直接写进去了；像 [1682391258] 这样带括号的值也有社区报告会导致“该公众号暂时无法提供服务”。',
      fix: 'Python 用 int(time.time())，JavaScript 用 Math.floor(Date.now() / 1000)，并确认模板里输出的是数字本身。',
    },
    en: {
      title: 'CreateTime is not an integer',
      explanation:
        'CreateTime must be integer Unix seconds. When ‘Likely cause’ says seconds with a decimal part, Python’s time.time() went in unrounded; a bracketed value like [1682391258] has been reported to trigger the service-unavailable tip.',
      fix: 'Use int(time.time()) in Python and Math.floor(Date.now() / 1000) in JavaScript, and make sure the template prints the number itself.',
    },
  },
  'create-time-milliseconds': {
    zh: {
      title: 'CreateTime 是毫秒',
      explanation:
        'CreateTime 有 13 位，是毫秒时间戳。文档要求秒；node-webot/wechat 一直发毫秒，微信也接受，所以这只是警告。',
      fix: '改成秒：JavaScript 用 Math.floor(Date.now() / 1000)，不要直接用 Date.now() 或 new Date().getTime()。',
    },
    en: {
      title: 'CreateTime is in milliseconds',
      explanation:
        'CreateTime has 13 digits: milliseconds. The doc asks for seconds; node-webot/wechat has always sent milliseconds and WeChat accepts them, so this is a warning only.',
      fix: 'Use seconds: Math.floor(Date.now() / 1000) in JavaScript instead of Date.now() or new Date().getTime().',
    },
  },
} as const satisfies Partial<Record<ReplyProblemCode, Explanation>>
