/**
 * errmsg texts of the media APIs (docs/api-media.md), merged into ERRMSG (errcodes.ts). Each
 * text says where it comes from: [wire] seen in real answers, [doc] WeChat's published table,
 * [sdk] an SDK's table, [unconfirmed] our wording in WeChat's style.
 *
 * The codes and their Chinese meanings are WeChat's global return-code table as SDKs copy it
 * (WxJava WxMpErrorMsgEnum, EasyWeChat and others: 40004 不合法的媒体文件类型, 40005 不合法的文件类型,
 * 40006 不合法的文件大小, 40009 不合法的图片文件大小, 40010 不合法的语音文件大小, 40011 不合法的视频文件
 * 大小, 40012 不合法的缩略图文件大小, 41005 缺少多媒体文件数据, 41006 缺少media_id参数, 45001 多媒体
 * 文件大小超过限制, 45007 语音播放时间超过限制) [sdk]; the English texts follow the English edition of
 * that table [doc] except where marked.
 */
export const MEDIA_ERRMSG: Readonly<Record<number, string>> = {
  // Shown in the 新增临时素材 page's error example [doc].
  40004: 'invalid media type',
  // Listed on the uploadimg page [doc].
  40005: 'invalid file type',
  40006: 'invalid media size',
  // Listed on the uploadimg page as "invalid image size" [doc].
  40009: 'invalid image size',
  40010: 'invalid voice size',
  40011: 'invalid video size',
  40012: 'invalid thumb size',
  41005: 'media data missing',
  41006: 'media_id missing',
  45001: 'media size out of limit',
  45007: 'playtime out of limit',
  // add_material over the library's count limit [wire] (developers.weixin.qq.com community thread
  // "media file count is out of limit hint: [...]").
  45034: 'media file count is out of limit',
}
