/**
 * Replies to ordinary messages other than text (protocol.md §5): the bot says what it received. Field
 * values go back to the user as text; the renderer escapes them (CDATA, or XML escaping), so a
 * Label containing `]]>` or `<` cannot break the reply.
 */
import type { InboundPush } from '../wechat/inbound-push'
import { pushField } from '../wechat/inbound-push'
import { NO_REPLY, text } from './reply'
import type { Decision } from './reply'

export function decideMedia(push: InboundPush): Decision {
  const field = (name: string) => pushField(push, name) ?? ''
  switch (push.msgType) {
    case 'image':
      return text(`收到图片 / Got your image.\nPicUrl: ${field('PicUrl')}`)
    case 'voice': {
      // Recognition is present (maybe empty) when speech recognition is on (protocol.md §5, §0 #9).
      const heard = field('Recognition')
      return text(
        heard === ''
          ? `收到语音（${field('Format')}）/ Got your voice message.`
          : `你说的是：${heard}\nYou said: ${heard}`,
      )
    }
    case 'video':
    case 'shortvideo':
      return text('收到视频 / Got your video.')
    case 'location':
      return text(
        `收到位置 / Got your location: ${field('Label')}\n` +
          `(${field('Location_X')}, ${field('Location_Y')})`,
      )
    case 'link':
      return text(`收到链接 / Got your link: ${field('Title')}\n${field('Url')}`)
    default:
      // A type this bot does not know: acknowledge it rather than make WeChat retry.
      return NO_REPLY
  }
}
