/**
 * What a customer-service message body must hold, per msgtype (protocol.md §10.3, doc "客服消息").
 * Required fields and the code a missing one answers come from WeChat's global return-code table
 * [doc]: empty text 44004, a missing media id 40007, a missing music url 41010, a bad card 40073,
 * an empty news list 44003, more than one article 45008; an unknown msgtype 40008. Fields the doc
 * marks required but which have no code of their own answer 40097 "invalid args" [unconfirmed].
 */
import { arr, filled, isObject, obj, str } from './fields'
import type { JsonObject } from './json-body'

export const CUSTOM_MSG_TYPES = [
  'text',
  'image',
  'voice',
  'video',
  'music',
  'news',
  'mpnews',
  'mpnewsarticle',
  'msgmenu',
  'wxcard',
  'miniprogrampage',
] as const

export type CustomMsgType = (typeof CUSTOM_MSG_TYPES)[number]

export type CustomCheck =
  | { readonly ok: true; readonly msgType: CustomMsgType; readonly payload: JsonObject }
  | { readonly ok: false; readonly errcode: number; readonly problem: string }

/** [field, errcode when missing or blank]. */
const REQUIRED: Readonly<Record<CustomMsgType, readonly (readonly [string, number])[]>> = {
  text: [['content', 44004]],
  image: [['media_id', 40007]],
  voice: [['media_id', 40007]],
  video: [
    ['media_id', 40007],
    ['thumb_media_id', 40007],
  ],
  music: [
    ['musicurl', 41010],
    ['hqmusicurl', 41010],
    ['thumb_media_id', 40007],
  ],
  news: [],
  mpnews: [['media_id', 40007]],
  mpnewsarticle: [['article_id', 40097]],
  msgmenu: [],
  wxcard: [['card_id', 40073]],
  miniprogrampage: [
    ['appid', 40097],
    ['pagepath', 40097],
    ['thumb_media_id', 40007],
  ],
}

function isMsgType(v: string | undefined): v is CustomMsgType {
  return (CUSTOM_MSG_TYPES as readonly (string | undefined)[]).includes(v)
}

export function checkCustomMessage(body: JsonObject): CustomCheck {
  const msgType = str(body, 'msgtype')
  if (!isMsgType(msgType)) return { ok: false, errcode: 40008, problem: 'unknown-msgtype' }
  const payload = obj(body, msgType) ?? {}
  for (const [field, errcode] of REQUIRED[msgType]) {
    if (filled(payload, field) === undefined) {
      return { ok: false, errcode, problem: `missing:${msgType}.${field}` }
    }
  }
  const listProblem =
    msgType === 'news' ? newsProblem(payload) : msgType === 'msgmenu' ? menuProblem(payload) : null
  return listProblem ?? { ok: true, msgType, payload }
}

/** Customer-service news carries exactly one article today [doc]. */
function newsProblem(payload: JsonObject): CustomCheck | null {
  const articles = arr(payload, 'articles')
  if (!articles || articles.length === 0) {
    return { ok: false, errcode: 44003, problem: 'missing:news.articles' }
  }
  if (articles.length > 1) return { ok: false, errcode: 45008, problem: 'news-over-1-article' }
  if (!articles.every(isObject)) return { ok: false, errcode: 47001, problem: 'news-article-shape' }
  return null
}

/** msgmenu: {head_content, list:[{id, content}], tail_content}; the list is what the user taps. */
function menuProblem(payload: JsonObject): CustomCheck | null {
  const list = arr(payload, 'list')
  const valid =
    list !== undefined &&
    list.length > 0 &&
    list.every((item) => isObject(item) && filled(item, 'id') && filled(item, 'content'))
  return valid ? null : { ok: false, errcode: 40097, problem: 'msgmenu-list' }
}
