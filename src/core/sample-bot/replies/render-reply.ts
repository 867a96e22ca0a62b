/**
 * A Reply as passive-reply XML (protocol.md §7.1, §7.2).
 * - ToUserName and FromUserName are the push's, swapped: To = the user's openid, From = the
 *   account's `gh_` id. Not swapping them is a classic failure (WxJava issue #3597, protocol.md §7.1).
 * - CreateTime is Unix **seconds**. (node-webot/wechat sends milliseconds and WeChat tolerates it,
 *   protocol.md §0 #7, but the doc says seconds.)
 * - Strings go in CDATA, numbers bare, as in the doc samples.
 * The layout (one element per line) is the project's plaintext renderer; WeChat's parser is
 * whitespace-agnostic, so any well-formed layout works.
 */
import { renderPlainBody } from '../../protocol/push-body'
import { bare, cdata, group } from '../../protocol/xml-node'
import type { XmlNode } from '../../protocol/xml-node'
import type { InboundPush } from '../wechat/inbound-push'
import type { Reply } from './reply'

/** The reply XML, or undefined for "no reply" (answered with `success`). */
export function renderReply(
  reply: Reply,
  push: InboundPush,
  nowSeconds: number,
): string | undefined {
  if (reply.type === 'none') return undefined
  return renderPlainBody([
    cdata('ToUserName', push.fromUserName),
    cdata('FromUserName', push.toUserName),
    bare('CreateTime', String(nowSeconds)),
    cdata('MsgType', reply.type),
    ...body(reply),
  ])
}

function body(reply: Exclude<Reply, { type: 'none' }>): XmlNode[] {
  switch (reply.type) {
    case 'text':
      return [cdata('Content', reply.content)]
    case 'image':
      return [group('Image', [cdata('MediaId', reply.mediaId)])]
    case 'voice':
      return [group('Voice', [cdata('MediaId', reply.mediaId)])]
    case 'video':
      return [
        group('Video', [
          cdata('MediaId', reply.mediaId),
          cdata('Title', reply.title),
          cdata('Description', reply.description),
        ]),
      ]
    case 'music':
      return [
        group('Music', [
          cdata('Title', reply.title),
          cdata('Description', reply.description),
          cdata('MusicUrl', reply.musicUrl),
          cdata('HQMusicUrl', reply.hqMusicUrl),
          cdata('ThumbMediaId', reply.thumbMediaId),
        ]),
      ]
    case 'news':
      return [
        bare('ArticleCount', String(reply.articles.length)),
        group(
          'Articles',
          reply.articles.map((a) =>
            group('item', [
              cdata('Title', a.title),
              cdata('Description', a.description),
              cdata('PicUrl', a.picUrl),
              cdata('Url', a.url),
            ]),
          ),
        ),
      ]
    case 'transfer_customer_service':
      // No body routes the message to any available agent; TransInfo picks one (protocol.md §7.2).
      return reply.kfAccount === undefined
        ? []
        : [group('TransInfo', [cdata('KfAccount', reply.kfAccount)])]
  }
}
