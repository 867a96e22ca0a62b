/**
 * Words for the message-catalogue error codes (protocol.md §5, §6), in zh-CN and English. The core
 * reports the code and structured detail (type id, field path, value, an example of a valid
 * value); the renderer and the CLI read this table.
 */
import type { CatalogErrorCode } from '../model/catalog-error-codes'
import type { Explanation } from './types'

export const CATALOG_ERROR_TEXT: Readonly<Record<CatalogErrorCode, Explanation>> = {
  'catalog-unknown-type': {
    zh: {
      title: '未知的消息类型',
      explanation: '消息目录里没有这个类型 ID。',
      fix: '从类型列表中选择，例如 text、image、event.subscribe、event.CLICK（事件名区分大小写）。',
    },
    en: {
      title: 'Unknown message type',
      explanation: 'The catalogue has no type with this id.',
      fix: 'Pick one from the type list, e.g. text, image, event.subscribe, event.CLICK (event names are case-sensitive).',
    },
  },
  'catalog-unknown-field': {
    zh: {
      title: '该类型没有这个字段',
      explanation: '给出的字段名不属于这个消息类型（可能拼错了，或属于另一种类型）。',
      fix: '核对字段名的大小写和拼写；ToUserName、FromUserName 在上下文中设置，不在字段值里。',
    },
    en: {
      title: 'No such field for this type',
      explanation:
        'The field name does not belong to this message type (a typo, or a field of another type).',
      fix: 'Check the spelling and case; ToUserName and FromUserName are set in the context, not in the values.',
    },
  },
  'catalog-required-missing': {
    zh: {
      title: '缺少必需字段',
      explanation: '真实推送中这个元素总是存在，不能省略。',
      fix: '填写一个值，或者不传这个字段以使用默认值。',
    },
    en: {
      title: 'Required field missing',
      explanation: 'Real pushes of this type always carry this element; it cannot be left out.',
      fix: 'Give a value, or leave the key out to use the default.',
    },
  },
  'catalog-value-wrong-shape': {
    zh: {
      title: '字段值的结构不对',
      explanation:
        '普通字段的值必须是字符串（包括 MsgId 等数字，不能是 JS 数字），分组是对象，列表是对象数组。',
      fix: '按字段类型传值：例如 MsgId 传 "23892468385179204"，PicList 传 [{ "PicMd5Sum": "…" }]。',
    },
    en: {
      title: 'Value has the wrong shape',
      explanation:
        'A text field takes a string (numbers such as MsgId too, never a JS number), a group an object, a list an array of objects.',
      fix: 'Pass values by field kind: e.g. MsgId "23892468385179204", PicList [{ "PicMd5Sum": "…" }].',
    },
  },
  'catalog-value-not-integer': {
    zh: {
      title: '不是整数',
      explanation: '这个字段（如 CreateTime、MsgId、数量、MenuId）只能是十进制数字。',
      fix: '只填写数字，不要小数点、正负号或空格；CreateTime 用 Unix 秒。',
    },
    en: {
      title: 'Not an integer',
      explanation:
        'This field (e.g. CreateTime, MsgId, a count, MenuId) takes decimal digits only.',
      fix: 'Use digits only, with no point, sign or spaces; CreateTime is Unix seconds.',
    },
  },
  'catalog-value-not-decimal': {
    zh: {
      title: '不是小数',
      explanation: '经纬度、精度等字段必须是十进制小数，如 23.137466。',
      fix: '用点作小数点，不要带单位或度分秒格式。',
    },
    en: {
      title: 'Not a decimal number',
      explanation: 'Coordinates and precision are decimal numbers such as 23.137466.',
      fix: 'Use a point as the decimal separator, with no unit and no degrees-minutes format.',
    },
  },
  'catalog-value-out-of-range': {
    zh: {
      title: '数值超出范围',
      explanation: '纬度须在 ±90 之间，经度须在 ±180 之间，MsgId 不能超过 64 位无符号整数。',
      fix: '检查是否把经纬度写反了（Location_X 是纬度，Location_Y 是经度）。',
    },
    en: {
      title: 'Value out of range',
      explanation:
        'Latitude must be within ±90, longitude within ±180, and a MsgId fits an unsigned 64-bit integer.',
      fix: 'Check latitude and longitude are not swapped (Location_X is the latitude, Location_Y the longitude).',
    },
  },
  'catalog-value-missing-prefix': {
    zh: {
      title: '缺少 qrscene_ 前缀',
      explanation: '扫带参数二维码关注时，EventKey 是 qrscene_ 加场景值。',
      fix: '在场景值前加上 qrscene_；已关注用户扫码请用 SCAN 事件（没有前缀）。',
    },
    en: {
      title: 'Missing qrscene_ prefix',
      explanation:
        'When a user follows by scanning a parametric QR code, EventKey is qrscene_ followed by the scene value.',
      fix: 'Put qrscene_ before the scene value; for a user who already follows, use the SCAN event (no prefix).',
    },
  },
  'catalog-count-mismatch': {
    zh: {
      title: '数量与列表不符',
      explanation: 'Count 必须等于同级列表中 item 的个数，真实推送从不出现不一致。',
      fix: '不传 Count，让它自动按列表计数；或关闭格式检查以故意发送不一致的推送。',
    },
    en: {
      title: 'Count does not match the list',
      explanation:
        'Count must equal the number of items in the sibling list; real pushes never disagree.',
      fix: 'Leave Count out to have it counted, or turn format checks off to send the mismatch on purpose.',
    },
  },
  'catalog-msgtype-missing': {
    zh: {
      title: '缺少 MsgType',
      explanation: '每条推送都有 MsgType 元素，没有它无法判断消息类型。',
      fix: '在 <xml> 中加入 <MsgType><![CDATA[text]]></MsgType> 这样的元素。',
    },
    en: {
      title: 'MsgType missing',
      explanation: 'Every push has a MsgType element; without it the type cannot be told.',
      fix: 'Add an element such as <MsgType><![CDATA[text]]></MsgType> inside <xml>.',
    },
  },
  'catalog-event-missing': {
    zh: {
      title: '缺少 Event',
      explanation: 'MsgType 为 event 的推送必须有 Event 元素说明是哪种事件。',
      fix: '加入 <Event> 元素，例如 <Event><![CDATA[subscribe]]></Event>。',
    },
    en: {
      title: 'Event missing',
      explanation: 'A push with MsgType event must say which event in an Event element.',
      fix: 'Add an Event element, e.g. <Event><![CDATA[subscribe]]></Event>.',
    },
  },
  'catalog-push-unrecognised': {
    zh: {
      title: '无法识别的推送类型',
      explanation: '消息目录里没有这个 MsgType（或这个 Event）。事件名区分大小写。',
      fix: '检查 MsgType 和 Event 的拼写与大小写，例如 SCAN、CLICK 为大写，subscribe 为小写。',
    },
    en: {
      title: 'Unrecognised push type',
      explanation:
        'The catalogue has no such MsgType (or no such Event). Event names are case-sensitive.',
      fix: 'Check the spelling and case of MsgType and Event: e.g. SCAN and CLICK are upper case, subscribe lower case.',
    },
  },
}
