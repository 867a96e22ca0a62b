/**
 * Words for the type-specific reply fields (protocol.md §7.2): text content, media ids, news articles.
 * Part of REPLY_PROBLEM_TEXT (reply-problems.ts).
 */
import type { ReplyProblemCode } from '../model/reply-problem-codes'
import type { Explanation } from './types'

export const REPLY_TYPES_TEXT = {
  'text-content-empty': {
    zh: {
      title: '文本回复内容为空',
      explanation:
        'MsgType 为 text 但 Content 是空的。社区报告这会让用户看到“该公众号暂时无法提供服务”，而不是一条空消息。',
      fix: '没有要说的内容时返回 success，而不是空 Content 的文本回复；检查生成回复文字的逻辑是否在某些分支返回了空字符串或 None。',
    },
    en: {
      title: 'Text reply is empty',
      explanation:
        'MsgType is text but Content is empty. Community reports say the user then sees the service-unavailable tip, not an empty bubble.',
      fix: 'Return success when there is nothing to say rather than a text reply with empty Content; check the branches that build the text for empty strings or None.',
    },
  },
  'text-content-too-long': {
    zh: {
      title: '文本回复过长',
      explanation:
        'Content 超过了 2048 字节（UTF-8 下一个汉字占 3 字节，约 680 个汉字）。这是广泛报告的文本长度上限；超出后微信的具体表现尚未确认（可能截断或拒绝）。',
      fix: '缩短文本，或分成几段：第一段被动回复，其余用客服消息接口发送；长内容更适合做成图文（news）链接到网页。',
    },
    en: {
      title: 'Text reply is too long',
      explanation:
        'Content exceeds 2048 bytes (a Chinese character takes 3 bytes in UTF-8, so about 680 characters). That is the widely reported limit for text; what WeChat does beyond it is unconfirmed (truncation or refusal).',
      fix: 'Shorten it or split it: the first part as the passive reply, the rest with the customer-service API; long content fits better as a news card linking to a web page.',
    },
  },
  'media-id-outside-group': {
    zh: {
      title: 'MediaId 没有放在类型元素里',
      explanation:
        '图片、语音、视频回复的 MediaId 必须包在对应元素里：<Image><MediaId>…</MediaId></Image>（Voice、Video 同理）。直接放在 MsgType 旁边时微信找不到它，会拒绝回复。',
      fix: '按官方格式嵌套：<Image><MediaId><![CDATA[media_id]]></MediaId></Image>。wechatpy 的 ImageReply(media_id=…) 会生成正确结构。',
    },
    en: {
      title: 'MediaId outside its group element',
      explanation:
        'Image, voice and video replies wrap MediaId in their element: <Image><MediaId>…</MediaId></Image> (Voice and Video likewise). Next to MsgType WeChat cannot find it and refuses the reply.',
      fix: 'Nest it as documented: <Image><MediaId><![CDATA[media_id]]></MediaId></Image>. wechatpy’s ImageReply(media_id=…) builds the right shape.',
    },
  },
  'news-no-articles': {
    zh: {
      title: '图文回复没有文章',
      explanation: '<Articles> 里没有任何 <item>，图文消息至少要有一篇文章。',
      fix: '每篇文章写成一个 <item>，包含 Title、Description、PicUrl、Url；注意元素名是小写的 item。',
    },
    en: {
      title: 'News reply has no articles',
      explanation: '<Articles> holds no <item>; a news reply needs at least one article.',
      fix: 'Write each article as an <item> with Title, Description, PicUrl and Url; the element name is lowercase item.',
    },
  },
  'news-count-mismatch': {
    zh: {
      title: 'ArticleCount 与文章数不符',
      explanation:
        'ArticleCount（declared）必须是整数，并且等于 <Articles> 里 <item> 的个数（items）。',
      fix: '用实际文章列表的长度生成 ArticleCount（Python len(articles)，JavaScript articles.length），不要写死。',
    },
    en: {
      title: 'ArticleCount does not match the articles',
      explanation:
        'ArticleCount (declared) must be an integer equal to the number of <item>s in <Articles> (items).',
      fix: 'Derive ArticleCount from the list you render (len(articles) in Python, articles.length in JavaScript) instead of hard-coding it.',
    },
  },
  'news-truncated': {
    zh: {
      title: '图文文章超过显示上限，多余的被丢弃',
      explanation:
        '回复用户发来的文本、图片、语音、视频、图文或位置消息时，图文回复只显示 1 篇；其他情况（例如回复事件）最多 8 篇。超出的文章会被静默丢弃，不算错误。手机视图只显示前 limit 篇。',
      fix: '把最重要的文章放在第一篇；需要展示多篇时，回复一篇链接到列表页，或在事件（如菜单点击）的回复里发送。',
    },
    en: {
      title: 'More articles than shown; the rest are dropped',
      explanation:
        'A news reply to a user’s text, image, voice, video, news or location message shows 1 article; in other cases (e.g. replies to events) up to 8. Extra articles are dropped silently — not an error. The phone view shows the first limit articles.',
      fix: 'Put the most important article first; to show several, link one article to a list page, or send them in reply to an event such as a menu click.',
    },
  },
  'news-item-incomplete': {
    zh: {
      title: '图文文章缺少标题或链接',
      explanation:
        '有一篇文章缺少 Title 或 Url（见下方“第几条”和“缺少”）。没有标题的卡片不好看，没有链接的卡片点开没有内容。',
      fix: '为每个 <item> 填写 Title 和 Url（以及 Description、PicUrl：大图建议 360×200，小图 200×200，JPG/PNG）。',
    },
    en: {
      title: 'Article without title or link',
      explanation:
        'An article lacks Title or Url (see ‘Item’ and ‘Missing’ below). An untitled card looks broken; a card without Url opens nothing.',
      fix: 'Give every <item> a Title and Url (and Description, PicUrl: 360×200 large / 200×200 small, JPG or PNG).',
    },
  },
} as const satisfies Partial<Record<ReplyProblemCode, Explanation>>
