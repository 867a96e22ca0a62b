/**
 * What each messages/*.xml push sample must parse to: its catalogue type and every body value.
 * Absent optional elements read as null (the doc samples omit EventKey of subscribe and
 * Recognition of voice, which real pushes carry empty; protocol.md §0 #9).
 */
import type { CatalogTypeId, PushValue } from '../../../src/core/protocol/catalog'

export interface SampleCase {
  readonly typeId: CatalogTypeId
  readonly values: Record<string, PushValue | null>
  /**
   * The doc sample puts a placeholder in a numeric field ("xxxx", "MENUID"), which buildPush
   * refuses by default; the rebuild turns format checks off.
   */
  readonly placeholders?: boolean
  /**
   * The doc writes nested lists with a line break after every opening tag, where WeChat's layout
   * (push-body.ts) continues on the same line; only the node trees can be compared.
   */
  readonly nestedDocLayout?: boolean
}

const MSG_ID = '1234567890123456'
const pics = (md5: string) => ({ Count: '1', PicList: [{ PicMd5Sum: md5 }] })

export const SAMPLE_CASES: Readonly<Record<string, SampleCase>> = {
  'text.xml': {
    typeId: 'text',
    values: { Content: 'this is a test', MsgId: MSG_ID, MsgDataId: null, Idx: null },
  },
  'text-with-msgdataid.xml': {
    typeId: 'text',
    values: { Content: 'this is a test', MsgId: MSG_ID, MsgDataId: 'xxxx', Idx: 'xxxx' },
    placeholders: true,
  },
  'image.xml': {
    typeId: 'image',
    values: { PicUrl: 'this is a url', MsgId: MSG_ID, MediaId: 'media_id' },
  },
  'voice.xml': {
    typeId: 'voice',
    values: { MediaId: 'media_id', Format: 'Format', MsgId: MSG_ID, Recognition: null },
  },
  'voice-recognition.xml': {
    typeId: 'voice',
    values: { MediaId: 'media_id', Format: 'Format', MsgId: MSG_ID, Recognition: '腾讯微信团队' },
  },
  'video.xml': {
    typeId: 'video',
    values: { MediaId: 'media_id', ThumbMediaId: 'thumb_media_id', MsgId: MSG_ID },
  },
  'shortvideo.xml': {
    typeId: 'shortvideo',
    values: { MediaId: 'media_id', ThumbMediaId: 'thumb_media_id', MsgId: MSG_ID },
  },
  'location.xml': {
    typeId: 'location',
    values: {
      Location_X: '23.134521',
      Location_Y: '113.358803',
      Scale: '20',
      Label: '位置信息',
      MsgId: MSG_ID,
    },
  },
  'link.xml': {
    typeId: 'link',
    values: {
      Title: '公众平台官网链接',
      Description: '公众平台官网链接',
      Url: 'url',
      MsgId: MSG_ID,
    },
  },
  'event-subscribe.xml': { typeId: 'event.subscribe', values: { EventKey: null } },
  'event-unsubscribe.xml': { typeId: 'event.unsubscribe', values: { EventKey: null } },
  'event-subscribe-qrscene.xml': {
    typeId: 'event.subscribe.qrscene',
    values: { EventKey: 'qrscene_123123', Ticket: 'TICKET' },
  },
  'event-scan.xml': {
    typeId: 'event.SCAN',
    values: { EventKey: 'SCENE_VALUE', Ticket: 'TICKET' },
  },
  'event-location.xml': {
    typeId: 'event.LOCATION',
    values: { Latitude: '23.137466', Longitude: '113.352425', Precision: '119.385040' },
  },
  'event-click.xml': { typeId: 'event.CLICK', values: { EventKey: 'EVENTKEY' } },
  'event-view.xml': {
    typeId: 'event.VIEW',
    values: { EventKey: 'www.qq.com', MenuId: 'MENUID' },
    placeholders: true,
  },
  'event-scancode_push.xml': {
    typeId: 'event.scancode_push',
    values: { EventKey: '6', ScanCodeInfo: { ScanType: 'qrcode', ScanResult: '1' } },
  },
  'event-scancode_waitmsg.xml': {
    typeId: 'event.scancode_waitmsg',
    values: { EventKey: '6', ScanCodeInfo: { ScanType: 'qrcode', ScanResult: '2' } },
  },
  'event-pic_sysphoto.xml': {
    typeId: 'event.pic_sysphoto',
    values: { EventKey: '6', SendPicsInfo: pics('1b5f7c23b5bf75682a53e7b6d163e185') },
    nestedDocLayout: true,
  },
  'event-pic_photo_or_album.xml': {
    typeId: 'event.pic_photo_or_album',
    values: { EventKey: '6', SendPicsInfo: pics('5a75aaca956d97be686719218f275c6b') },
    nestedDocLayout: true,
  },
  'event-pic_weixin.xml': {
    typeId: 'event.pic_weixin',
    values: { EventKey: '6', SendPicsInfo: pics('5a75aaca956d97be686719218f275c6b') },
    nestedDocLayout: true,
  },
  'event-location_select.xml': {
    typeId: 'event.location_select',
    values: {
      EventKey: '6',
      SendLocationInfo: {
        Location_X: '23',
        Location_Y: '113',
        Scale: '15',
        Label: '广州市海珠区客村艺苑路 106号',
        Poiname: '',
      },
    },
  },
  'event-view_miniprogram.xml': {
    typeId: 'event.view_miniprogram',
    values: { EventKey: 'pages/index/index', MenuId: 'MENUID' },
    placeholders: true,
  },
  'event-templatesendjobfinish.xml': {
    typeId: 'event.TEMPLATESENDJOBFINISH',
    values: { MsgID: '200163836', Status: 'success' },
  },
  'event-publishjobfinish.xml': {
    typeId: 'event.PUBLISHJOBFINISH',
    values: {
      PublishEventInfo: {
        publish_id: '2247503051',
        publish_status: '0',
        article_id: 'b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvyWP4Hq4',
        article_detail: { count: '1', item: [{ idx: '1', article_url: 'ARTICLE_URL' }] },
        fail_idx: null,
      },
    },
    nestedDocLayout: true,
  },
  'event-publishjobfinish-two-articles.xml': {
    typeId: 'event.PUBLISHJOBFINISH',
    values: {
      PublishEventInfo: {
        publish_id: '2247503052',
        publish_status: '0',
        article_id: 'b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvyWP4Hq4',
        article_detail: {
          count: '2',
          item: [
            { idx: '1', article_url: 'ARTICLE_URL_1' },
            { idx: '2', article_url: 'ARTICLE_URL_2' },
          ],
        },
        fail_idx: null,
      },
    },
    nestedDocLayout: true,
  },
  'event-masssendjobfinish.xml': {
    typeId: 'event.MASSSENDJOBFINISH',
    values: {
      MsgID: '1000001625',
      Status: 'err(30003)',
      TotalCount: '0',
      FilterCount: '0',
      SentCount: '0',
      ErrorCount: '0',
      CopyrightCheckResult: {
        Count: '2',
        ResultList: [1, 2].map((n) => ({
          ArticleIdx: String(n),
          UserDeclareState: '0',
          AuditState: '2',
          OriginalArticleUrl: `Url_${n}`,
          OriginalArticleType: '1',
          CanReprint: '1',
          NeedReplaceContent: '1',
          NeedShowReprintSource: '1',
        })),
        CheckState: '2',
      },
      ArticleUrlResult: { Count: '1', ResultList: [{ ArticleIdx: '1', ArticleUrl: 'Url' }] },
    },
    nestedDocLayout: true,
  },
}
