/**
 * Text keywords and the reply each one produces: one of every passive reply type (protocol.md §7.2),
 * "no reply", and the two slow demos. Matching ignores case and surrounding spaces.
 *
 * The two slow keywords show the 5-second rule (protocol.md §4.4, §7.3):
 * - 慢错 / slow-wrong does the work *before* replying. WeChat hangs up at 5 s, retries, and the user
 *   finally sees "该公众号暂时无法提供服务，请稍后再试" — the journey's first symptom.
 * - 慢 / slow is the right pattern: answer `success` at once (nothing shown, no retry), do the work,
 *   then send the result with the customer-service API (客服消息, protocol.md §10.3).
 */
import { JSSDK_PATH } from '../views/jssdk-page'
import { ASSET_PATHS, DEMO_MEDIA } from './demo-media'
import { NO_REPLY, reply, text, withUpload } from './reply'
import type { Decision, ReplyContext, Rule } from './reply'
import { SLOW_DONE_TEXT, SLOW_WRONG_TEXT, helpText, jssdkLinkText, oauthLinkText } from './texts'
import type { HelpEntry } from './texts'

export interface Keyword extends HelpEntry {
  readonly rule: Rule
}

export const OAUTH_GUIDE_PATH = '/oauth'

/** The one news article: WeChat shows at most 1 in reply to a message (protocol.md §7.2). */
export function oauthArticle(context: ReplyContext): Decision {
  return reply({
    type: 'news',
    articles: [
      {
        title: '网页授权示例 / OAuth demo',
        description: '五步拿到用户昵称和头像 / Five steps to a user profile',
        picUrl: `${context.baseUrl}${ASSET_PATHS.cover}`,
        url: `${context.baseUrl}${OAUTH_GUIDE_PATH}`,
      },
    ],
  })
}

export const KEYWORDS: readonly Keyword[] = [
  {
    words: ['帮助', 'help', '?'],
    zh: '显示本列表',
    en: 'show this list',
    rule: () => text(helpText(KEYWORDS)),
  },
  {
    words: ['图片', 'image'],
    zh: '图片消息',
    en: 'an image reply',
    rule: () => withUpload('image', { type: 'image', mediaId: DEMO_MEDIA.image }),
  },
  {
    words: ['语音', 'voice'],
    zh: '语音消息',
    en: 'a voice reply',
    rule: () => withUpload('voice', { type: 'voice', mediaId: DEMO_MEDIA.voice }),
  },
  {
    words: ['视频', 'video'],
    zh: '视频消息',
    en: 'a video reply',
    rule: () =>
      withUpload('video', {
        type: 'video',
        mediaId: DEMO_MEDIA.video,
        title: '示例视频 / Demo video',
        description: '被动回复的视频消息 / A passive video reply',
      }),
  },
  {
    words: ['音乐', 'music'],
    zh: '音乐消息',
    en: 'a music reply',
    rule: (_push, context) =>
      withUpload('thumb', {
        type: 'music',
        title: '示例音乐 / Demo music',
        description: '一秒钟的安静 / One second of silence',
        musicUrl: `${context.baseUrl}${ASSET_PATHS.music}`,
        hqMusicUrl: `${context.baseUrl}${ASSET_PATHS.music}`,
        // ThumbMediaId is the one field the doc marks required for music (protocol.md §7.2).
        thumbMediaId: DEMO_MEDIA.thumb,
      }),
  },
  {
    words: ['图文', 'news'],
    zh: '图文消息（1 篇）',
    en: 'a news reply (1 article)',
    rule: (_push, context) => oauthArticle(context),
  },
  {
    words: ['客服', 'kf'],
    zh: '转给人工客服',
    en: 'transfer to a human agent',
    rule: () => reply({ type: 'transfer_customer_service' }),
  },
  {
    words: ['静默', 'success'],
    zh: '不回复（回 success）',
    en: 'no reply (answers "success")',
    rule: () => NO_REPLY,
  },
  {
    words: ['慢', 'slow'],
    zh: '先回 success，稍后用客服消息接口发送结果',
    en: 'answer "success" now, send the result later via the customer-service API',
    rule: (_push, context) => ({
      reply: { type: 'none' },
      followUp: { kind: 'custom-text', afterMs: context.slowDelayMs, content: SLOW_DONE_TEXT },
    }),
  },
  {
    words: ['慢错', 'slow-wrong'],
    zh: '故意等太久再被动回复（超过 5 秒）',
    en: 'reply passively after a long wait (misses the 5 s deadline)',
    rule: (_push, context) => ({ ...text(SLOW_WRONG_TEXT), delayMs: context.slowDelayMs }),
  },
  {
    words: ['网页授权', 'oauth'],
    zh: '网页授权示例的链接',
    en: 'a link to the OAuth demo pages',
    rule: (_push, context) => text(oauthLinkText(`${context.baseUrl}${OAUTH_GUIDE_PATH}`)),
  },
  {
    words: ['jssdk', 'js-sdk'],
    zh: 'JS-SDK 示例的链接（wx.config）',
    en: 'a link to the JS-SDK demo (wx.config)',
    rule: (_push, context) => text(jssdkLinkText(`${context.baseUrl}${JSSDK_PATH}`)),
  },
]

export function findKeyword(input: string): Keyword | undefined {
  const wanted = input.trim().toLowerCase()
  return KEYWORDS.find((k) => k.words.some((w) => w.toLowerCase() === wanted))
}
