/**
 * Words for the reply problems about media ids the mock platform does not hold
 * (docs/api-media.md "Replies with media"). The id and the element it sat in are in the problem's
 * detail (mediaId, field).
 */
import type { Explanation } from './types'

export const REPLY_MEDIA_TEXT = {
  'media-id-unknown': {
    zh: {
      title: '回复中的 media_id 不存在',
      explanation:
        '回复里的 media_id 不是这个公众号上传过的素材：没有通过 /cgi-bin/media/upload 或 add_material 上传，或已被删除。真实微信无法显示这条回复（用户看到空白或“该公众号暂时无法提供服务”，具体表现未经证实）；手机上显示为破损图片。',
      fix: '先调用 /cgi-bin/media/upload?type=image（multipart，字段名 media，带文件名）上传文件，把返回的 media_id 放进回复；同一个 media_id 三天内可重复使用。',
    },
    en: {
      title: 'The reply names a media_id that does not exist',
      explanation:
        'The reply\'s media_id is not one this account ever uploaded (neither /cgi-bin/media/upload nor add_material), or it was deleted. Real WeChat cannot show this reply (the user sees nothing or the "service unavailable" tip; which one is unconfirmed); the phone shows a broken picture.',
      fix: 'Upload the file first with /cgi-bin/media/upload?type=image (multipart, field "media", with a filename) and put the media_id it returns in the reply; the same id can be reused for 3 days.',
    },
  },
  'media-id-expired': {
    zh: {
      title: '回复中的 media_id 已过期',
      explanation:
        '回复里的 media_id 是临时素材，上传已超过 3 天（按模拟时钟），微信已删除它。真实微信无法显示这条回复；手机上显示为破损图片。',
      fix: '临时素材只保存 3 天：在过期前重新上传并换用新的 media_id，或把常用文件上传为永久素材（/cgi-bin/material/add_material）。',
    },
    en: {
      title: 'The reply names an expired media_id',
      explanation:
        "The reply's media_id is a temporary upload older than 3 days on the simulated clock, which WeChat has deleted. Real WeChat cannot show this reply; the phone shows a broken picture.",
      fix: 'Temporary media last 3 days: upload again before they expire and use the new media_id, or upload files you reuse as permanent material (/cgi-bin/material/add_material).',
    },
  },
} as const satisfies Record<string, Explanation>
