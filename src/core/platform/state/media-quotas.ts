/**
 * Daily call quotas of the media APIs, merged into DAILY_QUOTA (quotas.ts): [normal account, test
 * account]. Upload 100,000 and download 200,000 a day are WeChat's published figures for
 * 上传/下载多媒体文件 [doc] (the API call-limit table). uploadimg answered 45009 after about 1,000
 * calls a day in a developer's report [wire] (developers.weixin.qq.com community, "新增永久素材，上传
 * 图片报错：超出限制 45009"). The material APIs' figures are [unconfirmed]: 10,000 a day, so a bot
 * looping over them hits a quota as it would for real.
 */
export type MediaQuotaApi =
  | 'media/upload'
  | 'media/get'
  | 'media/uploadimg'
  | 'material/add_material'
  | 'material/get_material'
  | 'material/del_material'
  | 'material/get_materialcount'
  | 'material/batchget_material'

export const MEDIA_DAILY_QUOTA: Readonly<Record<MediaQuotaApi, readonly [number, number]>> = {
  'media/upload': [100_000, 100_000],
  'media/get': [200_000, 200_000],
  'media/uploadimg': [1000, 1000],
  'material/add_material': [10_000, 10_000],
  'material/get_material': [10_000, 10_000],
  'material/del_material': [10_000, 10_000],
  'material/get_materialcount': [10_000, 10_000],
  'material/batchget_material': [10_000, 10_000],
}
