/**
 * Fields several push types share, defined once so their labels and rules cannot drift apart.
 * protocol.md §1 (value formats), §4.3 (CDATA rule), §5 (MsgId, MsgDataId, Idx), §6 (EventKey, Ticket).
 */
import type { ScalarField } from '../../../shared/model/catalog-types'
import { ABSENT, bareField, cdataField, generated, words } from './field-helpers'
import type { ScalarInput } from './field-helpers'

/** 64-bit message id, bare; a string everywhere because real ids exceed 2^53 (protocol.md §0 #2). */
export const msgId: ScalarField = bareField({
  name: 'MsgId',
  format: 'uint64',
  default: generated('msg-id'),
  label: words('消息 ID', 'Message id'),
  help: words(
    '64 位整数，重试时不变，机器人应据此去重；超过 2^53，不能当 JS 数字处理。',
    '64-bit id, unchanged on retries; bots de-duplicate by it. Exceeds 2^53: never a JS number.',
  ),
})

/** Present only when the message comes from an article (protocol.md §5). */
export const msgDataId: ScalarField = bareField({
  name: 'MsgDataId',
  required: false,
  default: ABSENT,
  label: words('图文消息 ID', 'Article message id'),
  help: words(
    '仅当消息来自图文文章（如文章留言）时出现。',
    'Only when the message comes from an article (e.g. a comment on it).',
  ),
})

export const idx: ScalarField = bareField({
  name: 'Idx',
  required: false,
  format: 'integer',
  default: ABSENT,
  label: words('文章序号', 'Article index'),
  help: words(
    '多图文中的第几篇，从 1 开始；仅与 MsgDataId 一起出现。',
    'Which article of a multi-article post, from 1; only with MsgDataId.',
  ),
})

export const mediaId: ScalarField = cdataField({
  name: 'MediaId',
  default: generated('media-id'),
  label: words('媒体 ID', 'Media id'),
  help: words(
    '可用“获取临时素材”接口下载该媒体文件。',
    'Download the file with the temporary-media API.',
  ),
})

export const thumbMediaId: ScalarField = cdataField({
  name: 'ThumbMediaId',
  default: generated('media-id'),
  label: words('缩略图媒体 ID', 'Thumbnail media id'),
  help: words('视频缩略图的媒体 ID。', 'Media id of the video thumbnail.'),
})

/** EventKey: its meaning differs per event, so each event gives its own words and default. */
export function eventKey(input: Omit<ScalarInput, 'name'>): ScalarField {
  return cdataField({ name: 'EventKey', ...input })
}

export const ticket: ScalarField = cdataField({
  name: 'Ticket',
  default: generated('ticket'),
  label: words('二维码 ticket', 'QR code ticket'),
  help: words(
    '带参数二维码的 ticket，可用来换取二维码图片。',
    'Ticket of the parametric QR code; exchanges for the QR image.',
  ),
})

/** MenuId identifies the (conditional) menu the click came from; bare (protocol.md §4.3, §6). */
export const menuId: ScalarField = bareField({
  name: 'MenuId',
  format: 'integer',
  default: generated('menu-id'),
  label: words('菜单 ID', 'Menu id'),
  help: words(
    '点击来自哪个菜单（个性化菜单时用于区分）。',
    'Which menu the tap came from (tells conditional menus apart).',
  ),
})
