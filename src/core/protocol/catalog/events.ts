/**
 * Follow, QR-code and location events (MsgType = event), protocol.md §6. Events carry no MsgId; bots
 * de-duplicate them by FromUserName + CreateTime (protocol.md §4.4).
 */
import type { CatalogEntry } from '../../../shared/model/catalog-types'
import { eventKey, ticket } from './common-fields'
import { bareField, fixed, generated, words } from './field-helpers'

// Real plain subscribe/unsubscribe pushes carry an empty EventKey; the doc samples omit it
// (protocol.md §0 #9, §13 "include empty"). Optional, emitted empty by default.
const emptyEventKey = eventKey({
  required: false,
  default: fixed(''),
  label: words('事件 KEY', 'Event key'),
  help: words('真实推送中为空。', 'Empty in real pushes.'),
})

const subscribe: CatalogEntry = {
  id: 'event.subscribe',
  family: 'event',
  msgType: 'event',
  event: 'subscribe',
  spec: '§6',
  sample: 'messages/event-subscribe.xml',
  label: words('关注', 'Follow'),
  help: words('用户关注了公众号。', 'The user followed the account.'),
  fields: [emptyEventKey],
}

const subscribeQrscene: CatalogEntry = {
  id: 'event.subscribe.qrscene',
  family: 'event',
  msgType: 'event',
  event: 'subscribe',
  eventKeyPrefix: 'qrscene_',
  spec: '§6',
  sample: 'messages/event-subscribe-qrscene.xml',
  label: words('扫码关注', 'Follow via QR code'),
  help: words(
    '未关注的用户扫描带参数二维码后关注。',
    'A user who did not follow yet scanned a parametric QR code and followed.',
  ),
  fields: [
    eventKey({
      format: 'qrscene',
      default: generated('qrscene'),
      label: words('场景值', 'Scene'),
      help: words('qrscene_ 加二维码的场景值。', 'qrscene_ followed by the QR code scene value.'),
    }),
    ticket,
  ],
}

const unsubscribe: CatalogEntry = {
  id: 'event.unsubscribe',
  family: 'event',
  msgType: 'event',
  event: 'unsubscribe',
  spec: '§6',
  sample: 'messages/event-unsubscribe.xml',
  label: words('取消关注', 'Unfollow'),
  help: words(
    '用户取消关注；对它的任何回复都会被丢弃。',
    'The user unfollowed; any reply is discarded.',
  ),
  fields: [emptyEventKey],
}

const scan: CatalogEntry = {
  id: 'event.SCAN',
  family: 'event',
  msgType: 'event',
  event: 'SCAN',
  spec: '§6',
  sample: 'messages/event-scan.xml',
  label: words('已关注扫码', 'QR scan by a follower'),
  help: words(
    '已关注的用户扫描了带参数二维码。',
    'A user who already follows scanned a parametric QR code.',
  ),
  fields: [
    eventKey({
      default: generated('scene-id'),
      label: words('场景值', 'Scene'),
      help: words(
        '二维码的场景值（scene_id 或 scene_str），没有 qrscene_ 前缀。',
        'The QR scene value (scene_id or scene_str), without the qrscene_ prefix.',
      ),
    }),
    ticket,
  ],
}

const location: CatalogEntry = {
  id: 'event.LOCATION',
  family: 'event',
  msgType: 'event',
  event: 'LOCATION',
  spec: '§6',
  sample: 'messages/event-location.xml',
  label: words('上报地理位置', 'Location report'),
  help: words(
    '用户同意后，进入会话时（或定期）上报的位置。',
    'Location reported on entering the chat (or periodically) once the user agreed.',
  ),
  fields: [
    bareField({
      name: 'Latitude',
      format: 'latitude',
      default: fixed('23.137466'),
      label: words('纬度', 'Latitude'),
      help: words('地理位置纬度。', 'Latitude of the location.'),
    }),
    bareField({
      name: 'Longitude',
      format: 'longitude',
      default: fixed('113.352425'),
      label: words('经度', 'Longitude'),
      help: words('地理位置经度。', 'Longitude of the location.'),
    }),
    bareField({
      name: 'Precision',
      format: 'decimal',
      default: fixed('30.000000'),
      label: words('精度', 'Precision'),
      help: words('地理位置精度（米）。', 'Accuracy of the location, in metres.'),
    }),
  ],
}

export const FOLLOW_EVENT_TYPES: readonly CatalogEntry[] = [
  subscribe,
  subscribeQrscene,
  unsubscribe,
  scan,
  location,
]
