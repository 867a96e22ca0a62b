/**
 * Custom-menu events (MsgType = event), protocol.md §6 and §10.5. EventKey is the tapped button's `key`
 * (or URL / page path for VIEW / view_miniprogram). The scan, picture and location-picker events
 * come with a group element; the photo or location itself also arrives as an ordinary message.
 * Group layouts follow the official samples; no real capture of them was available.
 */
import type { CatalogEntry } from '../../../shared/model/catalog-types'
import { eventKey, menuId } from './common-fields'
import {
  cdataField,
  bareField,
  countOf,
  fixed,
  generated,
  groupField,
  listField,
  words,
} from './field-helpers'

type Pair = readonly [string, string]

function menuEvent(event: string, label: Pair, help: Pair): Omit<CatalogEntry, 'id' | 'fields'> {
  return {
    family: 'menu-event',
    msgType: 'event',
    event,
    spec: '§6',
    sample: `messages/event-${event.toLowerCase()}.xml`,
    label: words(...label),
    help: words(...help),
  }
}

const buttonKey = (def: string) =>
  eventKey({
    default: fixed(def),
    label: words('菜单 KEY', 'Button key'),
    help: words('被点击菜单按钮的 key。', 'The key of the tapped menu button.'),
  })

const click: CatalogEntry = {
  id: 'event.CLICK',
  ...menuEvent(
    'CLICK',
    ['点击菜单', 'Menu click'],
    ['用户点击了 click 类型的菜单。', 'The user tapped a click-type menu button.'],
  ),
  // Real CLICK pushes carry no MenuId (protocol.md §6).
  fields: [buttonKey('V1001_TODAY_MUSIC')],
}

const view: CatalogEntry = {
  id: 'event.VIEW',
  ...menuEvent(
    'VIEW',
    ['点击菜单链接', 'Menu link'],
    ['用户点击了跳转网页的菜单。', 'The user tapped a menu button that opens a web page.'],
  ),
  fields: [
    eventKey({
      default: fixed('http://127.0.0.1/'),
      label: words('跳转网址', 'Target URL'),
      help: words('菜单设置的网页地址。', 'The URL set on the menu button.'),
    }),
    menuId,
  ],
}

function scanCodeEvent(
  event: 'scancode_push' | 'scancode_waitmsg',
  label: Pair,
  help: Pair,
): CatalogEntry {
  return {
    id: `event.${event}`,
    ...menuEvent(event, label, help),
    fields: [
      buttonKey('rselfmenu_0_1'),
      groupField({
        name: 'ScanCodeInfo',
        label: words('扫码信息', 'Scan result'),
        help: words('扫描类型和结果。', 'What was scanned and its content.'),
        fields: [
          cdataField({
            name: 'ScanType',
            default: fixed('qrcode'),
            suggestions: ['qrcode', 'barcode'],
            label: words('扫描类型', 'Code type'),
            help: words('一般是 qrcode。', 'Usually qrcode.'),
          }),
          cdataField({
            name: 'ScanResult',
            default: fixed('https://127.0.0.1/'),
            label: words('扫描结果', 'Scanned text'),
            help: words('二维码中的字符串。', 'The text encoded in the code.'),
          }),
        ],
      }),
    ],
  }
}

function picEvent(
  event: 'pic_sysphoto' | 'pic_photo_or_album' | 'pic_weixin',
  label: Pair,
  help: Pair,
): CatalogEntry {
  return {
    id: `event.${event}`,
    ...menuEvent(event, label, help),
    fields: [
      buttonKey('rselfmenu_1_0'),
      groupField({
        name: 'SendPicsInfo',
        label: words('发送的图片信息', 'Pictures sent'),
        help: words('图片数量和每张图片的 MD5。', 'Number of pictures and the MD5 of each.'),
        fields: [
          bareField({
            name: 'Count',
            format: 'integer',
            default: countOf('PicList'),
            label: words('图片数量', 'Picture count'),
            help: words('等于 PicList 中 item 的个数。', 'Equals the number of items in PicList.'),
          }),
          listField({
            name: 'PicList',
            label: words('图片列表', 'Picture list'),
            help: words('每张图片一个 item。', 'One item per picture.'),
            fields: [
              cdataField({
                name: 'PicMd5Sum',
                default: generated('md5'),
                label: words('图片 MD5', 'Picture MD5'),
                help: words(
                  '图片的 MD5，可用于核对图片消息。',
                  'MD5 of the picture, to match the image message.',
                ),
              }),
            ],
          }),
        ],
      }),
    ],
  }
}

// Inside SendLocationInfo the numbers ARE CDATA, unlike the ordinary location message (protocol.md §4.3).
const locationSelect: CatalogEntry = {
  id: 'event.location_select',
  ...menuEvent(
    'location_select',
    ['弹出地理位置选择器', 'Location picker'],
    [
      '用户用菜单的位置选择器发送了位置。',
      'The user sent a location with the menu’s location picker.',
    ],
  ),
  fields: [
    buttonKey('rselfmenu_2_0'),
    groupField({
      name: 'SendLocationInfo',
      label: words('发送的位置信息', 'Location sent'),
      help: words('所选位置；数字也用 CDATA 包裹。', 'The chosen place; numbers are CDATA here.'),
      fields: [
        cdataField({
          name: 'Location_X',
          format: 'latitude',
          default: fixed('23'),
          label: words('纬度', 'Latitude'),
          help: words('X 坐标（纬度）。', 'X coordinate (latitude).'),
        }),
        cdataField({
          name: 'Location_Y',
          format: 'longitude',
          default: fixed('113'),
          label: words('经度', 'Longitude'),
          help: words('Y 坐标（经度）。', 'Y coordinate (longitude).'),
        }),
        cdataField({
          name: 'Scale',
          format: 'decimal',
          default: fixed('15'),
          label: words('精度', 'Scale'),
          help: words('地图缩放级别。', 'Map zoom level.'),
        }),
        cdataField({
          name: 'Label',
          default: fixed('广州市海珠区客村艺苑路 106号'),
          label: words('位置描述', 'Place'),
          help: words('地理位置的文字描述。', 'Text description of the place.'),
        }),
        cdataField({
          name: 'Poiname',
          default: fixed(''),
          label: words('POI 名称', 'POI name'),
          help: words(
            '朋友圈 POI 的名字，可能为空。',
            'Name of the point of interest; may be empty.',
          ),
        }),
      ],
    }),
  ],
}

const viewMiniprogram: CatalogEntry = {
  id: 'event.view_miniprogram',
  ...menuEvent(
    'view_miniprogram',
    ['点击菜单跳转小程序', 'Menu to mini program'],
    ['用户点击了跳转小程序的菜单。', 'The user tapped a menu button that opens a mini program.'],
  ),
  fields: [
    eventKey({
      default: fixed('pages/index/index'),
      label: words('小程序页面', 'Mini program page'),
      help: words('跳转的小程序页面路径。', 'Path of the mini program page opened.'),
    }),
    menuId,
  ],
}

export const MENU_EVENT_TYPES: readonly CatalogEntry[] = [
  click,
  view,
  scanCodeEvent(
    'scancode_push',
    ['扫码推事件', 'Scan and push'],
    [
      '用户用菜单扫码，客户端同时打开结果。',
      'The user scanned a code from the menu; the client also opens the result.',
    ],
  ),
  scanCodeEvent(
    'scancode_waitmsg',
    ['扫码带提示', 'Scan and wait for a message'],
    [
      '用户用菜单扫码，客户端显示“消息接收中”。',
      'The user scanned a code from the menu; the client shows “receiving message”.',
    ],
  ),
  picEvent(
    'pic_sysphoto',
    ['系统拍照发图', 'Camera photo'],
    ['用户用菜单拍照发图。', 'The user took a photo from the menu.'],
  ),
  picEvent(
    'pic_photo_or_album',
    ['拍照或者相册发图', 'Camera or album'],
    ['用户用菜单拍照或从相册选图。', 'The user took a photo or picked one from the album.'],
  ),
  picEvent(
    'pic_weixin',
    ['微信相册发图', 'WeChat album'],
    ['用户用菜单从微信相册选图。', 'The user picked a picture from the WeChat album.'],
  ),
  locationSelect,
  viewMiniprogram,
]
